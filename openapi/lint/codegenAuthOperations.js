import { createRulesetFunction } from '@stoplight/spectral-core';
import { enumValues, findProperty, isObject, operations, operationsById, requestBodySchema, successSchema } from './oas.js';

/** Roles whose success response is the token response x-codegen-auth.tokenFields describes. */
const TOKEN_ROLES = ['passwordLogin', 'refresh', 'oidcToken', 'deviceToken'];

/** RFC 8628: what the device login reads from the authorization response and sends when it polls. */
const DEVICE_AUTHORIZATION_FIELDS = ['device_code', 'user_code', 'verification_uri', 'expires_in'];
const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** The device roles' own checks: the RFC 8628 fields the CLI's device login relies on. */
function checkDevice(doc, role, entry, at, results) {
  if (role === 'deviceAuthorize') {
    const schema = successSchema(doc, entry);
    for (const field of DEVICE_AUTHORIZATION_FIELDS) {
      if (schema === undefined || findProperty(doc, schema, field).state !== 'found') {
        results.push({ message: `${entry.label} (x-codegen-auth deviceAuthorize): the success response has no "${field}" (RFC 8628 section 3.2)`, path: at });
      }
    }
  }
  if (role === 'deviceToken') {
    const body = requestBodySchema(doc, entry);
    const grant = body === undefined ? undefined : findProperty(doc, body, 'grant_type');
    const grants = grant?.state === 'found' ? enumValues(doc, grant.schema) : undefined;
    if (grant?.state !== 'found' || (grants !== undefined && !grants.includes(DEVICE_CODE_GRANT))) {
      results.push({ message: `${entry.label} (x-codegen-auth deviceToken): the request body's grant_type does not take ${DEVICE_CODE_GRANT}`, path: at });
    }
    if (body === undefined || findProperty(doc, body, 'device_code').state !== 'found') {
      results.push({ message: `${entry.label} (x-codegen-auth deviceToken): the request body has no "device_code" (RFC 8628 section 3.4)`, path: at });
    }
  }
}

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
    checkDevice(doc, role, entry, at, results);
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
