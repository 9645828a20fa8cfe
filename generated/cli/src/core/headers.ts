// Copied verbatim from templates/cli/core/headers.ts. DO NOT EDIT: change the template and regenerate.
import { CliConfigError, UsageError } from './errors.js';

/** RFC 9110 token characters: anything else cannot be a header name. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * Repeatable `-H 'Name: value'` into a header record. A name given twice (in any case) keeps its first
 * spelling and joins the values with `, `, which is what HTTP means by a repeated header.
 */
export function parseHeaders(values: readonly string[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  const spelling = new Map<string, string>();
  for (const raw of values ?? []) {
    const colon = raw.indexOf(':');
    const name = colon < 0 ? '' : raw.slice(0, colon).trim();
    const value = colon < 0 ? '' : raw.slice(colon + 1).trim();
    if (!HEADER_NAME.test(name)) {
      throw new UsageError(`invalid header "${raw}" for -H: expected 'Name: value'`);
    }
    // A CR or LF would let a value smuggle in another header; the value is not echoed (it may be a credential).
    if (/[\r\n\0]/.test(value)) throw new CliConfigError(`invalid header "${name}" for -H: the value contains a line break (value not shown)`);
    const key = spelling.get(name.toLowerCase()) ?? name;
    spelling.set(name.toLowerCase(), key);
    headers[key] = key in headers ? `${headers[key]}, ${value}` : value;
  }
  return headers;
}
