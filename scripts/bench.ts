/**
 * `npm run bench`: speed measured side by side in one run, reported as ratios (never asserted in tests).
 * - generation: our whole pipeline (`generate --check`: load, validate, IR, hey-api models, every target,
 *   prettier, surfaces) against @hey-api/openapi-ts alone (types + sdk + fetch client) on the same
 *   contract, with the content cache cold and warm;
 * - CLI cold start: the built `gpuaas` against `node -e 0`, without NODE_EXTRA_CA_CERTS (it adds ~60 ms);
 * - SDK overhead: sequential GETs through the SDK against plain fetch, on a local server;
 * - Python SDK overhead against raw httpx (scripts/bench/python.ts).
 * Runs are interleaved so machine noise hits both sides alike; medians are reported.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const CACHE = path.join(ROOT, 'node_modules/.cache/codegen');
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** Interleave the contenders `rounds` times; return each one's median in ms. */
function compare(rounds: number, contenders: Record<string, () => void>): Record<string, number> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(contenders).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++) for (const [name, run] of Object.entries(contenders)) samples[name]!.push(time(run));
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, median(v)]));
}

function report(title: string, results: Record<string, number>, baseline: string): void {
  console.log(`\n${title}`);
  for (const [name, ms] of Object.entries(results)) {
    console.log(`  ${name.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms   ×${(ms / results[baseline]!).toFixed(2)} of ${baseline}`);
  }
}

function benchGeneration(): void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-heyapi-'));
  const heyApiScript = path.join(scratch, 'hey-api.mjs');
  writeFileSync(
    heyApiScript,
    `import { createClient } from ${JSON.stringify(path.join(ROOT, 'node_modules/@hey-api/openapi-ts/dist/index.mjs'))};
await createClient({ input: ${JSON.stringify(path.join(ROOT, 'openapi/gpuaas.yaml'))}, output: { path: ${JSON.stringify(path.join(scratch, 'out'))} },
  plugins: ['@hey-api/typescript', '@hey-api/sdk', '@hey-api/client-fetch'], logs: { level: 'silent' } });`,
  );
  const generate = () => execFileSync(process.execPath, ['--import', TSX, 'generator/cli.ts', '--check', '--no-build'], { env, cwd: ROOT, stdio: 'ignore' });
  const results = compare(5, {
    'hey-api alone (types + sdk + client)': () => execFileSync(process.execPath, [heyApiScript], { env, cwd: ROOT }),
    'generate --check, all targets, cold cache': () => {
      rmSync(CACHE, { recursive: true, force: true });
      generate();
    },
    // The usual maintainer run: the contract or a template changed a little since the last one.
    'generate --check, all targets, warm cache': generate,
  });
  rmSync(scratch, { recursive: true, force: true });
  report('Generation, gpuaas contract (5 interleaved runs, median)', results, 'hey-api alone (types + sdk + client)');
}

function benchCliStart(): void {
  const cli = path.join(ROOT, 'generated/cli/dist/gpuaas.js');
  if (!existsSync(cli)) return console.log('\nCLI cold start: skipped (generated/cli is not built)');
  const results = compare(15, {
    'node -e 0': () => execFileSync(process.execPath, ['-e', '0'], { env }),
    'gpuaas --version': () => execFileSync(process.execPath, [cli, '--version'], { env }),
    'gpuaas nodes list --help': () => execFileSync(process.execPath, [cli, 'nodes', 'list', '--help'], { env }),
    'gpuaas allocations list --help': () => execFileSync(process.execPath, [cli, 'allocations', 'list', '--help'], { env }),
  });
  report('CLI cold start, NODE_EXTRA_CA_CERTS unset (15 interleaved runs, median)', results, 'node -e 0');
}

async function benchSdkOverhead(): Promise<void> {
  const body = JSON.stringify({ balance: '12.50', currency: 'USD', credit_limit: '100.00', updated_at: '2026-11-24T00:00:00Z' });
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const { Gpuaas } = await import('@gpuaas/sdk');
  const client = new Gpuaas({ baseUrl, token: 't' });
  const calls = 500;
  const sdk: number[] = [];
  const raw: number[] = [];
  for (let round = 0; round < 5; round++) {
    let start = performance.now();
    for (let i = 0; i < calls; i++) await client.billing.balance();
    sdk.push(performance.now() - start);
    start = performance.now();
    for (let i = 0; i < calls; i++) await (await fetch(`${baseUrl}/api/v1/billing/balance`, { headers: { authorization: 'Bearer t' } })).json();
    raw.push(performance.now() - start);
  }
  server.close();
  report(`SDK overhead, ${calls} sequential GETs on loopback (5 interleaved rounds, median)`, { 'global fetch + JSON.parse': median(raw), 'Gpuaas SDK (undici keep-alive)': median(sdk) }, 'global fetch + JSON.parse');
}

console.log(`node ${process.version}, ${process.platform}/${process.arch}`);
benchGeneration();
benchCliStart();
await benchSdkOverhead();
await (await import('./bench/python.js')).benchPythonOverhead(report);
