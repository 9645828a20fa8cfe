/**
 * Compare two JSON Schemas of the IR (refs already inlined) field by field. Whether a change breaks
 * callers depends on which way the data flows: a request schema may widen (accept more) but not narrow;
 * a response schema may narrow (promise more) but not widen. Removed fields and removed enum values
 * break in both directions; added enum values are additive in both (clients are expected to tolerate an
 * unknown value). A difference this module does not model (oneOf, allOf, …) is reported as breaking so
 * that a person looks at it.
 */
import { isDeepStrictEqual } from 'node:util';
import { schemaTypes } from '../../../generator/ir/schema.js';
import type { JsonSchema } from '../../../generator/ir/types.js';
import type { Change, ChangeKind, Level } from './changes.js';

export type Direction = 'request' | 'response';

/** Keywords compared below; any other keyword that differs is "not classified". */
const MODELLED = new Set([
  'type',
  'enum',
  'properties',
  'required',
  'items',
  'description',
  'title',
  'default',
  'example',
  'examples',
  'format',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'readOnly',
  'writeOnly',
  'deprecated',
  'additionalProperties',
]);
const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems'];
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems'];
const PROSE = ['description', 'title', 'example', 'examples'];

const show = (value: unknown): string => (value === undefined ? 'none' : JSON.stringify(value));
const list = (values: readonly unknown[]): string => values.map((v) => JSON.stringify(v)).join(', ');

/** Every value `a` allows, `b` allows too (`integer` is a `number`; no type allows everything). */
function typesCovered(a: string[], b: string[]): boolean {
  if (b.length === 0) return true;
  if (a.length === 0) return false;
  return a.every((t) => b.includes(t) || (t === 'integer' && b.includes('number')));
}

interface Emit {
  (level: Level, kind: ChangeKind, detail: string): void;
}

/** Narrowing breaks requests, widening breaks responses; the other way round is a compatible change. */
function narrowing(direction: Direction, emit: Emit, narrowed: boolean, detail: string): void {
  const breaks = narrowed === (direction === 'request');
  // Not breaking: a request that accepts more is a feature; a response that promises more is a detail.
  emit(breaks ? 'major' : direction === 'request' ? 'minor' : 'patch', 'changed', detail);
}

function diffTypes(a: JsonSchema, b: JsonSchema, direction: Direction, emit: Emit): void {
  const ta = schemaTypes(a);
  const tb = schemaTypes(b);
  if (isDeepStrictEqual([...ta].sort(), [...tb].sort())) return;
  const detail = `type ${ta.join(' | ') || 'any'} → ${tb.join(' | ') || 'any'}`;
  const widened = typesCovered(ta, tb);
  const narrowed = typesCovered(tb, ta);
  if (!widened && !narrowed) emit('major', 'changed', `${detail} (incompatible)`);
  else narrowing(direction, emit, narrowed, `${detail} (${narrowed ? 'narrowed' : 'widened'})`);
}

function diffEnum(a: JsonSchema, b: JsonSchema, direction: Direction, emit: Emit): void {
  const ea = Array.isArray(a.enum) ? (a.enum as unknown[]) : undefined;
  const eb = Array.isArray(b.enum) ? (b.enum as unknown[]) : undefined;
  if (isDeepStrictEqual(ea, eb)) return;
  if (ea && eb) {
    const removed = ea.filter((v) => !eb.some((w) => isDeepStrictEqual(v, w)));
    const added = eb.filter((v) => !ea.some((w) => isDeepStrictEqual(v, w)));
    if (removed.length) emit('major', 'removed', `enum value${removed.length > 1 ? 's' : ''} ${list(removed)} removed`);
    if (added.length) emit('minor', 'added', `enum value${added.length > 1 ? 's' : ''} ${list(added)} added`);
    return;
  }
  narrowing(direction, emit, Boolean(eb), eb ? `now limited to ${list(eb)}` : `no longer limited to ${list(ea ?? [])}`);
}

function diffBounds(a: JsonSchema, b: JsonSchema, direction: Direction, emit: Emit): void {
  for (const key of [...LOWER_BOUNDS, ...UPPER_BOUNDS]) {
    const va = a[key] as number | undefined;
    const vb = b[key] as number | undefined;
    if (va === vb) continue;
    const lower = LOWER_BOUNDS.includes(key);
    // Adding a bound, or moving it inwards, narrows; removing it or moving it outwards widens.
    const narrowed = vb !== undefined && (va === undefined || (lower ? vb > va : vb < va));
    narrowing(direction, emit, narrowed, `${key} ${show(va)} → ${show(vb)}`);
  }
  for (const key of ['pattern', 'format']) {
    if (a[key] === b[key]) continue;
    // A changed pattern or format may reject values the old one accepted: count it as narrowing.
    narrowing(direction, emit, b[key] !== undefined, `${key} ${show(a[key])} → ${show(b[key])}`);
  }
  // Absent, true or a schema: unknown fields pass; false: they are rejected.
  const open = (schema: JsonSchema): boolean => schema.additionalProperties !== false;
  if (open(a) !== open(b))
    narrowing(direction, emit, !open(b), open(b) ? 'now accepts unknown fields' : 'no longer accepts unknown fields');
}

function diffProperties(a: JsonSchema, b: JsonSchema, at: string, direction: Direction, out: Change[]): void {
  const pa = (a.properties ?? {}) as Record<string, JsonSchema>;
  const pb = (b.properties ?? {}) as Record<string, JsonSchema>;
  const ra = new Set((a.required as string[] | undefined) ?? []);
  const rb = new Set((b.required as string[] | undefined) ?? []);
  const field = (name: string): string => `${at}.${name}`;
  for (const name of Object.keys(pa)) {
    if (!(name in pb)) out.push({ level: 'major', kind: 'removed', subject: field(name), detail: 'field removed' });
  }
  for (const [name, schema] of Object.entries(pb)) {
    if (!(name in pa)) {
      const required = direction === 'request' && rb.has(name);
      out.push({
        level: required ? 'major' : 'minor',
        kind: 'added',
        subject: field(name),
        detail: required ? 'new required field' : 'field added',
      });
      continue;
    }
    if (ra.has(name) !== rb.has(name)) {
      // A request field becoming required, or a response field becoming optional, breaks the other side.
      const breaks = rb.has(name) === (direction === 'request');
      out.push({
        level: breaks ? 'major' : 'patch',
        kind: 'changed',
        subject: field(name),
        detail: rb.has(name) ? 'now required' : 'now optional',
      });
    }
    out.push(...diffSchema(pa[name], schema, field(name), direction));
  }
}

/** The changes from schema `a` to schema `b`, each under `at` (a dotted path such as `createJob body.kind`). */
export function diffSchema(
  a: JsonSchema | undefined,
  b: JsonSchema | undefined,
  at: string,
  direction: Direction,
): Change[] {
  if (isDeepStrictEqual(a, b)) return [];
  const out: Change[] = [];
  const emit: Emit = (level, kind, detail) => out.push({ level, kind, subject: at, detail });
  if (!a || !b) {
    emit(a ? 'major' : 'minor', a ? 'removed' : 'added', a ? 'schema removed' : 'schema added');
    return out;
  }
  diffTypes(a, b, direction, emit);
  diffEnum(a, b, direction, emit);
  diffBounds(a, b, direction, emit);
  if (!isDeepStrictEqual(a.default, b.default))
    emit('patch', 'changed', `default ${show(a.default)} → ${show(b.default)}`);
  if (a.deprecated !== b.deprecated) emit('patch', 'changed', b.deprecated ? 'deprecated' : 'no longer deprecated');
  if (PROSE.some((key) => !isDeepStrictEqual(a[key], b[key])))
    emit('patch', 'changed', 'description or examples changed');
  diffProperties(a, b, at, direction, out);
  if (a.items || b.items)
    out.push(...diffSchema(a.items as JsonSchema | undefined, b.items as JsonSchema | undefined, `${at}[]`, direction));
  const map = (schema: JsonSchema): JsonSchema | undefined =>
    typeof schema.additionalProperties === 'object' ? (schema.additionalProperties as JsonSchema) : undefined;
  if (map(a) && map(b)) out.push(...diffSchema(map(a), map(b), `${at}{}`, direction));
  const unmodelled = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (key) => !MODELLED.has(key) && !key.startsWith('x-') && !isDeepStrictEqual(a[key], b[key]),
  );
  if (unmodelled.length)
    emit('major', 'changed', `${unmodelled.join(', ')} changed: not classified by this tool, review by hand`);
  return out;
}
