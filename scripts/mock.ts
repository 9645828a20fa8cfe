/**
 * Contract mocks: Prism serving the examples of openapi/gpuaas.yaml and openapi/keycloak.yaml.
 *
 *   npm run mock                                   # tsx scripts/mock.ts -> :4010 and :4011
 *   MOCK_PORT=4599 MOCK_KEYCLOAK_PORT=4598 npm run mock
 *
 * Prism's own log lines are prefixed with [gpuaas] / [keycloak]. Once both mocks answer, one
 * "<name> contract mock: <url>" line is printed for each. Ctrl-C (SIGINT) or SIGTERM stops both.
 * Exits non-zero with a message if either Prism process dies or does not come up.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PRISM = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'prism.cmd' : 'prism');
const HOST = '127.0.0.1';
const STARTUP_TIMEOUT_MS = 60_000;
const SHUTDOWN_GRACE_MS = 5_000;

interface Mock {
  name: string;
  spec: string;
  port: number;
  child?: ChildProcess;
}

let stopping = false;

const mocks: Mock[] = [
  { name: 'gpuaas', spec: 'openapi/gpuaas.yaml', port: portFromEnv('MOCK_PORT', 4010) },
  { name: 'keycloak', spec: 'openapi/keycloak.yaml', port: portFromEnv('MOCK_KEYCLOAK_PORT', 4011) },
];

function portFromEnv(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`mock: ${variable}=${raw} is not a TCP port (1-65535).`);
    process.exit(2);
  }
  return port;
}

function urlOf(mock: Mock): string {
  return `http://${HOST}:${mock.port}`;
}

function isRunning(mock: Mock): boolean {
  return mock.child !== undefined && mock.child.exitCode === null && mock.child.signalCode === null;
}

function start(mock: Mock): void {
  const child = spawn(PRISM, ['mock', mock.spec, '-h', HOST, '-p', String(mock.port)], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  createInterface({ input: child.stdout }).on('line', (line) => console.log(`[${mock.name}] ${line}`));
  createInterface({ input: child.stderr }).on('line', (line) => console.error(`[${mock.name}] ${line}`));
  child.on('error', (error) => fail(`${mock.name} contract mock: cannot run ${PRISM}: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (!stopping) {
      fail(
        `${mock.name} contract mock (prism) exited unexpectedly (${signal ?? `exit code ${code}`}); see the [${mock.name}] lines above.`,
      );
    }
    if (!mocks.some(isRunning)) process.exit(0);
  });
  mock.child = child;
}

/** Resolves once anything answers HTTP on the mock's port (Prism answers unknown paths with 404). */
async function waitUntilUp(mock: Mock): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (!stopping && Date.now() < deadline) {
    try {
      await fetch(urlOf(mock), { signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await sleep(250);
    }
  }
  if (!stopping) fail(`${mock.name} contract mock did not answer on ${urlOf(mock)} within ${STARTUP_TIMEOUT_MS / 1000}s.`);
}

function stop(signal: NodeJS.Signals): void {
  stopping = true;
  for (const mock of mocks) if (isRunning(mock)) mock.child?.kill(signal);
  setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS).unref();
}

function fail(message: string): never {
  console.error(`mock: ${message}`);
  stop('SIGTERM');
  process.exit(1);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stop(signal);
    if (!mocks.some(isRunning)) process.exit(0);
  });
}

for (const mock of mocks) start(mock);
await Promise.all(mocks.map(waitUntilUp));
if (!stopping) for (const mock of mocks) console.log(`${mock.name} contract mock: ${urlOf(mock)}`);
