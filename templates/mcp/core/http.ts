/**
 * The MCP server over Streamable HTTP (the MCP spec's remote transport): one endpoint, `/mcp`, taking
 * POST (requests, answered as JSON or an SSE stream), GET (the server's own SSE stream) and DELETE (end
 * of session). Each MCP session (`Mcp-Session-Id`) has its own transport, server and API client.
 *
 * Credentials: a session opened with `Authorization: Bearer <token>` calls the API with that token (one
 * hosted server, many users); every later request of the session must carry a bearer token too, the
 * newest one wins (clients refresh theirs), and the session can never fall back to the server's own
 * credentials. A session opened without one uses the server's own. Tokens are never logged.
 *
 * DNS rebinding: a page on another site must not reach a server on the user's machine through a name that
 * resolves to it, so the Host header must name the server (loopback names when bound to loopback, else the
 * configured hosts) and a browser's Origin must be one that is allowed.
 */
import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import type { ApiClient, TokenProvider } from '../sdk.js';
import { resolveMode } from './budget.js';
import { createMcpServer, type McpServerOptions } from './server.js';

export const MCP_PATH = '/mcp';
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
/** The transport's own bound (4 MiB) applies only when it reads the body; this server reads it first. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;
/** What Streamable HTTP clients send beyond the CORS-safelisted headers. */
const CORS_REQUEST_HEADERS = 'authorization, content-type, accept, mcp-session-id, mcp-protocol-version, last-event-id';

export interface HttpServeOptions extends McpServerOptions {
  /** Default 127.0.0.1. */
  host?: string;
  /** 0: any free port (see `url`). */
  port: number;
  /** A client like `client` that calls the API with this token provider instead of the server's credentials. */
  clientFor: (tokenProvider: TokenProvider) => ApiClient;
  /** Host header names accepted besides the loopback names (or the bound address); ports are ignored. */
  allowedHosts?: readonly string[];
  /** Origins (`https://app.example`) a browser may call from, besides loopback pages of a loopback server. */
  allowedOrigins?: readonly string[];
  /** One line per session opened or closed and per refused request; never a token. */
  log?: (line: string) => void;
  /** A session with no request for this long is closed (default 30 min; 0: never). */
  sessionIdleMs?: number;
}

export interface HttpMcpServer {
  /** `http://HOST:PORT/mcp`. */
  url: string;
  /** Open MCP sessions. */
  sessions(): number;
  /** Closes the sessions idle (nothing in flight, no open stream) for at least `idleMs`; how many. */
  closeIdle(idleMs: number): Promise<number>;
  /** Ends every session and stops listening. */
  close(): Promise<void>;
}

/** The server could not listen: a port in use, an address this machine does not have, a privileged port. */
export class ListenError extends Error {
  override name = 'ListenError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface Session {
  transport: StreamableHTTPServerTransport;
  /** Set when the session was opened with a bearer token: the newest token of its requests. */
  bearer?: { token: string };
  /** Requests (an open SSE stream included) still being answered. */
  active: number;
  /** When the last request ended. */
  lastSeen: number;
}

/** A client that vanished without DELETE must not hold its session (and token) forever. */
export const DEFAULT_SESSION_IDLE_MS = 30 * 60_000;

const isLoopback = (host: string): boolean => host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
const isWildcard = (host: string): boolean => host === '0.0.0.0' || host === '::' || host === '[::]';
const bracketed = (host: string): string => (host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);

/** The hostname of a Host header or an origin, IPv6 in brackets as URL writes it; undefined if unparsable. */
function hostnameOf(value: string, scheme = 'http://'): string | undefined {
  try {
    return new URL(`${scheme}${value}`).hostname;
  } catch {
    return undefined;
  }
}

function reply(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  // The JSON-RPC error shape the MCP SDK's own transports answer with, so clients report the message.
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

class RequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

const unauthorized = (message: string) => new RequestError(401, message, { 'www-authenticate': 'Bearer' });

/** The bearer token of a request; undefined without an Authorization header; any other scheme is refused. */
function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized('Authorization must be "Bearer <API token>"');
  return match[1];
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new RequestError(413, `Request body over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new RequestError(400, 'Request body is not JSON');
  }
}

export interface RebindingOptions {
  /** The address the server is bound to. */
  host: string;
  allowedHosts?: readonly string[];
  allowedOrigins?: readonly string[];
}

/**
 * What is wrong with a request's Host and Origin, or undefined. A loopback name in Host means the client
 * itself addressed this machine: always fine. Bound to every interface, the other names clients use
 * cannot be known: without configured ones, Host is not checked. Only browsers send Origin: a page of
 * another site must not drive the server from the user's browser.
 */
export function dnsRebindingCheck(options: RebindingOptions): (headers: { host?: string; origin?: string }) => string | undefined {
  const { host } = options;
  const configuredHosts = (options.allowedHosts ?? []).map((h) => hostnameOf(h) ?? h);
  const allowedHosts = new Set([...LOOPBACK_NAMES, ...(isWildcard(host) ? [] : [bracketed(host)]), ...configuredHosts]);
  const checkHost = !isWildcard(host) || configuredHosts.length > 0;
  const allowedOrigins = new Set(options.allowedOrigins ?? []);
  return (headers) => {
    const hostname = hostnameOf(headers.host ?? '');
    if (checkHost && (hostname === undefined || !allowedHosts.has(hostname))) {
      return `Host "${headers.host ?? ''}" is not this server (DNS rebinding protection; see --allowed-hosts)`;
    }
    const { origin } = headers;
    if (origin === undefined || allowedOrigins.has(origin)) return undefined;
    const originHost = hostnameOf(origin, '');
    return originHost !== undefined && (isLoopback(originHost) || allowedHosts.has(originHost)) ? undefined : `Origin "${origin}" is not allowed (see --allowed-origins)`;
  };
}

/** Serves MCP over HTTP until `close()`; resolves once listening. */
export async function serveHttp(options: HttpServeOptions): Promise<HttpMcpServer> {
  const host = options.host ?? '127.0.0.1';
  const log = options.log ?? (() => undefined);
  // Loaded here, not at import: it brings an HTTP framework adapter that stdio serving never needs.
  const { StreamableHTTPServerTransport } = await import('@modelcontextprotocol/sdk/server/streamableHttp.js');
  const sessions = new Map<string, Session>();
  // Chosen once: every session serves the same list (and `auto` need not price it per session).
  const mode = resolveMode(options.tools, options);
  const rebindingProblem = dnsRebindingCheck({ ...options, host });

  /** A new session's transport and server, with the client its credentials call for. */
  async function openSession(token: string | undefined): Promise<Session> {
    const session: Session = {
      transport: new StreamableHTTPServerTransport({
        sessionIdGenerator: () => crypto.randomUUID(),
        onsessioninitialized: (id) => {
          sessions.set(id, session);
          log(`session ${id.slice(0, 8)} opened (${session.bearer ? 'its own bearer token' : "the server's credentials"})`);
        },
      }),
      ...(token === undefined ? {} : { bearer: { token } }),
      active: 0,
      lastSeen: Date.now(),
    };
    const bearer = session.bearer;
    const client = bearer ? options.clientFor({ getToken: async () => bearer.token }) : options.client;
    session.transport.onclose = () => {
      const id = session.transport.sessionId;
      if (id && sessions.delete(id)) log(`session ${id.slice(0, 8)} closed`);
    };
    await createMcpServer({ ...options, mode, client }).connect(session.transport);
    return session;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://server').pathname;
    if (path !== MCP_PATH) throw new RequestError(404, `Not found: the MCP endpoint is ${MCP_PATH}`);
    const problem = rebindingProblem(req.headers);
    if (problem) throw new RequestError(403, problem);
    // An Origin that passed the check may read the answers (CORS), so browser-based MCP clients work too.
    if (req.headers.origin !== undefined) {
      res.setHeader('access-control-allow-origin', req.headers.origin);
      res.setHeader('access-control-expose-headers', 'mcp-session-id, www-authenticate');
      res.setHeader('vary', 'origin');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'access-control-allow-methods': 'GET, POST, DELETE', 'access-control-allow-headers': CORS_REQUEST_HEADERS, 'access-control-max-age': '600' }).end();
        return;
      }
    }
    if (!['POST', 'GET', 'DELETE'].includes(req.method ?? '')) throw new RequestError(405, 'Method not allowed', { allow: 'GET, POST, DELETE' });
    const token = bearerToken(req);
    const id = req.headers['mcp-session-id'];
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    if (typeof id !== 'string') {
      if (req.method !== 'POST' || !isInitializeRequest(body)) throw new RequestError(400, 'Bad request: no Mcp-Session-Id; start a session with initialize');
      await answer(await openSession(token), req, res, body);
      return;
    }
    const session = sessions.get(id);
    // 404 tells the client its session is gone and it should start a new one (MCP spec).
    if (!session) throw new RequestError(404, 'Session not found');
    if (session.bearer) {
      if (token === undefined) throw unauthorized('This session was opened with a bearer token: every request must carry one');
      session.bearer.token = token;
    } else if (token !== undefined) {
      throw unauthorized('This session was opened without a token: start a new session to use one');
    }
    await answer(session, req, res, body);
  }

  /** Hands the request to the session's transport, counting it as activity until its response ends. */
  async function answer(session: Session, req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    session.active++;
    res.once('close', () => {
      session.active--;
      session.lastSeen = Date.now();
    });
    await session.transport.handleRequest(req, res, body);
  }

  async function closeIdle(idleMs: number): Promise<number> {
    const idle = [...sessions.values()].filter((s) => s.active === 0 && Date.now() - s.lastSeen >= idleMs);
    await Promise.all(idle.map((s) => s.transport.close()));
    return idle.length;
  }

  const server: HttpServer = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof RequestError) {
        if (error.status === 403 || error.status === 401) log(`refused ${req.method} ${req.url}: ${error.message}`);
        reply(res, error.status, error.message, error.headers);
      } else {
        log(`internal error on ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
        reply(res, 500, 'Internal server error');
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reasons: Record<string, string> = { EADDRINUSE: 'the port is in use', EADDRNOTAVAIL: 'this machine has no such address', EACCES: 'permission denied (ports below 1024 need privileges)' };
      reject(new ListenError(`Cannot listen on ${bracketed(host)}:${options.port}: ${reasons[error.code ?? ''] ?? error.message}`, error.code));
    });
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const idleMs = options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS;
  const sweeper = idleMs > 0 ? setInterval(() => void closeIdle(idleMs), Math.min(idleMs, 60_000)) : undefined;
  sweeper?.unref();
  return {
    url: `http://${bracketed(host)}:${port}${MCP_PATH}`,
    sessions: () => sessions.size,
    closeIdle,
    close: async () => {
      clearInterval(sweeper);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...sessions.values()].map((s) => s.transport.close()));
      server.closeAllConnections();
      await closed;
    },
  };
}
