// Copied verbatim from templates/sdk/core/transport-node.ts. DO NOT EDIT: change the template and regenerate.
/**
 * The default Transport on Node, selected by the `node` condition of the package's `imports` map
 * (`#default-transport`). undici's fetch over one shared dispatcher, so connections are kept alive across
 * calls; EnvHttpProxyAgent is a keep-alive Agent that also honours HTTP(S)_PROXY / NO_PROXY, which CLI
 * users behind proxies expect. undici is imported on first use to keep importing the SDK cheap.
 * Swapping this module (for undici.request, say) changes nothing else: the seam is `Transport`.
 */
import { fetchTransport, type Transport } from './transport.js';

let undiciFetch: Promise<typeof fetch> | undefined;

function loadUndici(): Promise<typeof fetch> {
  undiciFetch ??= import('undici').then((undici) => {
    const dispatcher = new undici.EnvHttpProxyAgent();
    // undici's own Request/Response types differ nominally from the DOM ones; they are the same at runtime.
    return ((url: never, options?: object) => undici.fetch(url, { ...options, dispatcher })) as unknown as typeof fetch;
  });
  return undiciFetch;
}

export const defaultTransport: Transport = Object.assign(
  fetchTransport(async (input, init) => (await loadUndici())(input, init)),
  { ready: async () => void (await loadUndici()) },
);
