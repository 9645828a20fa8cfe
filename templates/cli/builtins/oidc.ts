/**
 * The pieces of an OAuth 2.0 authorization-code login with PKCE (RFC 7636) on a native client
 * (RFC 8252): the verifier/challenge pair, the authorize URL, and the one-shot loopback server that
 * receives the redirect.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { CliError, ExitCode } from '../core/index.js';
import type { OperationSpec } from '../sdk.js';

const base64url = (bytes: Buffer): string => bytes.toString('base64url');

/** 32 random bytes give the 43-character verifier; the challenge is its SHA-256, base64url without padding (S256). */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = base64url(randomBytes(32));
  return { verifier, challenge: base64url(createHash('sha256').update(verifier).digest()) };
}

export const newState = (): string => base64url(randomBytes(16));

/** The operation's URL with these query parameters: where the browser goes, never fetched by the CLI. */
export function authorizeUrl(baseUrl: string, op: OperationSpec, query: Readonly<Record<string, unknown>>): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + op.path);
  for (const name of op.query) {
    const value = query[name];
    if (value !== undefined && value !== null) url.searchParams.set(name, String(value));
  }
  return url.toString();
}

export interface Callback {
  /** `http://127.0.0.1:<port>/callback` */
  redirectUri: string;
  /** The authorization code, once the browser has come back with the right state. */
  code: Promise<string>;
  close(): void;
}

const PAGE = (title: string, text: string) =>
  `<!doctype html><meta charset="utf-8"><title>${title}</title><body style="font-family:sans-serif;margin:3em"><h1>${title}</h1><p>${text}</p></body>`;

function reply(response: ServerResponse, status: number, title: string, text: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(PAGE(title, text));
}

/**
 * Listens on 127.0.0.1 (a random free port) for the one redirect to /callback. A wrong or missing
 * state fails the login (CSRF: that redirect did not come from this login); so does an `error`
 * parameter from the provider. Anything else on the port gets a 404 and is ignored.
 */
export async function listenForCallback(options: {
  state: string;
  timeoutMs: number;
  signal?: AbortSignal;
}): Promise<Callback> {
  let settle!: { resolve: (code: string) => void; reject: (error: Error) => void };
  const code = new Promise<string>((resolve, reject) => (settle = { resolve, reject }));
  code.catch(() => undefined);
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/callback')
      return reply(response, 404, 'Not found', 'This server only receives the login redirect.');
    const params = url.searchParams;
    const error = params.get('error');
    if (params.get('state') !== options.state) {
      reply(
        response,
        400,
        'Login failed',
        'The login response does not belong to this login attempt. Start the login again.',
      );
      settle.reject(
        new CliError(
          'the login redirect carried the wrong state (possible CSRF); start the login again',
          ExitCode.auth,
        ),
      );
    } else if (error) {
      const description = params.get('error_description');
      reply(response, 400, 'Login failed', `The identity provider said: ${error}. You can close this window.`);
      settle.reject(
        new CliError(
          `the identity provider refused the login: ${error}${description ? ` (${description})` : ''}`,
          ExitCode.auth,
        ),
      );
    } else if (!params.get('code')) {
      reply(response, 400, 'Login failed', 'The login response has no authorization code.');
      settle.reject(new CliError('the login redirect carried no authorization code', ExitCode.auth));
    } else {
      reply(response, 200, 'Logged in', 'You can close this window and return to the terminal.');
      settle.resolve(params.get('code')!);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const timer = setTimeout(
    () => settle.reject(new CliError(`no login within ${Math.round(options.timeoutMs / 1000)} s`, ExitCode.auth)),
    options.timeoutMs,
  );
  const onAbort = () => settle.reject(new CliError('login interrupted', ExitCode.interrupted));
  options.signal?.addEventListener('abort', onAbort, { once: true });
  const close = () => {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    server.closeAllConnections();
    server.close();
  };
  code.then(close, close);
  return { redirectUri: `http://127.0.0.1:${port}/callback`, code, close };
}
