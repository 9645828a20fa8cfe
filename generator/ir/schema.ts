/**
 * JSON Schema helpers shared by every target. The IR keeps references to components (`#/components/schemas/X`,
 * see types.ts); these helpers bring schemas into that form, resolve a schema's top level, merge `allOf`
 * members into one field list, inline a schema for targets that need it self-contained (MCP tools, whose
 * clients reject `$ref`), under limits that keep recursive and widely shared schemas finite, and classify schemas.
 */
import { resolvePointer } from '../load/load.js';
import { fragmentSegments } from '../load/refs.js';
import type { JsonSchema } from './types.js';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

const COMPONENT_SCHEMA = /^#\/components\/schemas\/([^/]+)$/;

/** Sets an own property, whatever its name: assigning `__proto__` (a real property name in contracts) would set the prototype instead. */
export function setOwn(target: Obj, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The component name a `$ref` points at, if it is a plain reference to components.schemas. */
export function refName(schema: unknown): string | undefined {
  const ref = (schema as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string') return undefined;
  const match = COMPONENT_SCHEMA.exec(ref);
  return match?.[1] === undefined ? undefined : (fragmentSegments(`#/${match[1]}`)?.[0] ?? match[1]);
}

/** Keywords whose values are data (examples, enums, defaults): copied as they are, never read as schemas. */
const VALUE_KEYWORDS = new Set(['example', 'examples', 'enum', 'const', 'default']);
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);

/** OpenAPI 3.0 `nullable: true` as JSON Schema: `null` among the types. */
function withoutNullable(out: Obj): Obj {
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
  } else if (out.nullable === false) {
    delete out.nullable;
  }
  return out;
}

/**
 * A schema of the document in IR form: a copy in which references to components.schemas stay references
 * and every other local reference (into parameters, responses, paths) is inlined; a cycle through those
 * becomes an open object.
 */
export function normalizeSchema(schema: unknown, document: unknown): JsonSchema {
  const visit = (node: unknown, refs: readonly string[], parentKey?: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, refs));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#') && !COMPONENT_SCHEMA.test(ref)) {
      if (refs.includes(ref)) return { type: 'object', description: `(recursive ${ref.split('/').pop()})` };
      const { $ref: _ref, ...siblings } = node;
      const target = visit(resolvePointer(document, ref), [...refs, ref]);
      return Object.keys(siblings).length ? { ...(isObject(target) ? target : {}), ...(visit(siblings, refs) as Obj) } : target;
    }
    const out: Obj = {};
    for (const [key, value] of Object.entries(node)) {
      setOwn(out, key, VALUE_KEYWORDS.has(key) && !NAME_MAPS.has(parentKey ?? '') ? structuredClone(value) : visit(value, refs, key));
    }
    return withoutNullable(out);
  };
  const result = visit(schema ?? {}, []);
  return isObject(result) ? result : {};
}

/** Follows a component reference, merging siblings over the target (OpenAPI 3.1 allows them). */
export function deref(schema: unknown, schemas: Readonly<Record<string, JsonSchema>>): JsonSchema {
  let node: Obj = isObject(schema) ? schema : {};
  const seen = new Set<string>();
  for (let name = refName(node); name !== undefined && !seen.has(name); name = refName(node)) {
    seen.add(name);
    const { $ref: _ref, ...siblings } = node;
    node = { ...(schemas[name] ?? {}), ...siblings };
  }
  return node;
}

/** The schema with its top level and its `items` resolved: what a flag or a field's type reads. */
export function resolveTop(schema: unknown, schemas: Readonly<Record<string, JsonSchema>>): JsonSchema {
  const top = deref(schema, schemas);
  return isObject(top.items) && refName(top.items) ? { ...top, items: deref(top.items, schemas) } : top;
}

export interface ObjectField {
  name: string;
  schema: JsonSchema;
  required: boolean;
}

/** Properties of an object schema, those of its `allOf` members included, with which of them are required. */
export function objectFields(schema: unknown, schemas: Readonly<Record<string, JsonSchema>>): ObjectField[] {
  const fields = new Map<string, ObjectField>();
  const required = new Set<string>();
  const seen = new Set<unknown>();
  const collect = (node: unknown): void => {
    const resolved = deref(node, schemas);
    if (seen.has(resolved) || seen.size > 64) return;
    seen.add(resolved);
    for (const member of Array.isArray(resolved.allOf) ? resolved.allOf : []) collect(member);
    for (const name of Array.isArray(resolved.required) ? resolved.required : []) if (typeof name === 'string') required.add(name);
    for (const [name, property] of Object.entries(isObject(resolved.properties) ? resolved.properties : {})) {
      fields.set(name, { name, schema: resolveTop(property, schemas), required: false });
    }
  };
  collect(schema);
  return [...fields.values()].map((field) => ({ ...field, required: required.has(field.name) }));
}

export interface InlineLimits {
  /** How many component references deep a schema is expanded; deeper ones become an open object. */
  maxDepth: number;
  /** How many schema nodes one inlined schema may hold; past that, references become open objects. */
  maxNodes: number;
}

export const FULL_INLINE: InlineLimits = { maxDepth: 32, maxNodes: 20_000 };

/**
 * A self-contained copy: every component reference replaced by its target, up to the limits (a reference
 * past them, or back into itself, becomes `{type: object}` with a description naming the component).
 * Deterministic: the same schema and limits always give the same result.
 */
export function inlineSchema(schema: unknown, schemas: Readonly<Record<string, JsonSchema>>, limits: InlineLimits = FULL_INLINE): JsonSchema {
  let nodes = 0;
  const visit = (node: unknown, stack: readonly string[], parentKey?: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, stack));
    if (!isObject(node)) return node;
    nodes++;
    const name = refName(node);
    if (name !== undefined) {
      if (stack.includes(name)) return { type: 'object', description: `(recursive ${name})` };
      if (stack.length >= limits.maxDepth || nodes > limits.maxNodes || !(name in schemas)) return { type: 'object', description: `(${name})` };
      const { $ref: _ref, ...siblings } = node;
      const target = visit(schemas[name], [...stack, name]);
      return Object.keys(siblings).length ? { ...(isObject(target) ? target : {}), ...(visit(siblings, stack) as Obj) } : target;
    }
    const out: Obj = {};
    for (const [key, value] of Object.entries(node)) setOwn(out, key, VALUE_KEYWORDS.has(key) && !NAME_MAPS.has(parentKey ?? '') ? value : visit(value, stack, key));
    return out;
  };
  const result = visit(schema ?? {}, []);
  return isObject(result) ? result : {};
}

/** Component names a schema refers to, directly or through other components, in first-seen order. */
export function referencedComponents(schema: unknown, schemas: Readonly<Record<string, JsonSchema>>): string[] {
  const found = new Set<string>();
  const pending: unknown[] = [schema];
  while (pending.length) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (isObject(node)) {
      const name = refName(node);
      if (name !== undefined && !found.has(name)) {
        found.add(name);
        pending.push(schemas[name]);
      }
      for (const [key, value] of Object.entries(node)) if (!VALUE_KEYWORDS.has(key)) pending.push(value);
    }
  }
  return [...found];
}

export function schemaTypes(schema: JsonSchema): string[] {
  const type = schema.type;
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
}

const SCALARS = new Set(['string', 'integer', 'number', 'boolean']);
/** A value a command-line flag can carry: a scalar, or an array of scalars (repeat the flag). Reads resolved schemas (resolveTop). */
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

/** Bytes rather than text: `format: binary` (3.0), or a `contentMediaType` / `contentEncoding` (3.1). */
export function isBinary(schema: JsonSchema): boolean {
  const types = schemaTypes(schema).filter((t) => t !== 'null');
  if (types.length > 1 || (types.length === 1 && types[0] !== 'string')) return false;
  return schema.format === 'binary' || typeof schema.contentMediaType === 'string' || schema.contentEncoding === 'base64' || schema.contentEncoding === 'binary';
}
