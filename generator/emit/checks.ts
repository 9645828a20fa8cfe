/**
 * What the clients check before and after a request, derived from the IR once for every target: the
 * constraints on each input (type, enum, lengths, pattern, range) and the declared 2xx/3xx responses with
 * the JSON types their bodies may have at the root. The shapes are the SDK runtime's ValueCheck,
 * InputChecks and ResponseSpec (templates/sdk/core/operation.ts), plain JSON any runtime can read.
 */
import { JSON_MEDIA } from '../ir/build.js';
import { deref, schemaTypes } from '../ir/schema.js';
import type { ContractIR, JsonSchema, OperationIR } from '../ir/types.js';
import type { InputChecks, ResponseSpec, ValueCheck } from '../../templates/sdk/core/operation.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-negative integer keyword, else undefined (a contract's `minLength: "3"` checks nothing rather than everything). */
const count = (value: unknown): number | undefined => (Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined);
const finite = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** The checks one value's (top-level-resolved) schema asks for; undefined when it asks for none. */
export function valueCheck(schema: JsonSchema, enumValues?: readonly unknown[]): ValueCheck | undefined {
  const types = schemaTypes(schema).filter((t) => ['string', 'integer', 'number', 'boolean', 'array', 'object', 'null'].includes(t));
  const values = enumValues ?? (Array.isArray(schema.enum) ? schema.enum : undefined);
  const items = types.includes('array') && isObject(schema.items) ? valueCheck(schema.items) : undefined;
  const check: ValueCheck = {
    ...(types.length ? { type: types } : {}),
    ...(values?.length ? { enum: values } : {}),
    ...(count(schema.minLength) !== undefined ? { minLength: count(schema.minLength)! } : {}),
    ...(count(schema.maxLength) !== undefined ? { maxLength: count(schema.maxLength)! } : {}),
    ...(typeof schema.pattern === 'string' ? { pattern: schema.pattern } : {}),
    ...(finite(schema.minimum) !== undefined ? { minimum: finite(schema.minimum)! } : {}),
    ...(finite(schema.maximum) !== undefined ? { maximum: finite(schema.maximum)! } : {}),
    ...(items ? { items } : {}),
  };
  return Object.keys(check).length ? check : undefined;
}

function checksOf(entries: readonly { name: string; schema: JsonSchema; enum?: readonly unknown[] }[]): Record<string, ValueCheck> | undefined {
  const checks: Record<string, ValueCheck> = {};
  for (const entry of entries) {
    const check = valueCheck(entry.schema, entry.enum);
    if (check) Object.defineProperty(checks, entry.name, { value: check, enumerable: true, writable: true, configurable: true });
  }
  return Object.keys(checks).length ? checks : undefined;
}

export function inputChecks(op: OperationIR): InputChecks | undefined {
  const body = op.body && ['json', 'form', 'multipart'].includes(op.body.encoding) ? op.body : undefined;
  const fields = body ? checksOf(body.fields.filter((f) => !f.file)) : undefined;
  const object = body ? schemaTypes(body.schema).includes('object') || body.fields.length > 0 : false;
  const checks: InputChecks = {
    ...(checksOf(op.parameters.path) ? { path: checksOf(op.parameters.path)! } : {}),
    ...(checksOf(op.parameters.query) ? { query: checksOf(op.parameters.query)! } : {}),
    ...(checksOf(op.parameters.header) ? { header: checksOf(op.parameters.header)! } : {}),
    ...(object || fields ? { body: { ...(object ? { object } : {}), ...(fields ? { fields } : {}) } } : {}),
  };
  return Object.keys(checks).length ? checks : undefined;
}

/** The JSON types a schema allows at its root, undefined when it does not say (no type, a combinator without one). */
function rootTypes(schema: unknown, ir: ContractIR, depth = 0): string[] | undefined {
  const resolved = deref(schema, ir.schemas);
  const own = schemaTypes(resolved);
  if (own.length) return own;
  const branches = [resolved.anyOf, resolved.oneOf].find(Array.isArray) as unknown[] | undefined;
  if (branches?.length && depth < 8) {
    const types = branches.map((branch) => rootTypes(branch, ir, depth + 1));
    return types.every((t) => t !== undefined) ? [...new Set(types.flat() as string[])] : undefined;
  }
  if (Array.isArray(resolved.allOf) && depth < 8) {
    for (const member of resolved.allOf) {
      const types = rootTypes(member, ir, depth + 1);
      if (types) return types;
    }
  }
  return isObject(resolved.properties) ? ['object'] : undefined;
}

/** Declared success and redirect responses by status, with what their bodies are. */
export function responseSpecs(ir: ContractIR, op: OperationIR): Record<string, ResponseSpec> {
  const specs: Record<string, ResponseSpec> = {};
  for (const response of op.responses) {
    if (!/^[23]/.test(response.status)) continue;
    const media = response.mediaType?.toLowerCase();
    const body: ResponseSpec['body'] =
      media === undefined ? undefined : JSON_MEDIA.test(media) ? 'json' : media.startsWith('text/') ? 'text' : 'binary';
    const type = body === 'json' && response.schema ? rootTypes(response.schema, ir) : undefined;
    specs[response.status.toUpperCase()] = { ...(body ? { body } : {}), ...(type ? { type } : {}) };
  }
  return specs;
}
