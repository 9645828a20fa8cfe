/**
 * The operations of a document, and their ids. Every operation has an operationId after load: one the
 * contract lacks is derived from its method and path, a duplicate gets one too (the first keeps its own),
 * so no contract is refused for them and every later stage, hey-api included, sees the same ids.
 */
import { toPointer } from '../errors.js';
import { derivedOperationId, operationTypeName } from '../ir/naming.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface OperationRef {
  pathKey: string;
  method: (typeof HTTP_METHODS)[number];
  operation: Record<string, unknown>;
  pointer: string;
}

export function listOperations(document: { paths?: unknown }): OperationRef[] {
  const result: OperationRef[] = [];
  const paths = document.paths;
  if (typeof paths !== 'object' || paths === null || Array.isArray(paths)) return result;
  for (const [pathKey, item] of Object.entries(paths)) {
    if (typeof item !== 'object' || item === null) continue;
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, unknown>)[method];
      if (typeof operation === 'object' && operation !== null && !Array.isArray(operation)) {
        result.push({ pathKey, method, operation: operation as Record<string, unknown>, pointer: toPointer(['paths', pathKey, method]) });
      }
    }
  }
  return result;
}

export interface DerivedId {
  pointer: string;
  id: string;
  /** The id the contract gave, when it was a duplicate. */
  duplicateOf?: string;
  /** The id the contract gave, when no target could name things after it (see usableId). */
  unusable?: string;
}

/** Names every object already has: an operation called so would read or replace them in a lookup by id. */
export const OBJECT_MEMBERS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * An operationId every target can name types, methods and tools after: ASCII letters and digits, starting
 * with a letter, joined by `_ . - / :` or spaces (GitHub's `repos/list-for-org`), never a member of every
 * object (`__proto__`, `constructor`). Others (quotes, backticks, `*\/`, `@`, line breaks, letters outside
 * ASCII) are replaced like a missing one, and the replacement is reported (`--explain`). So are ids that
 * mix separators around one-letter words (`a-b.c`): hey-api names their types unlike its own case function.
 */
export function usableId(id: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_.\-/: ]*$/.test(id) || OBJECT_MEMBERS.has(id)) return false;
  const mixed = new Set(id.match(/[_.-]/g)).size > 1;
  return !(mixed && id.split(/[_.\-/: ]/).some((word) => word.length === 1));
}

/** Sets the missing and duplicate operationIds in place; returns what it set. */
export function assignOperationIds(document: { paths?: unknown }): DerivedId[] {
  const operations = listOperations(document);
  // Ids that differ only in case or separators (`getJob`, `get-job`) would name the same types: one is a duplicate.
  const names = new Set<string>();
  const used = { has: (id: string) => names.has(operationTypeName(id, 'Data')), add: (id: string) => void names.add(operationTypeName(id, 'Data')) };
  const given = (op: OperationRef): string | undefined => (typeof op.operation.operationId === 'string' && op.operation.operationId.trim() !== '' ? op.operation.operationId : undefined);
  const declared = (op: OperationRef): string | undefined => {
    const id = given(op);
    return id !== undefined && usableId(id) ? id : undefined;
  };
  const pending: OperationRef[] = [];
  for (const op of operations) {
    const id = declared(op);
    if (id !== undefined && !used.has(id)) used.add(id);
    else pending.push(op);
  }
  const derived: DerivedId[] = [];
  for (const op of pending) {
    const base = derivedOperationId(op.method, op.pathKey);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}${n}`;
    used.add(id);
    const duplicateOf = declared(op);
    const unusable = given(op) !== undefined && duplicateOf === undefined ? given(op) : undefined;
    op.operation.operationId = id;
    derived.push({ pointer: op.pointer, id, ...(duplicateOf !== undefined ? { duplicateOf } : {}), ...(unusable !== undefined ? { unusable } : {}) });
  }
  return derived;
}
