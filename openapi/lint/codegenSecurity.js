import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject, operations } from './oas.js';

/** The roles whose operations run before the client has a token. */
const ANONYMOUS_ROLES = ['passwordLogin', 'refresh', 'oidcAuthorize', 'oidcToken', 'deviceAuthorize', 'deviceToken'];

/** `[]`, or a requirement list with an empty `{}` alternative: the call may go out without credentials. */
const allowsAnonymous = (security) =>
  Array.isArray(security) && (security.length === 0 || security.some((r) => isObject(r) && Object.keys(r).length === 0));

/**
 * The SDK attaches credentials unless an operation opts out, so auth is declared globally and only
 * the login/session-bootstrap operations named in x-codegen-auth may opt out.
 */
export default createRulesetFunction({ input: null, options: null }, function codegenSecurity(doc) {
  const results = [];
  if (!Array.isArray(doc.security) || doc.security.length === 0) {
    results.push({ message: 'the document declares no global security requirement', path: doc.security === undefined ? [] : ['security'] });
  } else if (allowsAnonymous(doc.security)) {
    results.push({ message: 'the global security requirement allows anonymous calls ({}); only login operations may opt out', path: ['security'] });
  }

  const auth = doc['x-codegen-auth'];
  if (!isObject(auth)) return results;
  const roles = isObject(auth.operations) ? auth.operations : {};
  const allowed = new Set(ANONYMOUS_ROLES.map((role) => roles[role]).filter((id) => typeof id === 'string'));
  for (const entry of operations(doc)) {
    if (allowsAnonymous(entry.op.security) && !allowed.has(entry.op.operationId)) {
      results.push({
        message: `${entry.label} opts out of authentication, but only the x-codegen-auth ${ANONYMOUS_ROLES.join('/')} operations may`,
        path: [...entry.path, 'security'],
      });
    }
  }
  return results;
});
