import { createRulesetFunction } from '@stoplight/spectral-core';
import {
  deref,
  findProperty,
  isArraySchema,
  isObject,
  isStringSchema,
  looksLikeList,
  operations,
  parameters,
  propertyNames,
  requestBodySchema,
  successSchema,
} from './oas.js';

/**
 * What a table row is: an item of the paginated list, an element of an array result, or the result.
 * Unknown for a list that lacks its x-codegen-pagination (codegen-pagination reports that).
 */
function rowSchema(doc, entry) {
  const schema = successSchema(doc, entry);
  const pagination = entry.op['x-codegen-pagination'];
  if (schema === undefined || (pagination === undefined && looksLikeList(doc, entry))) return undefined;
  const list = isObject(pagination) && typeof pagination.itemsField === 'string' ? findProperty(doc, schema, pagination.itemsField).schema : schema;
  if (list === undefined || !isArraySchema(doc, list)) return list;
  const { value } = deref(doc, list, []);
  return isObject(value) ? value.items : undefined;
}

function checkOperation(doc, entry, cli, results) {
  const at = [...entry.path, 'x-codegen-cli'];
  const body = requestBodySchema(doc, entry);
  const known = new Set([...parameters(doc, entry).map(({ param }) => param.name), ...(body === undefined ? [] : propertyNames(doc, body))]);
  const overrides = isObject(cli.flags) ? cli.flags : {};

  for (const name of Object.keys(overrides)) {
    if (!known.has(name)) {
      results.push({ message: `${entry.label}: x-codegen-cli.flags names "${name}", which is neither a parameter nor a request body field`, path: [...at, 'flags', name] });
    }
  }
  (Array.isArray(cli.positionals) ? cli.positionals : []).forEach((name, i) => {
    if (!known.has(name)) {
      results.push({ message: `${entry.label}: x-codegen-cli.positionals names "${name}", which is neither a parameter nor a request body field`, path: [...at, 'positionals', i] });
    }
  });
  if (isObject(cli.terminal)) {
    const result = successSchema(doc, entry);
    for (const key of ['urlField', 'tokenField']) {
      const field = cli.terminal[key];
      if (typeof field === 'string' && (result === undefined || findProperty(doc, result, field).state !== 'found')) {
        results.push({ message: `${entry.label}: x-codegen-cli.terminal.${key} "${field}" is not a field of the response`, path: [...at, 'terminal', key] });
      }
    }
  }
  const row = Array.isArray(cli.columns) ? rowSchema(doc, entry) : undefined;
  if (row !== undefined) {
    cli.columns.forEach((column, i) => {
      const field = typeof column === 'string' ? column : isObject(column) ? column.field : undefined;
      if (typeof field !== 'string') return; // codegen-extension-schema reports the shape
      const found = findProperty(doc, row, field);
      if (found.state === 'missing') {
        results.push({ message: `${entry.label}: column "${field}" is not a field of the result`, path: [...at, 'columns', i] });
      } else if (isObject(column) && column.wrap === true && found.schema !== undefined && !isStringSchema(doc, found.schema)) {
        results.push({ message: `${entry.label}: column "${field}" wraps, but only free text (a string field) can`, path: [...at, 'columns', i, 'wrap'] });
      }
    });
  }
}

/**
 * Every operation becomes exactly one CLI command, named by x-codegen-cli; command paths (aliases
 * included) must not collide, a command cannot also be a group, and the names it maps must exist.
 */
export default createRulesetFunction({ input: null, options: null }, function codegenCliMapping(doc) {
  const results = [];
  const invocations = []; // every command path a user can type, with where it is declared
  for (const entry of operations(doc)) {
    const cli = entry.op['x-codegen-cli'];
    if (cli === undefined) {
      results.push({ message: `${entry.label} declares no x-codegen-cli (every operation is a CLI command)`, path: entry.path });
      continue;
    }
    if (!isObject(cli) || typeof cli.command !== 'string') continue; // codegen-extension-schema reports the shape
    const at = [...entry.path, 'x-codegen-cli'];
    const group = cli.command.split(' ').slice(0, -1).join(' ');
    invocations.push({ command: cli.command, entry, path: [...at, 'command'], primary: true });
    if (isObject(cli.terminal) && typeof cli.terminal.command === 'string') {
      invocations.push({ command: cli.terminal.command, entry, path: [...at, 'terminal', 'command'], primary: true });
    }
    (Array.isArray(cli.aliases) ? cli.aliases : []).forEach((alias, i) => {
      invocations.push({ command: `${group} ${alias}`, entry, path: [...at, 'aliases', i], primary: false });
    });
    checkOperation(doc, entry, cli, results);
  }

  const first = new Map();
  for (const invocation of invocations) {
    const earlier = first.get(invocation.command);
    if (earlier) {
      results.push({ message: `${invocation.entry.label}: CLI command "${invocation.command}" is already used by ${earlier.entry.label}`, path: invocation.path });
    } else {
      first.set(invocation.command, invocation);
    }
  }
  for (const leaf of invocations.filter((i) => i.primary)) {
    const sub = invocations.find((i) => i.command.startsWith(`${leaf.command} `));
    if (sub) {
      results.push({ message: `${leaf.entry.label}: CLI command "${leaf.command}" is also the group of "${sub.command}" (${sub.entry.label})`, path: leaf.path });
    }
  }
  return results;
});
