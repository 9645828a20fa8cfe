// Copied verbatim from templates/sdk/core/build-request.ts. DO NOT EDIT: change the template and regenerate.
import { ConfigurationError } from './errors.js';
import type { OperationSpec, RequestInput } from './operation.js';

/** Appends one parameter: undefined/null are left out, arrays repeat the name, scalars are stringified. */
function appendParam(params: URLSearchParams, name: string, value: unknown, where: string): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const element of value) appendParam(params, name, element, where);
    return;
  }
  if (value instanceof Date) {
    params.append(name, value.toISOString());
    return;
  }
  if (typeof value === 'object') {
    // No contract style (deepObject, JSON) is declared for nested values, so guessing one would be wrong.
    throw new ConfigurationError(`${where} parameter "${name}" must be a scalar or an array of scalars`);
  }
  params.append(name, String(value));
}

function toParams(values: Record<string, unknown>, where: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) appendParam(params, name, value, where);
  return params;
}

/** Base URL (trailing slashes dropped) + path with encoded parameters + query string. */
export function buildUrl(baseUrl: string, op: OperationSpec, input: RequestInput): string {
  const path = op.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = input.path?.[name];
    // These would silently address a different resource: DELETE /things/ or /things/.. instead of /things/x
    // (URL parsing resolves dot segments even when percent-encoded).
    if (value === undefined || value === '' || value === '.' || value === '..') {
      throw new ConfigurationError(
        `${op.id}: path parameter "${name}" must be a non-empty id, got ${JSON.stringify(value)}`,
      );
    }
    return encodeURIComponent(String(value));
  });
  const query = toParams(input.query ?? {}, 'Query').toString();
  return `${baseUrl.replace(/\/+$/, '')}${path}${query ? `?${query}` : ''}`;
}

export interface EncodedBody {
  body: string;
  contentType: string;
}

/** Serialises the body for the operation's media type; undefined when there is nothing to send. */
export function encodeBody(op: OperationSpec, body: unknown): EncodedBody | undefined {
  if (!op.body || body === undefined) return undefined;
  if (op.body.mediaType === 'application/x-www-form-urlencoded') {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      throw new ConfigurationError(`${op.id}: a form body must be an object of fields`);
    }
    return { body: toParams(body as Record<string, unknown>, 'Form').toString(), contentType: op.body.mediaType };
  }
  return { body: JSON.stringify(body), contentType: 'application/json' };
}
