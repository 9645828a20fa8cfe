// Copied verbatim from templates/cli/core/secret-names.ts. DO NOT EDIT: change the template and regenerate.
/** Which names hold secrets: what --debug redacts and a printed repeat command leaves out. */

/** Headers that carry credentials by definition; others are caught by SECRET_NAME. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);
/** Field, query and header names that hold secrets: access_token, refreshToken, client_secret, x-api-key… */
export const SECRET_NAME = /(token|password|passwd|secret|api[-_]?key)$/i;

/** A header whose value is a credential (Authorization, Cookie, X-API-Key, …). */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(name.toLowerCase()) || SECRET_NAME.test(name);
}
