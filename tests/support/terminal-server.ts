/**
 * The platform's side of `allocations terminal`, for tests: one loopback HTTP server that mints
 * terminal tokens (POST /api/v1/allocations/{id}/terminal-token, as the contract says) and serves the
 * terminal WebSocket with the contract's protocol. The remote end is either an echo (every input byte
 * back, exit 0 at the end of the input) or a small scripted shell that behaves like one on a PTY: it echoes keys as they arrive, runs
 * `echo`, `size` (the last resize), `keys` (the bytes received so far), `exit N`, and answers Ctrl-C
 * with `^C` and a new prompt. Everything received is recorded for the test to check.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export type RemoteMode = 'echo' | 'shell';

export interface TerminalServer {
  /** The API base URL (also serves the WebSocket). */
  url: string;
  /** Every token minted, and the requests that minted them. */
  minted: { token: string; authorization?: string; project?: string; path: string }[];
  /** Per WebSocket connection: the URL it opened, its first message, and what came after. */
  sessions: Session[];
  close(): Promise<void>;
}

export interface Session {
  url: string;
  first?: string;
  input: Buffer[];
  control: Record<string, unknown>[];
}

export interface TerminalServerOptions {
  mode?: RemoteMode;
  /** Close the socket with this code right after the token (e.g. 4401), instead of a session. */
  refuse?: number;
  /** The WebSocket URL scheme and host the token response names (default: this server, ws://127.0.0.1). */
  websocketBase?: string;
}

const PROMPT = '$ ';

function shell(ws: WebSocket, session: Session): (bytes: Buffer) => void {
  let line = '';
  const out = (text: string) => ws.send(Buffer.from(text), { binary: true });
  out(`remote shell ready\r\n${PROMPT}`);
  const run = (command: string) => {
    const [name, ...rest] = command.trim().split(/\s+/);
    if (name === 'echo') out(`${rest.join(' ')}\r\n`);
    else if (name === 'size') {
      const resize = session.control.filter((c) => c.type === 'resize').at(-1);
      out(`${String(resize?.cols)}x${String(resize?.rows)}\r\n`);
    } else if (name === 'keys') out(`${JSON.stringify(Buffer.concat(session.input).toString('latin1'))}\r\n`);
    else if (name === 'exit') {
      ws.send(JSON.stringify({ type: 'exit', code: Number(rest[0] ?? 0) }));
      ws.close(1000);
      return;
    } else if (name) out(`${name}: command not found\r\n`);
    out(PROMPT);
  };
  return (bytes) => {
    for (const byte of bytes) {
      if (byte === 0x03) {
        line = '';
        out(`^C\r\n${PROMPT}`);
      } else if (byte === 0x0d || byte === 0x0a) {
        out('\r\n');
        const command = line;
        line = '';
        run(command);
      } else if (byte === 0x7f) {
        if (line) {
          line = line.slice(0, -1);
          out('\b \b');
        }
      } else {
        line += String.fromCharCode(byte);
        out(String.fromCharCode(byte));
      }
    }
  };
}

export async function startTerminalServer(options: TerminalServerOptions = {}): Promise<TerminalServer> {
  const minted: TerminalServer['minted'] = [];
  const sessions: Session[] = [];
  const valid = new Set<string>();
  let base = '';
  const server = createServer((request: IncomingMessage, response) => {
    const match = /^\/api\/v1\/allocations\/([^/]+)\/terminal-token$/.exec(request.url ?? '');
    if (request.method !== 'POST' || !match) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ code: 'not_found', message: 'No such route', correlation_id: 'corr_test' }));
      return;
    }
    const token = `ttk_${randomBytes(12).toString('hex')}`;
    valid.add(token);
    minted.push({
      token,
      path: request.url ?? '',
      ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
      ...(typeof request.headers['x-project-id'] === 'string' ? { project: request.headers['x-project-id'] } : {}),
    });
    response.writeHead(201, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        token,
        websocket_url: `${options.websocketBase ?? base.replace(/^http/, 'ws')}/v1/allocations/${match[1]}/terminal`,
        expires_at: new Date(Date.now() + 300_000).toISOString(),
      }),
    );
  });
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws, request) => {
    const session: Session = { url: request.url ?? '', input: [], control: [] };
    sessions.push(session);
    let remote: ((bytes: Buffer) => void) | undefined;
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (session.first === undefined) {
        session.first = data.toString('utf8');
        // Single use, as the contract says.
        if (options.refuse || !valid.delete(session.first)) return ws.close(options.refuse ?? 4401, 'token refused');
        remote = options.mode === 'echo' ? (bytes) => ws.send(bytes, { binary: true }) : shell(ws, session);
        return;
      }
      if (isBinary) {
        session.input.push(data);
        remote?.(data);
        return;
      }
      const control = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
      session.control.push(control);
      // The echo ends with the input: its exit status is 0.
      if (control.type === 'eof' && options.mode === 'echo') {
        ws.send(JSON.stringify({ type: 'exit', code: 0 }));
        ws.close(1000);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    minted,
    sessions,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
