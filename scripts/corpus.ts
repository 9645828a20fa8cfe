/**
 * `npm run corpus [-- --fast] [--only a,b] [--work DIR]`: every contract of the corpus (scripts/corpus/specs.ts)
 * through every column (scripts/corpus/check.ts), then one table: pass/fail per column, our generation's
 * wall time, CPU time and peak memory beside hey-api's alone on the same file. Exit 1 when any of our
 * columns failed. Contracts and packages are cached outside the repository (fetch.ts).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkSpec, failures, type CorpusResult, type Measured } from './corpus/check.js';
import { CACHE, fetchSpec } from './corpus/fetch.js';
import { CORPUS } from './corpus/specs.js';

const { values } = parseArgs({ options: { fast: { type: 'boolean', default: false }, only: { type: 'string' }, work: { type: 'string' } } });
const only = values.only?.split(',').map((s) => s.trim());
const specs = CORPUS.filter((s) => (!values.fast || s.fast) && (!only || only.includes(s.name)));
const work = path.resolve(values.work ?? path.join(CACHE, 'work'));
mkdirSync(work, { recursive: true });

const mark = (m: Measured): string => (m.ok ? 'pass' : 'FAIL');
const time = (m: Measured): string => (m.wallS ? `${m.wallS.toFixed(1)} s${m.cpuS !== undefined ? ` (cpu ${m.cpuS.toFixed(1)})` : ''}` : '-');
const memory = (m: Measured): string => (m.peakMiB !== undefined ? `${Math.round(m.peakMiB)} MiB` : '-');

const results: CorpusResult[] = [];
for (const spec of specs) {
  process.stderr.write(`corpus: ${spec.name} (${spec.package}@${spec.version} ${spec.file})\n`);
  let result: CorpusResult;
  try {
    result = await checkSpec(spec, fetchSpec(spec), work);
  } catch (error) {
    // One contract's surprise must not cost the table of the others.
    const failed = { ok: false, wallS: 0, output: `corpus script failed: ${(error as Error).message ?? String(error)}`, stdout: '' };
    result = { spec, operations: 0, generate: failed, build: failed, help: failed, tools: failed, get: failed, heyApi: failed };
  }
  results.push(result);
  for (const line of failures(result)) process.stderr.write(`  ${line.replace(/\n/g, '\n    ')}\n`);
}

const rows = results.map((r) => [
  r.spec.name,
  `${r.spec.package}@${r.spec.version}`,
  String(r.operations || '-'),
  mark(r.generate),
  mark(r.build),
  mark(r.help),
  mark(r.tools) + (r.tools.count !== undefined ? ` (${r.tools.count})` : ''),
  mark(r.get),
  `${time(r.generate)}, ${memory(r.generate)}`,
  r.heyApi.ok ? `${time(r.heyApi)}, ${memory(r.heyApi)}` : `fails (${time(r.heyApi)})`,
]);
const header = ['spec', 'source', 'ops', 'generate', 'build+types', '--help', 'mcp list-tools', 'GET (Prism)', 'our generate: wall (cpu), peak', 'hey-api alone'];
process.stdout.write(`${[header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n')}\n`);
const bad = results.filter((r) => failures(r).length);
process.stdout.write(bad.length ? `\n${bad.length} of ${results.length} contracts failed a column\n` : `\nall ${results.length} contracts passed every column\n`);
process.exitCode = bad.length ? 1 : 0;
