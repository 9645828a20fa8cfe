/**
 * `npm run bench [-- --runs N] [--slow-runs N] [--only id,id] [--skip id,id] [--corpus] [--profile] [--out DIR]`:
 * every row of issue 13's speed table measured side by side in one run (scripts/bench/rows/*), each
 * figure against its anchor and goal, written to bench/REPORT.md and bench/report.json (or --out DIR).
 * `--profile` runs each row with an unmet goal once more under a profiler (scripts/bench/profile.ts): the
 * report's Profiles section says what stands in the way; the .cpuprofile files stay in DIR/profiles.
 * The peers are installed by the bench itself (scripts/bench/peers.ts) into ~/.cache/gpuaas-bench.
 */
import { homedir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from './bench/harness.js';
import { runBench } from './bench/run.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    'slow-runs': { type: 'string', default: '3' },
    only: { type: 'string' },
    skip: { type: 'string' },
    corpus: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    out: { type: 'string' },
    nodes: { type: 'string', default: '100000' },
    calls: { type: 'string', default: '1000' },
  },
});
const outDir = path.resolve(values.out ?? path.join(ROOT, 'bench'));
const list = (s?: string) => s?.split(',').map((x) => x.trim()).filter(Boolean);
const report = await runBench({
  runs: Number(values.runs),
  slowRuns: Number(values['slow-runs']),
  nodes: Number(values.nodes),
  calls: Number(values.calls),
  only: list(values.only),
  skip: list(values.skip),
  corpus: values.corpus,
  peers: true,
  outDir,
  ...(values.profile ? { profileDir: path.join(outDir, 'profiles') } : {}),
  cacheDir: process.env.GPUAAS_BENCH_CACHE ?? path.join(homedir(), '.cache', 'gpuaas-bench'),
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`${report.markdown}\n`);
