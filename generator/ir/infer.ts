/**
 * What a contract without x-codegen-* extensions would most likely say, from the names and shapes the
 * common APIs use. Each rule is narrow (a parameter and a response field that belong together), so a
 * wrong guess is rare; every guess is listed by `generate --explain`, and the extension overrides it.
 * - Pagination: cursor (`cursor`/`next_cursor`, `page_token`/`next_page_token`, `pageToken`/`nextPageToken`,
 *   nested such as `response_metadata.next_cursor`), `starting_after`/`has_more`, a declared `Link` header,
 *   `offset`/`limit`, `page`/`per_page`.
 * - Idempotency: a declared `Idempotency-Key` header on a mutation.
 * - Errors: RFC 9457 problem details (`application/problem+json`), `{error: {code, message}}`, `{code, message}`.
 */
import { resolvePointer } from '../load/load.js';
import { listOperations } from '../load/operations.js';
import { deref, normalizeSchema, objectFields, refName, resolveTop, schemaTypes, type ObjectField } from './schema.js';
import type { ErrorEnvelopeIR, IdempotencyIR, JsonSchema, PaginationIR, ParameterIR, ResponseIR } from './types.js';

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
type Schemas = Readonly<Record<string, JsonSchema>>;

const isString = (schema: JsonSchema): boolean => schemaTypes(schema).includes('string') || (schemaTypes(schema).length === 0 && schema.enum !== undefined);
const isArray = (schema: JsonSchema): boolean => schemaTypes(schema).includes('array') || (schemaTypes(schema).length === 0 && schema.items !== undefined);
const isBoolean = (schema: JsonSchema): boolean => schemaTypes(schema).includes('boolean');

// ---------------------------------------------------------------- idempotency

const IDEMPOTENCY_HEADER = /^(x-)?idempotency[-_]?key$/i;

export function inferIdempotency(method: string, parameters: readonly Obj[]): IdempotencyIR | undefined {
  if (!['POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) return undefined;
  const header = parameters.find((p) => p.in === 'header' && IDEMPOTENCY_HEADER.test(str(p.name)));
  return header ? { kind: 'key', header: str(header.name), required: header.required === true } : undefined;
}

// ---------------------------------------------------------------- errors

const CODE_FIELDS = ['code', 'error_code', 'errorCode', 'status', 'type', 'error', 'reason'];
const MESSAGE_FIELDS = ['message', 'detail', 'error_description', 'error_message', 'errorMessage', 'msg', 'title', 'description', 'error'];
const CORRELATION_FIELDS = ['correlation_id', 'correlationId', 'request_id', 'requestId', 'trace_id', 'traceId', 'traceID'];
const DETAILS_FIELDS = ['details', 'errors', 'error_details', 'invalid_params', 'violations'];
const CORRELATION_HEADER = /^(x-)?([a-z]+-)?(correlation|request|trace)-?id$/i;

interface Envelope {
  envelope: ErrorEnvelopeIR;
  label: string;
}

/** The first of `names` the fields have, preferring one whose value is a string (a readable code). */
function firstField(fields: readonly ObjectField[], names: readonly string[], preferString = false): string | undefined {
  const present = names.filter((name) => fields.some((f) => f.name === name));
  if (preferString) {
    const text = present.find((name) => isString(fields.find((f) => f.name === name)!.schema));
    if (text) return text;
  }
  return present[0];
}

/** The envelope one error schema describes, if it is one of the known shapes. */
function classify(mediaType: string, schema: JsonSchema, schemas: Schemas): Envelope | undefined {
  const fields = objectFields(schema, schemas);
  const names = new Set(fields.map((f) => f.name));
  const problem = /problem\+json/i.test(mediaType) || (names.has('title') && (names.has('type') || names.has('detail')) && names.has('status'));
  if (problem) {
    const correlation = firstField(fields, CORRELATION_FIELDS) ?? 'instance';
    const details = firstField(fields, DETAILS_FIELDS);
    return {
      label: `RFC 9457 problem details (${mediaType}): errorCode from "type", message from "detail" (else "title"), correlationId from "${correlation}"`,
      envelope: { codeField: 'type', messageField: 'detail', messageFallbackField: 'title', correlationIdField: correlation, ...(details ? { detailsField: details } : {}) },
    };
  }
  const nested = fields.find((f) => f.name === 'error' && !isString(f.schema));
  if (nested) {
    const inner = objectFields(nested.schema, schemas);
    const code = firstField(inner, CODE_FIELDS.filter((n) => n !== 'error'), true);
    const message = firstField(inner, MESSAGE_FIELDS.filter((n) => n !== 'error'));
    if (!code && !message) return undefined;
    const correlation = firstField(inner, CORRELATION_FIELDS);
    const outerCorrelation = firstField(fields, CORRELATION_FIELDS);
    const details = firstField(inner, DETAILS_FIELDS);
    const envelope: ErrorEnvelopeIR = {
      codeField: `error.${code ?? 'code'}`,
      messageField: `error.${message ?? 'message'}`,
      ...(correlation ? { correlationIdField: `error.${correlation}` } : outerCorrelation ? { correlationIdField: outerCorrelation } : {}),
      ...(details ? { detailsField: `error.${details}` } : {}),
    };
    return { envelope, label: `{error: {${[code, message].filter(Boolean).join(', ')}}} envelope: errorCode from "${envelope.codeField}", message from "${envelope.messageField}"` };
  }
  const code = firstField(fields, CODE_FIELDS, true);
  const message = firstField(fields, MESSAGE_FIELDS.filter((n) => n !== code));
  if (!code && !message) return undefined;
  const correlation = firstField(fields, CORRELATION_FIELDS);
  const details = firstField(fields, DETAILS_FIELDS.filter((n) => n !== code && n !== message));
  const envelope: ErrorEnvelopeIR = {
    codeField: code ?? 'code',
    messageField: message ?? 'message',
    ...(correlation ? { correlationIdField: correlation } : {}),
    ...(details ? { detailsField: details } : {}),
  };
  return { envelope, label: `{${[code, message].filter(Boolean).join(', ')}} envelope: errorCode from "${envelope.codeField}", message from "${envelope.messageField}"` };
}

const mostCommon = <T>(counts: Map<string, { value: T; count: number }>): T | undefined =>
  [...counts.entries()].sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : ka > kb ? 1 : 0))[0]?.[1].value;

/** The error envelope the contract's error responses share most, and the response header carrying a request id. */
export function inferErrors(document: Obj, schemas: Schemas): { envelope: ErrorEnvelopeIR; detail: string } {
  const envelopes = new Map<string, { value: Envelope & { schemaName?: string }; count: number }>();
  const headers = new Map<string, { value: string; count: number }>();
  const derefResponse = (value: unknown): Obj => {
    let node = obj(value);
    for (let hops = 0; typeof node.$ref === 'string' && hops < 20; hops++) node = obj(resolvePointer(document, node.$ref));
    return node;
  };
  for (const { operation } of listOperations(document)) {
    for (const [status, raw] of Object.entries(obj(operation.responses))) {
      const response = derefResponse(raw);
      for (const name of Object.keys(obj(response.headers))) {
        if (CORRELATION_HEADER.test(name)) headers.set(name.toLowerCase(), { value: name, count: (headers.get(name.toLowerCase())?.count ?? 0) + 1 });
      }
      if (!/^[45]/.test(status) && status !== 'default') continue;
      for (const [mediaType, media] of Object.entries(obj(response.content))) {
        const rawSchema = obj(media).schema;
        if (rawSchema === undefined) continue;
        const schema = resolveTop(normalizeSchema(rawSchema, document), schemas);
        const found = classify(mediaType, schema, schemas);
        if (!found) continue;
        const schemaName = refName(rawSchema);
        const key = JSON.stringify(found.envelope);
        const entry = envelopes.get(key) ?? { value: { ...found, ...(schemaName ? { schemaName } : {}) }, count: 0 };
        entry.count++;
        envelopes.set(key, entry);
      }
    }
  }
  const chosen = mostCommon(envelopes);
  const header = mostCommon(headers);
  const envelope: ErrorEnvelopeIR = {
    ...(chosen?.schemaName ? { schemaName: chosen.schemaName } : {}),
    ...(chosen?.envelope ?? { codeField: 'code', messageField: 'message' }),
    ...(header ? { correlationIdResponseHeader: header } : {}),
  };
  const detail = [
    chosen ? `error envelope: ${chosen.label}` : 'error envelope: no error schema of a known shape, reading "code" and "message"',
    header ? `correlation id header: ${header}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { envelope, detail };
}

// ---------------------------------------------------------------- pagination

const CURSOR_PAIRS: readonly [param: string, fields: readonly string[]][] = [
  ['cursor', ['next_cursor', 'nextCursor', 'cursor', 'next']],
  ['page_token', ['next_page_token', 'nextPageToken']],
  ['pageToken', ['nextPageToken', 'next_page_token']],
  ['next_token', ['next_token', 'nextToken']],
  ['nextToken', ['nextToken', 'next_token']],
  ['continuation_token', ['continuation_token', 'next_continuation_token', 'continuationToken']],
  ['continuationToken', ['continuationToken', 'nextContinuationToken']],
  ['page_cursor', ['next_page_cursor', 'next_cursor']],
  ['after', ['after', 'next_cursor', 'end_cursor', 'endCursor']],
];
/** Objects a next cursor nests in (`response_metadata.next_cursor`, `meta.next_cursor`, `meta.cursors.next`). */
const CURSOR_CONTAINERS = ['response_metadata', 'meta', 'metadata', 'pagination', 'paging', 'page_info', 'pageInfo', 'cursors', 'links'];
const ITEM_FIELDS = ['items', 'data', 'results', 'values', 'records', 'entries', 'elements', 'list', 'nodes', 'objects'];
const PAGE_SIZE_PARAMS = ['page_size', 'pageSize', 'per_page', 'perPage', 'limit', 'max_results', 'maxResults', 'page_limit', 'size', 'count', 'max', 'top', 'first'];
const OFFSET_PARAMS = ['offset', 'skip', 'start'];
const PAGE_PARAMS = ['page', 'page_number', 'pageNumber', 'page_no'];

interface Items {
  itemsField: string;
  itemSchema: JsonSchema;
  itemSchemaName?: string;
}

/** The component an array's items refer to, read before resolution (`field`: a property of `schema`, '' the schema itself). */
function itemComponent(schema: unknown, field: string, schemas: Schemas): string | undefined {
  const top = deref(schema, schemas);
  if (field === '') return refName(top.items);
  for (const member of [top, ...(Array.isArray(top.allOf) ? top.allOf.map((m) => deref(m, schemas)) : [])]) {
    const property = obj(member.properties)[field];
    if (property !== undefined) return refName(deref(property, schemas).items);
  }
  return undefined;
}

/** The items of a list response: the response itself when it is an array, else its one array field (or the best-named one). */
function findItems(raw: unknown, schemas: Schemas): Items | undefined {
  const schema = resolveTop(raw, schemas);
  const arrays = isArray(schema) ? [] : objectFields(schema, schemas).filter((f) => isArray(f.schema));
  const chosen = isArray(schema) ? { name: '', schema } : (ITEM_FIELDS.map((n) => arrays.find((f) => f.name === n)).find(Boolean) ?? (arrays.length === 1 ? arrays[0] : undefined));
  if (!chosen) return undefined;
  const name = itemComponent(raw, chosen.name, schemas);
  return { itemsField: chosen.name, itemSchema: resolveTop(chosen.schema.items, schemas), ...(name ? { itemSchemaName: name } : {}) };
}

/** A response field, top level or one container down, with one of these names. */
function findField(schema: JsonSchema, schemas: Schemas, names: readonly string[], test: (s: JsonSchema) => boolean): string | undefined {
  const fields = objectFields(schema, schemas);
  for (const name of names) {
    const field = fields.find((f) => f.name === name);
    if (field && test(field.schema)) return name;
  }
  for (const container of CURSOR_CONTAINERS) {
    const outer = fields.find((f) => f.name === container);
    if (!outer) continue;
    const inner = objectFields(outer.schema, schemas);
    for (const name of names) {
      const field = inner.find((f) => f.name === name);
      if (field && test(field.schema)) return `${container}.${name}`;
    }
  }
  return undefined;
}

const pageSize = (query: readonly ParameterIR[]): Pick<PaginationIR, 'pageSizeParam' | 'defaultPageSize' | 'maxPageSize'> => {
  const param = PAGE_SIZE_PARAMS.map((n) => query.find((p) => p.name === n)).find(Boolean);
  if (!param) return {};
  const { default: fallback, maximum } = param.schema;
  return {
    pageSizeParam: param.name,
    ...(typeof fallback === 'number' ? { defaultPageSize: fallback } : {}),
    ...(typeof maximum === 'number' ? { maxPageSize: maximum } : {}),
  };
};

const describeItems = (items: Items): string => (items.itemsField ? `items in "${items.itemsField}"` : 'the response is the item array');

/** How a GET's response pages, if its parameters and response fields say so (see the module comment). */
export function inferPagination(success: ResponseIR, query: readonly ParameterIR[], schemas: Schemas): { pagination: PaginationIR; detail: string } | undefined {
  const schema = resolveTop(success.schema, schemas);
  const items = findItems(success.schema, schemas);
  if (!items) return undefined;
  const has = (name: string) => query.find((p) => p.name === name);
  const size = pageSize(query);
  const sizeNote = size.pageSizeParam ? `, page size "${size.pageSizeParam}"` : '';
  const base = { ...items, ...size, declared: false };

  if (items.itemsField) {
    for (const [param, fields] of CURSOR_PAIRS) {
      if (!has(param)) continue;
      const next = findField(schema, schemas, fields, (s) => isString(s) || schemaTypes(s).length === 0);
      if (next && next !== param) {
        return { pagination: { kind: 'cursor', cursorParam: param, nextCursorField: next, ...base }, detail: `cursor pages: "${param}" takes "${next}" of the response; ${describeItems(items)}${sizeNote}` };
      }
    }
    const startingAfter = ['starting_after', 'startingAfter'].find(has);
    const hasMore = findField(schema, schemas, ['has_more', 'hasMore'], isBoolean);
    if (startingAfter && hasMore && objectFields(items.itemSchema, schemas).some((f) => f.name === 'id')) {
      return {
        pagination: { kind: 'has-more', cursorParam: startingAfter, hasMoreField: hasMore, idField: 'id', ...base },
        detail: `has-more pages: "${startingAfter}" takes the last item's id while "${hasMore}" is true; ${describeItems(items)}${sizeNote}`,
      };
    }
  }
  if (success.headers.some((h) => h.toLowerCase() === 'link')) {
    return { pagination: { kind: 'link', ...base }, detail: `Link header pages: rel="next" is followed; ${describeItems(items)}${sizeNote}` };
  }
  const offset = OFFSET_PARAMS.find(has);
  if (offset && size.pageSizeParam && offset !== size.pageSizeParam) {
    return { pagination: { kind: 'offset', cursorParam: offset, ...base }, detail: `offset pages: "${offset}" advances by the items received${sizeNote}; ${describeItems(items)}` };
  }
  const page = PAGE_PARAMS.find(has);
  if (page && size.pageSizeParam) {
    return { pagination: { kind: 'page', cursorParam: page, ...base }, detail: `numbered pages: "${page}" advances by one${sizeNote}; ${describeItems(items)}` };
  }
  return undefined;
}
