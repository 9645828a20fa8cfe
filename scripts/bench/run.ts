/** Runs the selected rows in order and writes the report; a row that throws is reported, not fatal. */
import { loadavg } from 'node:os';
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

export async function runBench(options: BenchOptions): Promise<Report & { markdown: string; files: { markdown: string; json: string } }> {
  const rows = selectRows(options);
  const info = machine();
  const results: RowResult[] = [];
  for (const row of rows) {
    options.log(`bench: ${row.id}: ${row.title}`);
    const started = performance.now();
    try {
      results.push({ id: row.id, title: row.title, goal: row.goal, figures: await row.run(options), seconds: (performance.now() - started) / 1000 });
    } catch (error) {
      results.push({ id: row.id, title: row.title, goal: row.goal, figures: [], error: (error as Error).message ?? String(error), seconds: (performance.now() - started) / 1000 });
    }
  }
  info.loadAfter = loadavg();
  const report: Report = { machine: info, options: { runs: options.runs, slowRuns: options.slowRuns, nodes: options.nodes, calls: options.calls, ...(options.only ? { only: options.only } : {}), corpus: options.corpus }, rows: results };
  const files = writeReport(report, options.outDir);
  return { ...report, markdown: renderMarkdown(report), files };
}
