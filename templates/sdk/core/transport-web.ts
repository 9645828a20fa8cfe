/**
 * The default Transport wherever the runtime has a global fetch (browsers, Deno, Bun, edge workers): no
 * Node module, so bundlers targeting those runtimes include nothing else. Selected by the package's
 * `imports` map (`#default-transport`) for every condition but `node`.
 */
import { fetchTransport, type Transport } from './transport.js';

// Looked up per call, not at import, so a fetch installed or patched later (polyfills, test doubles) is used.
export const defaultTransport: Transport = fetchTransport((input, init) => globalThis.fetch(input, init));
