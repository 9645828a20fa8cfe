/**
 * The bench's smoke run, so that `npm run bench` cannot rot: every quick row once (runs=1, few calls,
 * a small listing), into a temp dir, then the report's structure. The 13 MB spec and the corpus rows are
 * left out (minutes, and the network the first time). No timing is asserted: speed is the bench's report,
 * never a test's verdict.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from './report.js';
import { ROWS, runBench, selectRows } from './run.js';

const out = mkdtempSync(path.join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run bench, one iteration', () => {
  const quick = ROWS.filter((r) => !r.slow && !r.corpus).map((r) => r.id);

  it('selects rows by id and refuses an unknown one', () => {
    expect(selectRows({ only: ['cli-catalog'], corpus: false }).map((r) => r.id)).toEqual(['cli-catalog']);
    expect(selectRows({ corpus: false }).some((r) => r.corpus)).toBe(false);
    expect(() => selectRows({ only: ['no-such-row'], corpus: false })).toThrow(/unknown bench row "no-such-row"/);
  });

  it('measures every quick row and writes REPORT.md and report.json', async () => {
    const report = await runBench({ runs: 1, slowRuns: 1, nodes: 1000, calls: 100, only: quick, corpus: false, peers: false, outDir: out, cacheDir: path.join(out, 'cache'), log: () => {} });
    expect(report.rows.map((r) => r.id)).toEqual(quick);
    for (const row of report.rows) {
      expect(row.error, `${row.id} threw`).toBeUndefined();
      expect(row.figures.length, row.id).toBeGreaterThan(0);
      for (const f of row.figures) {
        // A number, or an explicit reason it is not available: never an empty line.
        if (f.unavailable === undefined) expect(Number.isFinite(f.ours?.value), `${row.id}: ${f.figure}`).toBe(true);
        else expect(f.unavailable.length, `${row.id}: ${f.figure}`).toBeGreaterThan(0);
        if (f.ratio !== undefined) expect(Number.isFinite(f.ratio), `${row.id}: ${f.figure} ratio`).toBe(true);
        if (f.goal && f.unavailable === undefined) expect(typeof f.met, `${row.id}: ${f.figure} met`).toBe('boolean');
      }
    }
    expect(existsSync(report.files.markdown)).toBe(true);
    const markdown = readFileSync(report.files.markdown, 'utf8');
    expect(markdown).toContain('| figure | ours | anchor | ratio | goal | met? |');
    expect(markdown).toMatch(/load average \d/);
    for (const row of report.rows) for (const f of row.figures) expect(markdown).toContain(f.figure);
    const json = JSON.parse(readFileSync(report.files.json, 'utf8')) as { rows: { id: string }[]; machine: { node: string } };
    expect(json.rows.map((r) => r.id)).toEqual(quick);
    expect(json.machine.node).toBe(process.version);

    // --only refreshes those rows and keeps the rest of the report, marked as earlier.
    const refreshed = await runBench({ runs: 1, slowRuns: 1, nodes: 1000, calls: 100, only: ['cli-catalog'], corpus: false, peers: false, outDir: out, cacheDir: path.join(out, 'cache'), log: () => {} });
    expect(refreshed.rows.map((r) => r.id)).toEqual(quick);
    expect(refreshed.rows.filter((r) => !r.earlier).map((r) => r.id)).toEqual(['cli-catalog']);
    expect(readFileSync(report.files.markdown, 'utf8')).toMatch(/Kept from an earlier run .*generate-cold \(measured /);
  });

  // --profile runs a hook only when a goal is unmet, which a smoke run cannot choose: the cheap hooks are called directly.
  it.each(['cli-catalog', 'mcp-latency', 'mcp-bytes', 'sdk-sequential'])('profiles %s and reports where the time or bytes went', async (id) => {
    const row = ROWS.find((r) => r.id === id)!;
    const ctx = { runs: 1, slowRuns: 1, nodes: 1000, calls: 100, peers: false, cacheDir: path.join(out, 'cache'), log: () => {} };
    const profiles = await row.profile!(ctx, path.join(out, 'profiles', id), []);
    expect(profiles.length).toBeGreaterThan(0);
    for (const p of profiles) {
      expect(p.total, p.subject).toBeGreaterThan(0);
      expect(p.buckets.length, p.subject).toBeGreaterThan(0);
      if (p.unit === 'B') expect(p.buckets.reduce((n, b) => n + b.value, 0)).toBe(p.total);
    }
    const markdown = renderMarkdown({
      machine: { node: process.version, platform: 'test', cpus: 1, cpuModel: 'test', loadBefore: [0, 0, 0], date: '' },
      options: { runs: 1, slowRuns: 1, nodes: 1000, calls: 100, corpus: false },
      rows: [{ id, title: row.title, goal: row.goal, figures: [], seconds: 0, measuredAt: '', load: [0, 0, 0], profiles }],
    });
    expect(markdown).toContain(`## Profiles`);
    expect(markdown).toContain(`### ${id}: ${row.title}`);
    for (const p of profiles) expect(markdown).toContain(`**${p.subject}**`);
  });
});
