/**
 * Input schemas as the static tools/list sends them. Every byte there is paid in tokens on each agent
 * request, while every argument is checked against the tool's full schema before any request
 * (core/arguments.ts) and a bad call fails with what to fix. So the list carries what an agent needs to
 * write a call (arguments, types, enums, required, descriptions, structure) and leaves the checks to the
 * server; a schema too big for its budget is sent in outline, and describe_endpoint gives it in full.
 */
import { SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_VALUES } from './keywords.js';
import type { ObjectSchema } from './tool.js';

/** Checks only the server needs; `additionalProperties: false` the instructions state once. */
const CHECKED_ONLY = new Set([
  'default', 'minLength', 'maxLength', 'pattern', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf',
  'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties', 'deprecated',
]);
/** Numeric formats only repeat the type; string formats (date-time, uri, email) say how to write the value. */
const NUMERIC_FORMATS = new Set(['int32', 'int64', 'float', 'double', 'decimal', 'number', 'integer']);
/** Keywords that make a schema a structure: in outline, it is only its type. */
const STRUCTURE = new Set(['properties', 'patternProperties', 'additionalProperties', 'allOf', 'anyOf', 'oneOf']);

/**
 * UTF-8 bytes a tool's input schema may take in the static list (about 400 tokens) before it is sent in
 * outline: a hand-written tool rarely needs more, and a generated form body of hundreds of nested
 * fields would otherwise cost more than all other tools together.
 */
export const INPUT_SCHEMA_MAX = 1_600;
/** In outline, longer enums are only their type: the error for a wrong value lists them all. */
export const OUTLINE_ENUM_MAX = 12;

interface Limits {
  /** Object levels below the arguments whose properties are shown; deeper objects are only `{type}`. */
  levels: number;
  /** Outline: descriptions only on arguments, long enums as their type. */
  outline: boolean;
  /** Descriptions of optional arguments dropped too (a wide list of them). */
  terse?: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Own data properties only: a property named __proto__ must stay a property. */
function put(out: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

/** What an outlined structure is sent as: its type (none for a union), and an argument's description. */
function outlined(schema: Record<string, unknown>, described: boolean): Record<string, unknown> {
  const type = schema.type ?? (isRecord(schema.properties) ? 'object' : undefined);
  return { ...(type === undefined ? {} : { type }), ...(described && typeof schema.description === 'string' ? { description: schema.description } : {}) };
}

/** `depth`: object levels below the arguments (the arguments themselves are at 0). */
function send(schema: Record<string, unknown>, limits: Limits, depth: number, parts: { outlined: boolean }, required = false): Record<string, unknown> {
  if (depth > limits.levels && Object.keys(schema).some((key) => STRUCTURE.has(key) && schema[key] !== false)) {
    parts.outlined = true;
    return outlined(schema, depth === 0 && (required || !limits.terse));
  }
  const below = isRecord(schema.properties) || schema.type === 'object' ? depth + 1 : depth;
  const mandatory = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const sub = (value: unknown, at: number, name?: string): unknown => (isRecord(value) ? send(value, limits, at, parts, name !== undefined && mandatory.has(name)) : value);
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (CHECKED_ONLY.has(key) || (key === 'format' && NUMERIC_FORMATS.has(String(value)))) continue;
    if ((key === 'additionalProperties' || key === 'unevaluatedProperties') && value === false) continue;
    if (limits.outline && key === 'description' && (depth > 0 || (limits.terse && !required))) {
      parts.outlined = true;
      continue;
    }
    if (limits.outline && key === 'enum' && Array.isArray(value) && value.length > OUTLINE_ENUM_MAX) {
      parts.outlined = true;
      if (schema.type === undefined && value.every((v) => typeof v === 'string')) put(out, 'type', 'string');
      continue;
    }
    if (SCHEMA_MAPS.has(key) && isRecord(value)) put(out, key, Object.fromEntries(Object.entries(value).map(([name, s]) => [name, sub(s, below, name)])));
    else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) put(out, key, value.map((s: unknown) => sub(s, depth)));
    else if (SCHEMA_VALUES.has(key)) put(out, key, Array.isArray(value) ? value.map((s: unknown) => sub(s, depth)) : sub(value, key === 'items' ? depth : below));
    else put(out, key, value);
  }
  return out;
}

const size = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

/** Shown in full, then with fewer and fewer levels below the arguments: the first that fits the budget. */
const STEPS: readonly Limits[] = [
  { levels: Infinity, outline: false },
  { levels: 2, outline: true },
  { levels: 1, outline: true },
  { levels: 0, outline: true },
  { levels: 0, outline: true, terse: true },
  { levels: -1, outline: true, terse: true },
];

export interface WireInput {
  schema: ObjectSchema;
  /** Some part is sent in outline: describe_endpoint has the full schema. */
  outlined: boolean;
}

/**
 * A tool's input schema as sent: the first of STEPS within `max` bytes, or the last. The root's
 * arguments are all there, with their types and required list, but for `common` ones (said once, in the
 * server's instructions).
 */
export function wireInput(schema: ObjectSchema, common: readonly string[] = [], max = INPUT_SCHEMA_MAX): WireInput {
  const key = `${max} ${common.join(' ')}`;
  let known = cache.get(schema);
  if (!known) cache.set(schema, (known = new Map()));
  let input = known.get(key);
  if (!input) {
    const left = [...common, ...emptyArguments(schema)];
    known.set(key, (input = fit(left.length ? withoutArguments(schema, left) : schema, max)));
  }
  return input;
}

/**
 * Optional object arguments that can hold nothing (`{"type": "object", "properties": {}}`: Stripe's body
 * of a GET): no call needs them, so the list does not offer them.
 */
function emptyArguments(schema: ObjectSchema): string[] {
  const empty = (s: unknown): boolean =>
    isRecord(s) && s.type === 'object' && isRecord(s.properties) && Object.keys(s.properties).length === 0 && Object.keys(s).every((k) => k === 'type' || k === 'properties' || k === 'description');
  return Object.entries(schema.properties ?? {})
    .filter(([name, s]) => !schema.required?.includes(name) && empty(s))
    .map(([name]) => name);
}

// The list, the mode choice and the instructions all ask, and a large API's schemas are worth walking once.
const cache = new WeakMap<ObjectSchema, Map<string, WireInput>>();

function withoutArguments(schema: ObjectSchema, names: readonly string[]): ObjectSchema {
  const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).filter(([name]) => !names.includes(name)));
  return { ...schema, properties };
}

/** At least this many tools share an argument before it is said once instead of in each. */
const COMMON_MIN_TOOLS = 4;

/**
 * Optional arguments every one of these tools takes with the same schema (Google's `alt`, `fields`,
 * `quotaUser`…): repeated in each schema they would cost more than the rest of it.
 */
export function commonArguments(schemas: readonly ObjectSchema[]): string[] {
  if (schemas.length < COMMON_MIN_TOOLS) return [];
  const [first, ...rest] = schemas;
  return Object.entries(first!.properties ?? {})
    .filter(([name, schema]) => {
      const same = JSON.stringify(schema);
      return schemas.every((s) => !s.required?.includes(name)) && rest.every((s) => Object.hasOwn(s.properties ?? {}, name) && JSON.stringify(s.properties![name]) === same);
    })
    .map(([name]) => name);
}

function fit(schema: ObjectSchema, max: number): WireInput {
  let last: WireInput | undefined;
  for (const limits of STEPS) {
    const parts = { outlined: false };
    // The root is the arguments' object: its own level is not counted.
    const sent = send(schema, limits, -1, parts) as ObjectSchema;
    last = { schema: sent, outlined: parts.outlined };
    if (size(sent) <= max) return last;
  }
  return last!;
}
