/**
 * The contract mock: Prism (from the devDependency) on a free loopback port behind the recording proxy
 * that ends paginated lists (proxy.ts, pages.ts). `npm run mock` and the tests start it the same way;
 * CI has no services running, so tests bring their own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { devicePollPreference, devicePollRoute } from './device.js';
import { lastPagePreference, pagedRoutes } from './pages.js';
import { startProxy, type ProxyOptions, type RecordedRequest } from './proxy.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
const PRISM = path.join(ROOT, 'node_modules/@stoplight/prism-cli/dist/index.js');

/** Prism answers within seconds when idle; on a loaded CI machine it may take much longer to start. */
const STARTUP_TIMEOUT_MS = 180_000;
/** What of Prism's output a start-up failure shows. */
const LOG_TAIL = 16_384;

export interface MockServer {
  url: string;
  /** Settles when the server process ends, with how it ended. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, output: () => string, timeoutMs = STARTUP_TIMEOUT_MS): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`prism exited with ${child.exitCode}:\n${output()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`prism did not start within ${timeoutMs / 1000} s:\n${output()}`);
}

export interface PrismOptions {
  /** 0 or absent: a free port. */
  port?: number;
  /** Each line Prism prints (its request log), for a user watching the mock. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** How long Prism may take to come up (default 180 s; a 10 MB contract takes minutes on a loaded machine). */
  startupTimeoutMs?: number;
}

/** Prism alone: the mock's back end. */
export async function startPrism(spec: string, options: PrismOptions = {}): Promise<MockServer> {
  const port = options.port || (await freePort());
  const child = spawn(
    process.execPath,
    [PRISM, 'mock', path.resolve(ROOT, spec), '-h', '127.0.0.1', '-p', String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_NO_WARNINGS: '1' },
    },
  );
  let log = '';
  for (const stream of ['stdout', 'stderr'] as const) {
    createInterface({ input: child[stream] }).on('line', (line) => {
      log = `${log}${line}\n`.slice(-LOG_TAIL);
      options.onLine?.(line, stream);
    });
  }
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ?? `exit code ${code}`));
    child.once('error', (error) => resolve(error.message));
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntilUp(url, child, () => log, options.startupTimeoutMs);
  } catch (err) {
    child.kill('SIGKILL');
    throw err;
  }
  return {
    url,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export interface Mock extends MockServer {
  /** Every request the mock received, in order. */
  requests: RecordedRequest[];
}

export interface MockOptions extends PrismOptions {
  host?: string;
  record?: boolean;
  /** A `Prefer` rule applied before the one that ends lists (see proxy.ts). */
  prefer?: ProxyOptions['prefer'];
}

/**
 * Prism for `spec` behind the proxy that records requests, ends paginated lists and plays a device
 * login's waiting (device.ts); `port` is the proxy's.
 */
export async function startMock(spec: string, options: MockOptions = {}): Promise<Mock> {
  const routes = await pagedRoutes(spec, ROOT);
  const device = await devicePollRoute(spec, ROOT);
  const devicePolls = device ? devicePollPreference(device) : () => undefined;
  const prism = await startPrism(spec, { onLine: options.onLine, ...(options.startupTimeoutMs ? { startupTimeoutMs: options.startupTimeoutMs } : {}) });
  try {
    const proxy = await startProxy(prism.url, {
      host: options.host,
      port: options.port,
      record: options.record,
      prefer: (request) =>
        options.prefer?.(request) ?? devicePolls(request) ?? lastPagePreference(routes, request.method, request.url),
    });
    return {
      url: proxy.url,
      requests: proxy.requests,
      exited: prism.exited,
      stop: async () => void (await Promise.all([proxy.close(), prism.stop()])),
    };
  } catch (error) {
    await prism.stop();
    throw error;
  }
}
