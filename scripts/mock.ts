/**
 * Contract mocks a user can work against: Prism serving the examples of openapi/gpuaas.yaml and
 * openapi/keycloak.yaml, each behind the proxy that ends paginated lists (scripts/mock/, the same code
 * the tests start).
 *
 *   npm run mock                                   # -> http://127.0.0.1:4010 and :4011
 *   MOCK_PORT=4599 MOCK_KEYCLOAK_PORT=4598 npm run mock
 *
 * Prism's own log lines are prefixed with [gpuaas] / [keycloak]. Once both mocks answer, one
 * "<name> contract mock: <url>" line is printed for each. Ctrl-C (SIGINT) or SIGTERM stops both.
 * Exits non-zero with a message if either Prism process dies or does not come up; exit 2 for a bad port.
 */
import { startMock, type Mock } from './mock/prism.js';

const HOST = '127.0.0.1';

const mocks = [
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

const running: Mock[] = [];
let stopping = false;

async function stop(code: number): Promise<never> {
  stopping = true;
  await Promise.all(running.map((m) => m.stop()));
  process.exit(code);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void (stopping || stop(0)));

let started: Mock[] = [];
try {
  started = await Promise.all(
    mocks.map(async ({ name, spec, port }) => {
      const mock = await startMock(spec, {
        host: HOST,
        port,
        record: false,
        onLine: (line, stream) => (stream === 'stdout' ? console.log : console.error)(`[${name}] ${line}`),
      });
      running.push(mock);
      void mock.exited.then((how) => {
        if (stopping) return;
        console.error(
          `mock: ${name} contract mock (prism) exited unexpectedly (${how}); see the [${name}] lines above.`,
        );
        void stop(1);
      });
      return mock;
    }),
  );
} catch (error) {
  const message =
    (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
      ? `port in use (${(error as Error).message}); set MOCK_PORT / MOCK_KEYCLOAK_PORT`
      : (error as Error).message;
  console.error(`mock: ${message}`);
  await stop(1);
}
if (!stopping) started.forEach((mock, i) => console.log(`${mocks[i]!.name} contract mock: ${mock.url}`));
