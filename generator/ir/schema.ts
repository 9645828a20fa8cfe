/**
 * JSON Schema helpers shared by every target: inline local `$ref`s (MCP clients and `schema <resource>`
 * need self-contained schemas), normalize OpenAPI 3.0 `nullable`, and classify schemas.
 */
import { resolvePointer } from '../load/load.js';
import type { JsonSchema } from './types.js';

const COMPONENT_SCHEMA = /^#\/components\/schemas\/(.+)$/;

/** The component name a `$ref` points at, if it is a plain reference to components.schemas. */
export function refName(schema: unknown): string | undefined {
  const ref = (schema as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string') return undefined;
  const match = COMPONENT_SCHEMA.exec(ref);
  return match?.[1]?.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Deep copy with every local `$ref` replaced by its target; a cycle becomes an open object described as such. */
export function inlineRefs(schema: unknown, document: unknown, stack: readonly string[] = []): JsonSchema {
  const visit = (node: unknown, refs: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, refs));
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Record<string, unknown>;
    const ref = record.$ref;
    if (typeof ref === 'string' && ref.startsWith('#')) {
      if (refs.includes(ref)) return { type: 'object', description: `(recursive ${ref.split('/').pop()})` };
      const { $ref: _ref, ...siblings } = record;
      const target = visit(resolvePointer(document, ref.slice(1)), [...refs, ref]) as Record<string, unknown>;
      return Object.keys(siblings).length ? { ...target, ...(visit(siblings, refs) as object) } : target;
    }
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(record)) {
      // `example`/`examples` are values, not schemas: copy them untouched.
      out[key] = key === 'example' || key === 'examples' ? structuredClone(value) : visit(value, refs);
    }
    if (out.nullable === true) {
      delete out.nullable;
      if (typeof out.type === 'string') out.type = [out.type, 'null'];
    }
    return out;
  };
  return visit(schema, stack) as JsonSchema;
}

export function schemaTypes(schema: JsonSchema): string[] {
  const type = schema.type;
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
}

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);
/** A value a command-line flag can carry: a scalar, or an array of scalars (repeat the flag). */
export function isFlaggable(schema: JsonSchema): boolean {
  const types = schemaTypes(schema).filter((t) => t !== 'null');
  if (types.length === 1 && SCALARS.has(types[0]!)) return true;
  if (types.length === 1 && types[0] === 'array') {
    const items = (schema.items ?? {}) as JsonSchema;
    const itemTypes = schemaTypes(items).filter((t) => t !== 'null');
    return itemTypes.length === 1 && SCALARS.has(itemTypes[0]!);
  }
  return Array.isArray(schema.enum) && types.length === 0;
}
