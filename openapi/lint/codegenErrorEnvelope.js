import { createRulesetFunction } from '@stoplight/spectral-core';
import { ERROR_STATUS, deref, findProperty, isObject, operations, refersTo, responses } from './oas.js';

const FIELDS = ['codeField', 'messageField', 'correlationIdField', 'detailsField'];
const REQUIRED_FIELDS = ['codeField', 'messageField'];

/** Checks the envelope schema has the configured fields; false when the pointer leads nowhere. */
function checkEnvelope(doc, config, results) {
  const pointer = config.schema;
  const { value: envelope, path } = deref(doc, { $ref: pointer }, ['x-codegen-errors', 'schema']);
  if (!isObject(envelope)) {
    results.push({ message: `x-codegen-errors.schema "${pointer}" does not point at a schema in this document`, path: ['x-codegen-errors', 'schema'] });
    return false;
  }
  const required = new Set(Array.isArray(envelope.required) ? envelope.required : []);
  for (const key of FIELDS) {
    const field = config[key];
    if (typeof field !== 'string') continue;
    if (findProperty(doc, envelope, field).state !== 'found') {
      results.push({ message: `error envelope ${pointer} has no "${field}" property (x-codegen-errors.${key})`, path: ['x-codegen-errors', key] });
    } else if (REQUIRED_FIELDS.includes(key) && !required.has(field)) {
      results.push({ message: `error envelope ${pointer} must list "${field}" in required (x-codegen-errors.${key})`, path });
    }
  }
  return true;
}

/**
 * Every failure must parse into the one envelope the clients' error classes expose (code, message,
 * correlation_id, details), so each 4xx/5xx response must use exactly that schema.
 */
export default createRulesetFunction({ input: null, options: null }, function codegenErrorEnvelope(doc) {
  const results = [];
  const config = doc['x-codegen-errors'];
  if (!isObject(config)) {
    return [{ message: 'the document has no x-codegen-errors naming the canonical error envelope', path: [] }];
  }
  if (typeof config.schema !== 'string' || !checkEnvelope(doc, config, results)) return results;

  const checked = new Set(); // a shared components/responses entry is reported once, naming its first user
  for (const entry of operations(doc)) {
    for (const { status, response, path } of responses(doc, entry)) {
      const key = JSON.stringify(path);
      if (!ERROR_STATUS.test(status) || !isObject(response) || checked.has(key)) continue;
      checked.add(key);
      const media = isObject(response.content) ? response.content['application/json'] : undefined;
      if (!isObject(media) || media.schema === undefined) {
        results.push({ message: `${entry.label} response ${status} has no application/json schema (expected ${config.schema})`, path });
      } else if (!refersTo(doc, media.schema, config.schema)) {
        results.push({
          message: `${entry.label} response ${status}: the application/json schema must be a $ref to ${config.schema}`,
          path: [...path, 'content', 'application/json', 'schema'],
        });
      }
    }
  }
  return results;
});
