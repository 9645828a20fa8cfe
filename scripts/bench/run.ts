/** Runs the selected rows in order and writes the report; a row that throws is reported, not fatal. */
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { machine, type BenchContext, type Row, type RowResult } from './harness.js';
import { renderMarkdown, writeReport, type Report } from './report.js';
import { cliRows } from './rows/cli.js';
import { generationRows } from './rows/generation.js';
import { mcpRows } from './rows/mcp.js';
import { sdkRows } from './rows/sdk.js';

export const ROWS: readonly Row[] = [...generationRows, ...sdkRows, ...cliRows, ...mcpRows];

export interface BenchOptions extends BenchContext {
  only?: string[];
  skip?: string[];
  /** Include the rows over the whole corpus. */
  corpus: boolean;
  outDir: string;
}

export function selectRows(options: Pick<BenchOptions, 'only' | 'skip' | 'corpus'>): Row[] {
  const known = new Set(ROWS.map((r) => r.id));
  for (const id of [...(options.only ?? []), ...(options.skip ?? [])]) if (!known.has(id)) throw new Error(`unknown bench row "${id}" (rows: ${[...known].join(', ')})`);
  return ROWS.filter((r) => (options.only ? options.only.includes(r.id) : !r.corpus || options.corpus) && !options.skip?.includes(r.id));
}

/**
 * `--only` re-measures some rows of an existing report: the other rows it holds are kept (each with its
 * own measuredAt), in table order, so one slow row can be refreshed without the rest.
 */
function keepEarlierRows(results: RowResult[], file: string): void {
  if (!existsSync(file)) return;
  const earlier = (JSON.parse(readFileSync(file, 'utf8')) as Report).rows ?? [];
  const order = (id: string) => ROWS.findIndex((r) => r.id === id);
  for (const row of earlier) if (!results.some((r) => r.id === row.id) && order(row.id) >= 0) results.push({ ...row, earlier: true });
  results.sort((a, b) => order(a.id) - order(b.id));
}

export async function runBench(options: BenchOptions): Promise<Report & { markdown: string; files: { markdown: string; json: string } }> {
  const rows = selectRows(options);
  const info = machine();
  const results: RowResult[] = [];
  for (const row of rows) {
    options.log(`bench: ${row.id}: ${row.title}`);
    const started = performance.now();
    const load = loadavg();
    try {
      const figures = await row.run(options);
      const result: RowResult = { id: row.id, title: row.title, goal: row.goal, figures, seconds: 0, measuredAt: new Date().toISOString(), load };
      if (options.profileDir && row.profile && figures.some((f) => f.met === false)) {
        options.log(`bench: ${row.id}: profiling (a goal is not met)`);
        try {
          result.profiles = await row.profile(options, path.join(options.profileDir, row.id), figures);
        } catch (error) {
          result.profileError = (error as Error).message ?? String(error);
        }
      }
      result.seconds = (performance.now() - started) / 1000;
      results.push(result);
    } catch (error) {
      results.push({ id: row.id, title: row.title, goal: row.goal, figures: [], error: (error as Error).message ?? String(error), seconds: (performance.now() - started) / 1000, measuredAt: new Date().toISOString(), load });
    }
  }
  if (options.only) keepEarlierRows(results, path.join(options.outDir, 'report.json'));
  info.loadAfter = loadavg();
  const report: Report = { machine: info, options: { runs: options.runs, slowRuns: options.slowRuns, nodes: options.nodes, calls: options.calls, ...(options.only ? { only: options.only } : {}), corpus: options.corpus }, rows: results };
  const files = writeReport(report, options.outDir);
  return { ...report, markdown: renderMarkdown(report), files };
}
