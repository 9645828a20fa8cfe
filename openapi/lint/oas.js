/**
 * OpenAPI walking shared by the codegen-* rules. The rules run on the unresolved document
 * (`resolved: false`) so every result points at the line where the fault is written; local `$ref`s
 * are followed here. An external or broken `$ref` yields `undefined` (Spectral reports broken ones).
 */

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
export const MUTATING_METHODS = new Set(['post', 'put', 'patch', 'delete']);
const JSON_MEDIA = /^application\/(.+\+)?json$/;
/** 4xx, 5xx, their `4XX` ranges and `default`: the statuses clients turn into errors. */
export const ERROR_STATUS = /^([45]..|default)$/i;

export const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

function pointerToPath(ref) {
  return ref
    .slice(2)
    .split('/')
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function get(doc, path) {
  let node = doc;
  for (const segment of path) node = isObject(node) || Array.isArray(node) ? node[segment] : undefined;
  return node;
}

/** Follow a chain of local `$ref`s: the target and the path where it is written. */
export function deref(doc, value, path) {
  let node = value;
  let at = path;
  const seen = new Set();
  while (isObject(node) && typeof node.$ref === 'string') {
    if (!node.$ref.startsWith('#/') || seen.has(node.$ref)) return { value: undefined, path: at };
    seen.add(node.$ref);
    at = pointerToPath(node.$ref);
    node = get(doc, at);
  }
  return { value: node, path: at };
}

/** Does a (possibly `$ref`) schema end at the JSON pointer `target` (`#/components/schemas/X`)? */
export function refersTo(doc, schema, target) {
  let node = schema;
  const seen = new Set();
  while (isObject(node) && typeof node.$ref === 'string' && !seen.has(node.$ref)) {
    if (node.$ref === target) return true;
    seen.add(node.$ref);
    node = node.$ref.startsWith('#/') ? get(doc, pointerToPath(node.$ref)) : undefined;
  }
  return false;
}

export function operationLabel(method, pathKey, op) {
  const id = typeof op.operationId === 'string' ? ` (${op.operationId})` : '';
  return `${method.toUpperCase()} ${pathKey}${id}`;
}

/** Every operation under `paths`, with its location and a label naming it for messages. */
export function operations(doc) {
  const result = [];
  if (!isObject(doc.paths)) return result;
  for (const [pathKey, rawItem] of Object.entries(doc.paths)) {
    const { value: item, path: itemPath } = deref(doc, rawItem, ['paths', pathKey]);
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      result.push({ pathKey, method, op, item, itemPath, path: [...itemPath, method], label: operationLabel(method, pathKey, op) });
    }
  }
  return result;
}

export const operationsById = (ops) =>
  new Map(ops.filter((entry) => typeof entry.op.operationId === 'string').map((entry) => [entry.op.operationId, entry]));

/**
 * The operation's parameters, path-level ones included unless the operation redefines them. `at` is
 * where the entry is written (possibly a `$ref`), `param` the resolved object.
 */
export function parameters(doc, entry) {
  const merged = new Map();
  const lists = [
    [entry.item.parameters, [...entry.itemPath, 'parameters']],
    [entry.op.parameters, [...entry.path, 'parameters']],
  ];
  for (const [list, listPath] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, index) => {
      const { value: param } = deref(doc, raw, [...listPath, index]);
      if (!isObject(param) || typeof param.name !== 'string') return;
      const name = param.in === 'header' ? param.name.toLowerCase() : param.name;
      merged.set(`${param.in}:${name}`, { param, at: [...listPath, index] });
    });
  }
  return [...merged.values()];
}

/** A parameter by name (header names compare case-insensitively, as HTTP does). */
export function findParameter(params, name, location) {
  return params.find(({ param }) =>
    (location === undefined || param.in === location) &&
    (param.in === 'header' ? param.name.toLowerCase() === name.toLowerCase() : param.name === name),
  );
}

/** Each response of the operation, resolved, with the path where its definition is written. */
export function responses(doc, entry) {
  if (!isObject(entry.op.responses)) return [];
  return Object.entries(entry.op.responses).map(([status, raw]) => {
    const { value, path } = deref(doc, raw, [...entry.path, 'responses', status]);
    return { status, response: value, path };
  });
}

/** The 200 response, else the first 2xx: what a client returns to its caller. */
function successResponse(doc, entry) {
  const all = responses(doc, entry).filter((r) => /^2/.test(r.status));
  return all.find((r) => r.status === '200') ?? all.sort((a, b) => a.status.localeCompare(b.status))[0];
}

/** The JSON media type object of a response or request body, with its path. */
function jsonMedia(holder, holderPath) {
  if (!isObject(holder) || !isObject(holder.content)) return undefined;
  const key = Object.keys(holder.content).find((m) => JSON_MEDIA.test(m));
  return key === undefined ? undefined : { media: holder.content[key], path: [...holderPath, 'content', key] };
}

/** The JSON schema of the operation's success response (unresolved), if it has one. */
export function successSchema(doc, entry) {
  const success = successResponse(doc, entry);
  const media = success && jsonMedia(success.response, success.path);
  return media && isObject(media.media) ? media.media.schema : undefined;
}

/** The schema and every allOf/oneOf/anyOf member under it, refs followed: where a property may be declared. */
function branches(doc, schema, out = []) {
  const { value } = deref(doc, schema, []);
  if (!isObject(value) || out.includes(value)) return out;
  out.push(value);
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    if (Array.isArray(value[key])) for (const member of value[key]) branches(doc, member, out);
  }
  return out;
}

const isOpen = (schema) =>
  schema.additionalProperties === true || isObject(schema.additionalProperties) || isObject(schema.patternProperties);

/**
 * Look up a dotted field (`state`, `owner.id`). `found` with the field's schema; `missing` when the
 * schema lists its properties and this is not one; `unknown` when the schema is too open to tell.
 */
export function findProperty(doc, schema, dotted) {
  let current = schema;
  for (const name of dotted.split('.')) {
    const candidates = branches(doc, current);
    const owner = candidates.find((s) => isObject(s.properties) && Object.hasOwn(s.properties, name));
    if (owner) {
      current = owner.properties[name];
      continue;
    }
    const declared = candidates.some((s) => isObject(s.properties)) && !candidates.some(isOpen);
    return { state: declared ? 'missing' : 'unknown' };
  }
  return { state: 'found', schema: current };
}

/** Names of every property the schema declares (allOf/oneOf/anyOf members included). */
export function propertyNames(doc, schema) {
  return new Set(branches(doc, schema).flatMap((s) => (isObject(s.properties) ? Object.keys(s.properties) : [])));
}

export function isArraySchema(doc, schema) {
  return branches(doc, schema).some(
    (s) => s.type === 'array' || (Array.isArray(s.type) && s.type.includes('array')) || s.items !== undefined,
  );
}

/** The schema (or a member) is a string, possibly nullable. */
export function isStringSchema(doc, schema) {
  return branches(doc, schema).some((s) => s.type === 'string' || (Array.isArray(s.type) && s.type.includes('string')));
}

/** The allowed values of a schema, when it (or a member) is an enum or const. */
export function enumValues(doc, schema) {
  for (const s of branches(doc, schema)) {
    if (Array.isArray(s.enum)) return s.enum;
    if (s.const !== undefined) return [s.const];
  }
  return undefined;
}

/** The request body schema (JSON or form-encoded: the media types the clients send), if any. */
export function requestBodySchema(doc, entry) {
  const { value: body } = deref(doc, entry.op.requestBody, [...entry.path, 'requestBody']);
  if (!isObject(body) || !isObject(body.content)) return undefined;
  const key = Object.keys(body.content).find((m) => JSON_MEDIA.test(m) || m === 'application/x-www-form-urlencoded');
  return key === undefined || !isObject(body.content[key]) ? undefined : body.content[key].schema;
}

/** Envelope property names that mark a GET as a list even when nobody declared it paginated. */
const ITEMS_LIKE = ['items', 'data', 'results', 'records', 'entries'];

/** A GET that returns a list: its CLI command ends in `list`, or its result wraps an items-like array. */
export function looksLikeList(doc, entry) {
  if (entry.method !== 'get') return false;
  const cli = entry.op['x-codegen-cli'];
  if (isObject(cli) && typeof cli.command === 'string' && cli.command.endsWith(' list')) return true;
  const schema = successSchema(doc, entry);
  if (schema === undefined) return false;
  return [...propertyNames(doc, schema)].some(
    (name) => ITEMS_LIKE.includes(name) && isArraySchema(doc, findProperty(doc, schema, name).schema),
  );
}
