import { createRulesetFunction } from '@stoplight/spectral-core';
import {
  deref,
  findParameter,
  findProperty,
  isArraySchema,
  isObject,
  looksLikeList,
  operations,
  parameters,
  successSchema,
} from './oas.js';

/**
 * Cursor pagination is generated (SDK async iterators, CLI --all / --page-size) from
 * x-codegen-pagination alone, so every list must declare it and what it names must exist.
 */
export default createRulesetFunction({ input: null, options: null }, function codegenPagination(doc) {
  const results = [];
  for (const entry of operations(doc)) {
    const pagination = entry.op['x-codegen-pagination'];
    const at = [...entry.path, 'x-codegen-pagination'];
    if (pagination === undefined) {
      if (looksLikeList(doc, entry)) {
        results.push({ message: `${entry.label} returns a list but declares no x-codegen-pagination`, path: entry.path });
      }
      continue;
    }
    if (!isObject(pagination)) continue; // codegen-extension-schema reports the shape

    const params = parameters(doc, entry);
    for (const key of ['cursorParam', 'pageSizeParam']) {
      const name = pagination[key];
      if (typeof name !== 'string') continue;
      const found = findParameter(params, name);
      if (!found) {
        results.push({ message: `${entry.label}: x-codegen-pagination.${key} "${name}" is not a parameter of the operation`, path: [...at, key] });
      } else if (found.param.in !== 'query') {
        results.push({ message: `${entry.label}: pagination parameter "${name}" must be in: query, not ${found.param.in}`, path: found.at });
      }
    }

    const { defaultPageSize, maxPageSize } = pagination;
    if (Number.isInteger(defaultPageSize) && Number.isInteger(maxPageSize) && defaultPageSize > maxPageSize) {
      results.push({ message: `${entry.label}: defaultPageSize ${defaultPageSize} exceeds maxPageSize ${maxPageSize}`, path: [...at, 'defaultPageSize'] });
    }
    // The page-size parameter's own schema must tell clients the same limits.
    const pageSize = typeof pagination.pageSizeParam === 'string' ? findParameter(params, pagination.pageSizeParam, 'query') : undefined;
    const pageSizeSchema = pageSize && deref(doc, pageSize.param.schema, []).value;
    if (isObject(pageSizeSchema)) {
      for (const [keyword, expected, key] of [['maximum', maxPageSize, 'maxPageSize'], ['default', defaultPageSize, 'defaultPageSize']]) {
        if (Number.isInteger(expected) && pageSizeSchema[keyword] !== undefined && pageSizeSchema[keyword] !== expected) {
          results.push({
            message: `${entry.label}: page-size parameter "${pageSize.param.name}" has ${keyword} ${JSON.stringify(pageSizeSchema[keyword])} but x-codegen-pagination.${key} is ${JSON.stringify(expected)}`,
            path: [...at, key],
          });
        }
      }
    }

    const schema = successSchema(doc, entry);
    if (schema === undefined) {
      results.push({ message: `${entry.label} is paginated but has no JSON success response schema`, path: at });
      continue;
    }
    for (const [key, mustBeArray] of [['itemsField', true], ['nextCursorField', false]]) {
      const field = pagination[key];
      if (typeof field !== 'string') continue;
      const found = findProperty(doc, schema, field);
      if (found.state !== 'found') {
        results.push({ message: `${entry.label}: the success response schema declares no "${field}" property (x-codegen-pagination.${key})`, path: [...at, key] });
      } else if (mustBeArray && !isArraySchema(doc, found.schema)) {
        results.push({ message: `${entry.label}: "${field}" (x-codegen-pagination.itemsField) is not an array in the success response schema`, path: [...at, key] });
      }
    }
  }
  return results;
});
