/**
 * CLI rows: the built `gpuaas` (generated/cli/dist), spawned as a user would, pointed at the bench server
 * with GPUAAS_BASE_URL and GPUAAS_TOKEN and an empty config directory.
 * - cold start against `node -e 0`;
 * - `catalog list -o json` against a plain fetch script doing the same request and print;
 * - `nodes list --all` over 100k items in pages, per output format: when the first byte of stdout came
 *   (counted in pages the server had answered by then) and how far peak RSS grew past a one-page run.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, absoluteFigure, cpuOf, fmt, interleave, median, notAvailable, ratioFigure, runChild, runOk, summarize, type ChildRun, type Figure, type Row } from '../harness.js';
import { profileNodeChild } from '../profile.js';
import { startServer } from '../servers.js';

export const CLI = path.join(ROOT, 'generated/cli/dist/gpuaas.js');
const NOT_BUILT = 'generated/cli is not built (npm run build)';

/** The CLI's environment against `url`, in a fresh config directory (removed by the caller). */
export function cliEnv(url: string, configDir: string): NodeJS.ProcessEnv {
  return { GPUAAS_BASE_URL: url, GPUAAS_TOKEN: 'bench-token', GPUAAS_CONFIG_DIR: configDir, NO_COLOR: '1' };
}

async function coldStartRow(runs: number): Promise<Figure[]> {
  if (!existsSync(CLI)) return [notAvailable('CLI cold start', NOT_BUILT)];
  const commands = { version: ['--version'], nodesHelp: ['nodes', 'list', '--help'], allocationsHelp: ['allocations', 'list', '--help'] };
  const samples = await interleave(runs * 3, {
    node: () => runOk(process.execPath, ['-e', '0']),
    version: () => runOk(process.execPath, [CLI, ...commands.version]),
    nodesHelp: () => runOk(process.execPath, [CLI, ...commands.nodesHelp]),
    allocationsHelp: () => runOk(process.execPath, [CLI, ...commands.allocationsHelp]),
  });
  const anchor = cpuOf(summarize(samples.node));
  return (Object.keys(commands) as (keyof typeof commands)[]).map((k) => ratioFigure(`CLI cold start: gpuaas ${commands[k].join(' ')} (CPU)`, cpuOf(summarize(samples[k])), 'node -e 0', anchor));
}

/** The catalog row's two contenders against a bench server, in a scratch dir both are removed with. */
async function withCatalog<T>(use: (env: NodeJS.ProcessEnv, plain: string) => Promise<T>): Promise<T> {
  const server = await startServer(0);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-cli-'));
  try {
    const plain = path.join(dir, 'plain-fetch.mjs');
    writeFileSync(
      plain,
      `const res = await fetch(process.env.GPUAAS_BASE_URL + '/api/v1/catalog/skus', { headers: { authorization: 'Bearer ' + process.env.GPUAAS_TOKEN, accept: 'application/json' } });
if (!res.ok) process.exit(1);
process.stdout.write(JSON.stringify(await res.json(), null, 2) + '\\n');
`,
    );
    return await use(cliEnv(server.url, dir), plain);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const CATALOG = [CLI, 'catalog', 'list', '-o', 'json'];

async function catalogRow(runs: number): Promise<Figure[]> {
  if (!existsSync(CLI)) return [notAvailable('gpuaas catalog list -o json', NOT_BUILT)];
  return withCatalog(async (env, plain) => {
    const samples = await interleave(runs, {
      plain: () => runOk(process.execPath, [plain], { env }),
      ours: () => runOk(process.execPath, CATALOG, { env }),
    });
    return [ratioFigure('gpuaas catalog list -o json, local server (CPU)', cpuOf(summarize(samples.ours)), 'plain fetch script, same request and print', cpuOf(summarize(samples.plain)), { op: '<=', limit: 1.3, on: 'ratio' })];
  });
}

const catalogProfile = (dir: string) =>
  withCatalog(async (env, plain) => [
    (await profileNodeChild('gpuaas catalog list -o json', CATALOG, dir, { env })).profile,
    (await profileNodeChild('plain fetch script', [plain], dir, { env })).profile,
  ]);

const FORMATS = ['json', 'jsonl', 'csv'] as const;

async function nodesRow(runs: number, nodes: number): Promise<Figure[]> {
  if (!existsSync(CLI)) return FORMATS.map((f) => notAvailable(`gpuaas nodes list --all -o ${f}`, NOT_BUILT));
  const server = await startServer(nodes);
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-cli-'));
  const env = cliEnv(server.url, dir);
  const figures: Figure[] = [];
  try {
    for (const format of FORMATS) {
      const label = `gpuaas nodes list --all -o ${format}, ${nodes.toLocaleString('en-US')} items`;
      const probe = await runChild(process.execPath, [CLI, 'nodes', 'list', '-o', format], { env });
      if (probe.code !== 0) {
        figures.push(notAvailable(label, `gpuaas nodes list -o ${format} exits ${probe.code}: ${probe.stderr.trim().split('\n')[0]?.slice(0, 200)}`));
        continue;
      }
      const firstBytes: number[] = [];
      const pagesBefore: number[] = [];
      const growth: number[] = [];
      const totals: ChildRun[] = [];
      let pageCount = 0;
      for (let i = 0; i < runs; i++) {
        // Paired: the one-page run beside each --all run, so the RSS growth compares like with like.
        const one = await runOk(process.execPath, [CLI, 'nodes', 'list', '-o', format], { env });
        await server.pages();
        const run = await runOk(process.execPath, [CLI, 'nodes', 'list', '--all', '-o', format], { env });
        const pages = await server.pages();
        pageCount = pages.length;
        totals.push(run);
        growth.push(run.maxRssMiB - one.maxRssMiB);
        if (run.firstByteNs !== undefined) {
          firstBytes.push(run.firstByteMs!);
          // Pages the server had answered when the first byte came: both on the one monotonic clock.
          pagesBefore.push(pages.filter((t) => t <= run.firstByteNs!).length);
        }
      }
      const total = summarize(totals);
      figures.push(
        absoluteFigure(`${label}: pages answered before stdout's first byte`, { value: median(pagesBefore), unit: 'pages', detail: `first byte at ${fmt(median(firstBytes))} ms of ${fmt(total.wallMs)} ms; ${pageCount} pages; ${total.runs} runs` }, { op: '<=', limit: 2, on: 'pages' }),
        absoluteFigure(`${label}: peak RSS growth over a one-page run`, { value: median(growth), unit: 'MiB', detail: `peak ${fmt(total.maxRssMiB!)} MiB; cpu ${fmt(total.cpuMs)} ms` }, { op: '<', limit: 50 / 1.048576, on: 'MiB' }, undefined, 'goal: < 50 MB (47.7 MiB)'),
      );
    }
    return figures;
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const cliRows: Row[] = [
  { id: 'cli-cold-start', title: 'CLI cold start (NODE_EXTRA_CA_CERTS unset)', goal: '– (shown)', run: (ctx) => coldStartRow(ctx.runs) },
  { id: 'cli-catalog', title: 'gpuaas catalog list -o json against a local server', goal: '≤ 1.3× a plain fetch script', run: (ctx) => catalogRow(ctx.runs), profile: (_ctx, dir) => catalogProfile(dir) },
  { id: 'cli-nodes-all', title: 'gpuaas nodes list --all, 100k items, json / jsonl / csv', goal: 'first byte after the first page; RSS growth < 50 MB', run: (ctx) => nodesRow(ctx.runs, ctx.nodes) },
];
