/**
 * The local end of an interactive terminal over a WebSocket (the terminal protocol of the contract's
 * terminal-token operation): the token as the first message, then input bytes as binary frames and
 * control messages (`resize`, `eof`) as JSON text frames; output bytes back as binary frames, the
 * remote exit status as `{"type":"exit","code":N}`. The local terminal is put in raw mode (every key,
 * Ctrl-C included, goes to the remote side) and always restored: on exit, on error, on a signal, on the
 * `Enter ~ .` escape (ssh's), which disconnects.
 */
import WebSocket from 'ws';
import { CliError, ExitCode } from '../core/index.js';

export interface TerminalIO {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?(mode: boolean): unknown };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: NodeJS.WritableStream;
  /** Aborted on Ctrl-C when the input is not a terminal (in raw mode Ctrl-C is a key for the remote side). */
  signal?: AbortSignal;
}

/** What the close codes of the protocol mean for the exit code, when no exit status came first. */
const CLOSE_CODES: Readonly<Record<number, { code: number; message: string }>> = {
  4401: { code: ExitCode.auth, message: 'the terminal token was refused (invalid, expired or already used)' },
  4403: { code: ExitCode.permission, message: 'not allowed to open this terminal' },
  4404: { code: ExitCode.notFound, message: 'the terminal is gone' },
  4409: { code: ExitCode.conflict, message: 'the terminal is not available (is the allocation active?)' },
  1011: { code: ExitCode.server, message: 'the terminal server failed' },
};

const HTTP_STATUS: Readonly<Record<number, number>> = {
  401: ExitCode.auth,
  403: ExitCode.permission,
  404: ExitCode.notFound,
  409: ExitCode.conflict,
};

/**
 * Input as it goes out, less the `~.` escape: `~` right after Enter (or at the start) is held; `.` then
 * disconnects, `~` sends one `~`, anything else sends both.
 */
function escapeFilter(): (chunk: Buffer) => { bytes: Buffer; disconnect: boolean } {
  let lineStart = true;
  let pending = false;
  return (chunk) => {
    const out: number[] = [];
    for (const byte of chunk) {
      if (pending) {
        pending = false;
        if (byte === 0x2e /* . */) return { bytes: Buffer.from(out), disconnect: true };
        if (byte !== 0x7e) out.push(0x7e);
      } else if (lineStart && byte === 0x7e /* ~ */) {
        pending = true;
        lineStart = false;
        continue;
      }
      out.push(byte);
      lineStart = byte === 0x0d || byte === 0x0a;
    }
    return { bytes: Buffer.from(out), disconnect: false };
  };
}

/** Connects, runs the session, and resolves with the exit code: the remote status, or why it ended. */
export function attachTerminal(url: string, token: string, io: TerminalIO): Promise<number> {
  const { stdin, stdout, stderr } = io;
  const raw = Boolean(stdin.isTTY && stdin.setRawMode);
  const ws = new WebSocket(url, { handshakeTimeout: 30_000, perMessageDeflate: false });
  let exitStatus: number | undefined;
  let ended: { code: number; message?: string } | undefined;
  let restored = false;

  const size = () => ({ type: 'resize', cols: stdout.columns ?? 80, rows: stdout.rows ?? 24 });
  const send = (data: Buffer | string) => {
    if (ws.readyState === WebSocket.OPEN) ws.send(data, { binary: typeof data !== 'string' });
  };
  const filter = escapeFilter();
  const onData = (chunk: Buffer | string) => {
    const { bytes, disconnect } = filter(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    if (bytes.length) send(bytes);
    if (disconnect) {
      ended = { code: ExitCode.interrupted, message: 'disconnected (~.)' };
      ws.close(1000);
    }
  };
  const onEnd = () => send(JSON.stringify({ type: 'eof' }));
  const onResize = () => send(JSON.stringify(size()));
  const onSignal = (signal: NodeJS.Signals) => {
    ended = { code: 128 + (signal === 'SIGHUP' ? 1 : 15), message: `${signal}: disconnected` };
    ws.terminate();
  };
  const onAbort = () => {
    ended = { code: ExitCode.interrupted, message: 'interrupted' };
    ws.close(1000);
  };

  // Everything the session changed, undone once: raw mode off, listeners gone, input released.
  const restore = () => {
    if (restored) return;
    restored = true;
    if (raw) stdin.setRawMode!(false);
    stdin.off('data', onData);
    stdin.off('end', onEnd);
    stdin.pause();
    stdout.off('resize', onResize);
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
    io.signal?.removeEventListener('abort', onAbort);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);
  io.signal?.addEventListener('abort', onAbort, { once: true });

  return new Promise<number>((resolve, reject) => {
    const fail = (error: CliError) => {
      restore();
      reject(error);
    };
    ws.once('unexpected-response', (_request, response) => {
      const status = response.statusCode ?? 0;
      response.resume();
      ws.terminate();
      fail(
        new CliError(
          `the terminal server answered HTTP ${status} instead of opening the WebSocket`,
          HTTP_STATUS[status] ?? (status >= 500 ? ExitCode.server : ExitCode.network),
        ),
      );
    });
    ws.once('error', (error) => {
      if (!restored) fail(new CliError(`cannot reach the terminal: ${error.message}`, ExitCode.network));
    });
    ws.once('open', () => {
      // The token first, never in the URL; then the window size; then the keys.
      ws.send(token);
      send(JSON.stringify(size()));
      if (raw) stdin.setRawMode!(true);
      stdin.on('data', onData);
      stdin.on('end', onEnd);
      stdin.resume();
      stdout.on('resize', onResize);
    });
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (isBinary) {
        stdout.write(data);
        return;
      }
      let message: { type?: unknown; code?: unknown; message?: unknown };
      try {
        message = JSON.parse(data.toString('utf8'));
      } catch {
        return; // Not a control message of this protocol version.
      }
      if (message.type === 'exit' && Number.isInteger(message.code)) exitStatus = Number(message.code) & 0xff;
      if (message.type === 'error' && typeof message.message === 'string')
        ended = { code: ExitCode.server, message: `terminal error: ${message.message}` };
    });
    ws.once('close', (code: number, reason: Buffer) => {
      restore();
      if (exitStatus !== undefined) return resolve(exitStatus);
      const known = ended ?? CLOSE_CODES[code];
      if (known?.code === ExitCode.interrupted) {
        stderr.write(`${raw ? '\r\n' : ''}${known.message}\n`);
        return resolve(known.code);
      }
      const why = reason.length ? `: ${reason.toString('utf8')}` : '';
      reject(
        new CliError(
          known?.message
            ? `${known.message}${why}`
            : `the terminal connection closed (code ${code}${why}) without an exit status`,
          known?.code ?? ExitCode.network,
        ),
      );
    });
  });
}
