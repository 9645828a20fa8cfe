/**
 * The CLI and MCP surfaces come from the data their tables are printed from, not from parsing the
 * emitted TypeScript back (loading TypeScript alone takes half a second). The emitted literal is that
 * value's JSON, so the JSON round trip here is what the module holds.
 */
import type { EmittedFile } from '../emit/types.js';

/** The JSON value `file` prints; a table without one is a generator bug, not a missing surface line. */
export function printedData(file: EmittedFile | undefined, what: string): unknown {
  if (file?.data === undefined) throw new Error(`generator/surface: no data for ${what}; the emitter must attach the value it prints`);
  return JSON.parse(JSON.stringify(file.data)) as unknown;
}
