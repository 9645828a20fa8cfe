// Copied verbatim from templates/sdk/core/transport-node.ts. DO NOT EDIT: change the template and regenerate.
/**
 * The default Transport on Node, selected by the `node` condition of the package's `imports` map
 * (`#default-transport`): undici's `request` (no fetch layer: no Request/Response objects, no body
 * clone) over one shared keep-alive dispatcher. With HTTP(S)_PROXY set that is EnvHttpProxyAgent, which
 * honours the proxy and NO_PROXY as CLI users behind proxies expect; otherwise a plain Agent, which does not
 * read the environment on every request. undici is imported on first use, and only the modules a request
 * needs, to keep importing the SDK cheap.
 */
// Referenced, not left to the tsconfig: a build that compiles only what the SDK imports still sees these types.
/// <reference path="./undici.d.ts" />
import type { Dispatcher } from 'undici';
import { tooLarge, type CancelSignal, type HttpRequest, type Transport, type TransportResponse } from './transport.js';

interface Undici {
  dispatcher: Dispatcher;
  request: (this: Dispatcher, options: Dispatcher.RequestOptions) => Promise<Dispatcher.ResponseData>;
}

let loading: Promise<Undici> | undefined;
/** Set once loaded, so a call does not wait on a settled promise. */
let loaded: Undici | undefined;

const PROXY_VARIABLES = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy'];

function loadUndici(): Promise<Undici> {
  const proxied = PROXY_VARIABLES.some((name) => process.env[name]);
  loading ??= Promise.all([
    proxied ? import('undici/lib/dispatcher/env-http-proxy-agent.js') : import('undici/lib/dispatcher/agent.js'),
    import('undici/lib/api/api-request.js'),
  ]).then(([agent, request]) => (loaded = { dispatcher: new agent.default(), request: request.default }));
  return loading;
}

/**
 * undici's request sends a FormData as the text "[object FormData]": it is encoded here, with its
 * boundary in the content type, the way fetch would encode it.
 */
async function encodeForm(form: FormData, headers: string[]): Promise<Uint8Array> {
  const encoded = new Response(form);
  headers.push('content-type', encoded.headers.get('content-type')!);
  return new Uint8Array(await encoded.arrayBuffer());
}

/** undici takes text and bytes as they are; a Blob is read into bytes (its length known), a form encoded. */
async function encodeBody(body: Blob | FormData, headers: string[]): Promise<Uint8Array> {
  if (body instanceof FormData) return encodeForm(body, headers);
  return new Uint8Array(await body.arrayBuffer());
}

/** The body read to the end, failing as soon as it passes `max` bytes. */
function readBody(body: Dispatcher.ResponseData['body'], max: number | undefined): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    body.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (max !== undefined && size > max) {
        body.destroy();
        reject(tooLarge(max));
      } else chunks.push(chunk);
    });
    body.on('end', () => resolve(chunks.length === 1 ? chunks[0]!.toString() : Buffer.concat(chunks).toString()));
    body.on('error', reject);
  });
}

type RawHeaders = Dispatcher.ResponseData['headers'];

/** undici's parsed headers (lower-case names), made into a Headers only when something asks for all of them. */
class UndiciResponse implements TransportResponse {
  readonly #raw: RawHeaders;
  #headers: Headers | undefined;

  constructor(
    readonly status: number,
    readonly statusText: string,
    raw: RawHeaders,
    readonly text: string,
  ) {
    this.#raw = raw;
  }

  get headers(): Headers {
    if (this.#headers) return this.#headers;
    const headers = new Headers();
    for (const name in this.#raw) {
      const value = this.#raw[name];
      if (typeof value === 'string') headers.append(name, value);
      else if (value) for (const each of value) headers.append(name, each);
    }
    return (this.#headers = headers);
  }

  header(name: string): string | null {
    const value = this.#raw[name];
    return value === undefined ? null : typeof value === 'string' ? value : value.join(', ');
  }
}

/** Path and query characters URL parsing leaves as they are (no blanks, quotes, brackets, backslashes, fragment). */
const PLAIN_TARGET = /^\/[\w\-.~!$&()*+,;=:@/%?]*$/;
/** A dot segment, which URL parsing resolves (`.` or `..`, percent-encoded too). */
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?:[/?]|$)/i;
/** The origin of a URL parsed before whose text began with it, so that it is already in URL's own form. */
let knownOrigin: string | undefined;

/**
 * undici's origin and path of a URL: split as text when it starts with a known origin and its path and
 * query are ones URL parsing would not change, else parsed (a URL per call costs more than the rest of it).
 */
function target(url: string): { origin: string; path: string } {
  if (knownOrigin !== undefined && url.startsWith(knownOrigin) && url.charCodeAt(knownOrigin.length) === 47) {
    const path = url.slice(knownOrigin.length);
    if (PLAIN_TARGET.test(path) && !DOT_SEGMENT.test(path)) return { origin: knownOrigin, path };
  }
  const parsed = new URL(url);
  if (url.startsWith(`${parsed.origin}/`)) knownOrigin = parsed.origin;
  return { origin: parsed.origin, path: parsed.pathname + parsed.search };
}

async function send(request: HttpRequest, signal: CancelSignal): Promise<TransportResponse> {
  const { dispatcher, request: undiciRequest } = loaded ?? (await loadUndici());
  const { origin, path } = target(request.url);
  let headers = request.headers as string[];
  let body: string | Uint8Array | null = null;
  if (typeof request.body === 'string') body = request.body;
  else if (request.body !== undefined) {
    headers = [...headers];
    body = await encodeBody(request.body, headers);
  }
  const response = await undiciRequest.call(dispatcher, {
    origin,
    path,
    method: request.method as Dispatcher.HttpMethod,
    headers,
    body,
    signal: signal as Dispatcher.RequestOptions['signal'],
    // send() holds each attempt to its own timeout, the body included; undici's idle timers would only differ.
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  const max = request.maxResponseBytes;
  const length = response.headers['content-length'];
  if (max !== undefined && Number(length) > max) {
    response.body.destroy();
    throw tooLarge(max);
  }
  // A declared length within the cap is read whole (undici checks the length); otherwise chunk by chunk, counting.
  const text = length !== undefined ? await response.body.text() : await readBody(response.body, max);
  return new UndiciResponse(response.statusCode, response.statusText, response.headers, text);
}

export const defaultTransport: Transport = Object.assign(send, {
  ready: () => (loaded ? undefined : loadUndici().then(() => undefined)),
});
