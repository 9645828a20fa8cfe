/**
 * One flat argument object -> the parts of a request, by the operation's own parameter lists. The SDK's
 * resource methods, the CLI and the MCP server all use this, so the same inputs give the same request.
 */
import type { OperationSpec, RequestInput } from './operation.js';

export type FlatParams = Record<string, unknown> & { projectId?: string };

function pick(source: Record<string, unknown>, names: readonly string[]): Record<string, unknown> | undefined {
  let picked: Record<string, unknown> | undefined;
  for (const name of names) if (source[name] !== undefined) (picked ??= {})[name] = source[name];
  return picked;
}

/**
 * `bodyInline`: the body's fields sit beside the parameters (everything that is not a parameter is
 * body); otherwise the body is the `body` key, as when a body field's name clashes with a parameter.
 */
export function splitParams(op: OperationSpec, params: FlatParams, bodyInline: boolean): RequestInput {
  const { projectId, ...rest } = params;
  const input: RequestInput = {};
  const path = pick(rest, op.pathParams);
  const query = pick(rest, op.query);
  const headers = pick(rest, op.headers);
  if (path) input.path = path as Record<string, string | number>;
  if (query) input.query = query;
  if (headers) input.headers = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, String(v)]));
  if (op.body) {
    if (bodyInline) {
      const parameterNames = new Set([...op.pathParams, ...op.query, ...op.headers]);
      const body = Object.fromEntries(Object.entries(rest).filter(([key, value]) => !parameterNames.has(key) && value !== undefined));
      if (Object.keys(body).length || op.body.required) input.body = body;
    } else if (rest.body !== undefined) {
      input.body = rest.body;
    }
  }
  if (projectId !== undefined) input.projectId = projectId;
  return input;
}
