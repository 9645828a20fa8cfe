import { createRulesetFunction } from '@stoplight/spectral-core';
import { isObject, operations, propertyNames, successSchema } from './oas.js';

/** Result fields that usually hold a secret granting access. */
const CREDENTIAL_FIELD = /^(token|secret|password|api_key|private_key)$|_(token|secret|password)$/;

/**
 * An MCP tool whose result is a live credential must say so (x-codegen-mcp.liveCredential), because
 * the tool's description warns the agent and read-only mode leaves it out. A result with a
 * credential-looking field must state it either way: silence could hand a read-only agent a token.
 */
export default createRulesetFunction({ input: null, options: null }, function codegenMcpCredentials(doc) {
  const results = [];
  for (const entry of operations(doc)) {
    const mcp = isObject(entry.op['x-codegen-mcp']) ? entry.op['x-codegen-mcp'] : {};
    if (typeof mcp.exclude === 'string' || typeof mcp.liveCredential === 'boolean') continue;
    const schema = successSchema(doc, entry);
    if (schema === undefined) continue;
    const pagination = entry.op['x-codegen-pagination'];
    const cursor = isObject(pagination) ? pagination.nextCursorField : undefined;
    const fields = [...propertyNames(doc, schema)].filter((name) => name !== cursor && CREDENTIAL_FIELD.test(name));
    if (fields.length) {
      results.push({
        message: `${entry.label} returns ${fields.map((f) => `"${f}"`).join(', ')}: set x-codegen-mcp.liveCredential (true if it grants access, else false) or exclude the tool`,
        path: entry.path,
      });
    }
  }
  return results;
});
