import { createRulesetFunction } from '@stoplight/spectral-core';
import { findProperty, isObject, operations, operationsById, successSchema } from './oas.js';

/** Roles whose success response is the token response x-codegen-auth.tokenFields describes. */
const TOKEN_ROLES = ['passwordLogin', 'refresh', 'oidcToken'];

/**
 * `gpuaas auth login/logout/whoami` and the SDK's token refresh are wired to the operations
 * x-codegen-auth names, reading the token fields it names: all of them must exist.
 */
export default createRulesetFunction({ input: null, options: null }, function codegenAuthOperations(doc) {
  const results = [];
  const auth = doc['x-codegen-auth'];
  if (!isObject(auth) || !isObject(auth.operations)) return results;
  const byId = operationsById(operations(doc));
  const tokenFields = isObject(auth.tokenFields) ? Object.entries(auth.tokenFields).filter(([, f]) => typeof f === 'string') : [];
  for (const [role, id] of Object.entries(auth.operations)) {
    const at = ['x-codegen-auth', 'operations', role];
    const entry = typeof id === 'string' ? byId.get(id) : undefined;
    if (!entry) {
      results.push({ message: `x-codegen-auth.operations.${role} names "${id}", which is not an operation of this document`, path: at });
      continue;
    }
    const schema = TOKEN_ROLES.includes(role) ? successSchema(doc, entry) : undefined;
    if (TOKEN_ROLES.includes(role) && schema === undefined) {
      results.push({ message: `${entry.label} (x-codegen-auth ${role}) has no JSON success response to read tokens from`, path: at });
      continue;
    }
    for (const [key, field] of schema === undefined ? [] : tokenFields) {
      if (findProperty(doc, schema, field).state !== 'found') {
        results.push({ message: `${entry.label} (x-codegen-auth ${role}): the success response has no "${field}" (x-codegen-auth.tokenFields.${key})`, path: at });
      }
    }
  }
  return results;
});
