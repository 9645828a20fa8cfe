/**
 * Tool schemas: self-contained (no `$ref`: several MCP clients reject them), object-rooted, and short,
 * because every byte of a tools/list entry is paid in tokens on each agent request.
 */
import { GeneratorError, GeneratorExit, toPointer } from '../../errors.js';
import { FULL_INLINE, inlineSchema, schemaTypes, setOwn, type InlineLimits } from '../../ir/schema.js';
import type { ContractIR, JsonSchema, OperationIR } from '../../ir/types.js';
import { SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_VALUES } from '../../../templates/mcp/core/keywords.js';

/** Longer descriptions are cut to their first sentence. */
export const DESCRIPTION_MAX = 120;

/** Documentation and OpenAPI-only keywords: no agent needs them to build a call, and they cost tokens. */
const DROPPED = new Set(['title', 'example', 'examples', '$comment', '$schema', '$id', '$anchor', '$dynamicAnchor', '$defs', 'definitions', 'discriminator', 'xml', 'externalDocs', 'readOnly', 'writeOnly']);
/**
 * Outputs only inform the agent of a result's shape: two component levels say enough, and keep a list of a
 * thousand tools affordable. Inputs are inlined in full (each call must be right), within FULL_INLINE.
 */
export const OUTPUT_INLINE: InlineLimits = { maxDepth: 2, maxNodes: 2_000 };

export type Side = 'input' | 'output';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A property the other side never sees: readOnly ones are not sent, writeOnly ones never come back. */
const hidden = (schema: unknown, side: Side): boolean => isRecord(schema) && schema[side === 'input' ? 'readOnly' : 'writeOnly'] === true;

// `e.g.` and friends do not end a sentence.
const SENTENCE_END = /(?<=[.!?])(?<!\b(?:e\.g|i\.e|etc|vs)\.)\s/;

/** Cut at a word, with an ellipsis, to at most `max` characters. */
const clip = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`);

/** Markup some contracts write descriptions in (Stripe's `<p>`): tags only, so `<port>` in prose stays. */
const HTML_TAG = /<\/?(?:p|a|b|i|em|strong|code|pre|br|ul|ol|li|span|div|h[1-6])\b[^>]*>/gi;

/** One line of plain text: HTML tags dropped, whitespace folded. */
export const plainText = (text: string): string => text.replace(HTML_TAG, ' ').replace(/\s+([.,;:!?])/g, '$1').replace(/\s+/g, ' ').trim();

/** One line; past DESCRIPTION_MAX only its first sentence, itself cut at a word if still too long. */
export function shortDescription(text: string): string {
  const flat = plainText(text);
  if (flat.length <= DESCRIPTION_MAX) return flat;
  return clip(flat.split(SENTENCE_END)[0]!, DESCRIPTION_MAX);
}

/** One line of as many whole sentences as fit `max` characters (the first cut at a word if even it does not). */
export function sentencesWithin(text: string, max: number): string {
  const [first = '', ...rest] = plainText(text).split(SENTENCE_END);
  let out = clip(first, max);
  for (const next of rest) {
    if (out.length + 1 + next.length > max) break;
    out = `${out} ${next}`;
  }
  return out;
}

/**
 * A copy fit for a tool list: documentation keywords and `x-` extensions dropped, descriptions shortened,
 * properties the `side` never sees removed (with their `required` entries). Outputs also lose
 * `additionalProperties: false`, because MCP clients validate results against the output schema and a
 * server adding a response field must not break them. A `$ref` left over is a bug upstream: it fails here.
 */
export function compactSchema(schema: JsonSchema, side: Side, where: string): JsonSchema {
  const out: JsonSchema = {};
  const sub = (value: unknown, at: string): unknown => (isRecord(value) ? compactSchema(value, side, at) : value);
  for (const [key, value] of Object.entries(schema)) {
    const at = `${where}/${key}`;
    if (key === '$ref' || key === '$dynamicRef') {
      throw new GeneratorError(`${at} is ${JSON.stringify(value)}: tool schemas must be fully inlined`, {}, GeneratorExit.internal);
    }
    if (DROPPED.has(key) || key.startsWith('x-')) continue;
    if (key === 'description') {
      const description = typeof value === 'string' ? shortDescription(value) : '';
      if (description) out.description = description;
    } else if (side === 'output' && (key === 'additionalProperties' || key === 'unevaluatedProperties') && value === false) {
      continue;
    } else if (SCHEMA_MAPS.has(key) && isRecord(value)) {
      const entries = Object.entries(value).filter(([, s]) => key !== 'properties' || !hidden(s, side));
      setOwn(out, key, Object.fromEntries(entries.map(([name, s]) => [name, sub(s, `${at}/${name}`)])));
    } else if ((SCHEMA_LISTS.has(key) || SCHEMA_VALUES.has(key)) && Array.isArray(value)) {
      setOwn(out, key, value.map((s, i) => sub(s, `${at}/${i}`)));
    } else if (SCHEMA_VALUES.has(key)) {
      setOwn(out, key, sub(value, at));
    } else {
      setOwn(out, key, value);
    }
  }
  // An enum of strings says the type already; the validator checks the enum all the same.
  if (side === 'input' && out.type === 'string' && Array.isArray(out.enum) && out.enum.every((v) => typeof v === 'string')) delete out.type;
  if (Array.isArray(out.required) && isRecord(schema.properties)) {
    const properties = schema.properties;
    const required = (out.required as string[]).filter((name) => !hidden(properties[name], side));
    if (required.length) out.required = required;
    else delete out.required;
  }
  return out;
}

const CURSOR_DESCRIPTION = 'A next_cursor.';

/**
 * `org_id`: "Organization id.", `runtime_id`: "Shared runtime id.": a description that only says the
 * argument is the id its name says it is.
 */
export function restatesName(name: string, description: string): boolean {
  const said = /^(?:[a-z]+ )*([a-z]+) id\.?$/i.exec(description.trim())?.[1]?.toLowerCase();
  const named = /(?:^|_)([a-z]+)_id$/.exec(name)?.[1];
  return Boolean(said && named && (said.startsWith(named) || named.startsWith(said)));
}
const BASE64_DESCRIPTION = 'File content, base64-encoded.';
/** The argument a listing without a cursor parameter of its own (link, offset, page) resumes from. */
export const CURSOR_ARG = 'cursor';

/**
 * The tool's arguments, flat as splitParams expects them: path, query and (non-special) header parameters,
 * then the body fields, or the whole body as `body` when `inline` is false; plus the project override
 * (`projectArg`, given for project-scoped operations only) and the caller's idempotency key (`idempotencyArg`).
 */
export function inputSchema(ir: ContractIR, op: OperationIR, inline: boolean, projectArg: string | undefined, idempotencyArg?: string, cursorArg?: string): JsonSchema {
  const tool = op.mcp.name;
  const full = (schema: JsonSchema): JsonSchema => inlineSchema(schema, ir.schemas, FULL_INLINE);
  const base64 = (description: string): JsonSchema => ({ type: 'string', contentEncoding: 'base64', description: description || BASE64_DESCRIPTION });
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const add = (name: string, schema: JsonSchema, isRequired: boolean): void => {
    if (Object.hasOwn(properties, name)) {
      throw new GeneratorError(`MCP tool ${tool} would have two arguments named "${name}"`, {
        file: ir.source.file,
        pointer: toPointer(['paths', op.path, op.method.toLowerCase()]),
      });
    }
    const compact = compactSchema(full(schema), 'input', `${tool} inputSchema/properties/${name}`);
    if (typeof compact.description === 'string' && restatesName(name, compact.description)) delete compact.description;
    setOwn(properties, name, compact);
    if (isRequired) required.push(name);
  };
  // Top-level arguments are checked against the contract's constraints too (the SDK's inputProblems), with
  // a message naming the argument: a non-empty string or a positive count is no news to an agent, so
  // minLength 1 and an integer's minimum 1 are not sent.
  const addChecked = (name: string, schema: JsonSchema, isRequired: boolean): void => {
    const { minLength, minimum, ...rest } = schema;
    add(name, { ...rest, ...(minLength === 1 && rest.type === 'string' ? {} : minLength === undefined ? {} : { minLength }), ...(minimum === 1 && rest.type === 'integer' ? {} : minimum === undefined ? {} : { minimum }) }, isRequired);
  };
  const { path, query, header } = op.parameters;
  // The server's instructions explain paging once: a tool's page parameters need no words of their own.
  const paging = new Set([op.pagination?.cursorParam, op.pagination?.pageSizeParam].filter(Boolean));
  for (const param of [...path, ...query, ...header]) {
    const { description: own, ...schema } = param.schema ?? {};
    const description = paging.has(param.name) ? '' : param.description || own;
    addChecked(param.name, { ...schema, ...(description ? { description } : {}) }, param.required);
  }
  const { body } = op;
  const fieldSchema = (field: NonNullable<typeof body>['fields'][number]): JsonSchema =>
    field.file === 'single' ? base64(field.description) : field.file === 'array' ? { type: 'array', items: base64(''), ...(field.description ? { description: field.description } : {}) } : field.schema;
  if (body && inline) {
    for (const field of body.fields) if (!hidden(field.schema, 'input')) addChecked(field.name, fieldSchema(field), body.required && field.required);
  } else if (body?.encoding === 'binary') {
    add('body', base64(`The ${body.mediaType} content, base64-encoded.`), body.required);
  } else if (body?.encoding === 'text') {
    add('body', { type: 'string', description: `The ${body.mediaType} text.` }, body.required);
  } else if (body?.encoding === 'multipart') {
    const fields = body.fields.filter((f) => !hidden(f.schema, 'input'));
    const required = fields.filter((f) => f.required).map((f) => f.name);
    add('body', { type: 'object', properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])), ...(required.length ? { required } : {}) }, body.required);
  } else if (body) {
    add('body', body.schema, body.required);
  }
  // The project and idempotency arguments are the same on every tool: the server's instructions explain them once.
  if (cursorArg) add(cursorArg, { type: 'string', description: CURSOR_DESCRIPTION }, false);
  if (projectArg) add(projectArg, { type: 'string' }, false);
  if (idempotencyArg) add(idempotencyArg, { type: 'string', minLength: 1, maxLength: 255 }, false);
  return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
}

/** `{items, next_cursor}` for list tools; the success schema when it is an object; otherwise none. */
export function outputSchema(ir: ContractIR, op: OperationIR): JsonSchema | undefined {
  const where = `${op.mcp.name} outputSchema`;
  if (op.pagination) {
    return {
      type: 'object',
      properties: {
        items: { type: 'array', items: compactSchema(inlineSchema(op.pagination.itemSchema, ir.schemas, OUTPUT_INLINE), 'output', `${where}/properties/items/items`) },
        next_cursor: { type: ['string', 'null'] },
      },
      required: ['items', 'next_cursor'],
    };
  }
  const schema = op.success?.schema && inlineSchema(op.success.schema, ir.schemas, OUTPUT_INLINE);
  if (!schema) return undefined;
  const types = schemaTypes(schema);
  const isObject = (types.length === 1 && types[0] === 'object') || (types.length === 0 && isRecord(schema.properties));
  return isObject ? { type: 'object', ...compactSchema(schema, 'output', where) } : undefined;
}
