/** bench/REPORT.md and bench/report.json from the rows' results: figure | ours | anchor | ratio | goal | met?. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fmt, type Figure, type Goal, type Machine, type Quantity, type RowResult } from './harness.js';
import type { Profile } from './profile.js';

export interface Report {
  machine: Machine;
  options: { runs: number; slowRuns: number; nodes: number; calls: number; only?: string[]; corpus: boolean };
  rows: RowResult[];
}

const quantity = (q?: Quantity): string => (q ? `${fmt(q.value)} ${q.unit}${q.detail ? ` (${q.detail})` : ''}` : '–');
const goalText = (g?: Goal): string => (g ? `${g.op === '<=' ? '≤' : g.op === '>=' ? '≥' : '<'} ${g.on === 'ratio' ? `${g.limit}×` : `${fmt(g.limit)} ${g.on}`}` : '–');
const metText = (f: Figure): string => (f.unavailable ? 'not available' : f.met === undefined ? '–' : f.met ? 'met' : '**not met**');
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function figureLine(f: Figure): string {
  const ours = f.unavailable ? `not available: ${f.unavailable}` : quantity(f.ours);
  const anchor = f.anchorName ? `${f.anchorName}: ${quantity(f.anchor)}` : '–';
  const ratio = f.ratio !== undefined ? `${f.ratio.toFixed(2)}×` : '–';
  return `| ${[f.figure + (f.note ? ` (${f.note})` : ''), ours, anchor, ratio, goalText(f.goal), metText(f)].map(cell).join(' | ')} |`;
}

export function renderMarkdown(report: Report): string {
  const m = report.machine;
  const lines = [
    '# Bench report',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) on ${m.date}: node ${m.node}, ${m.platform}, ${m.cpus} × ${m.cpuModel}; ` +
      `load average ${m.loadBefore.map((l) => l.toFixed(2)).join(' ')} before, ${m.loadAfter?.map((l) => l.toFixed(2)).join(' ') ?? '?'} after. ` +
      `${report.options.runs} interleaved runs a row (${report.options.slowRuns} for the 13 MB spec), medians; CPU is user + sys of the measured process alone ` +
      '(wait4 for children, process.cpuUsage() in-process), with NODE_EXTRA_CA_CERTS unset. Other work on this machine moves wall times; CPU ratios are the stable figure.',
    '',
    '| figure | ours | anchor | ratio | goal | met? |',
    '|---|---|---|---|---|---|',
  ];
  for (const row of report.rows) {
    if (row.error) lines.push(`| ${cell(row.title)} | row failed: ${cell(row.error.slice(0, 500))} | – | – | ${cell(row.goal)} | **not met** |`);
    for (const f of row.figures) lines.push(figureLine(f));
  }
  lines.push(...profilesSection(report.rows));
  const kept = report.rows.filter((r) => r.earlier);
  if (kept.length) lines.push('', `Kept from an earlier run (\`--only\` refreshed the others): ${kept.map((r) => `${r.id} (measured ${r.measuredAt}, load ${r.load.map((l) => l.toFixed(2)).join(' ')})`).join(', ')}.`);
  const judged = report.rows.flatMap((r) => r.figures).filter((f) => f.met !== undefined);
  lines.push('', `${judged.filter((f) => f.met).length} of ${judged.length} judged figures meet their goal. Rows: ${report.rows.map((r) => `${r.id} (${r.seconds.toFixed(0)} s)`).join(', ')}.`, '');
  return lines.join('\n');
}

const pct = (share: number): string => `${(100 * share).toFixed(1)}%`;

function profileLines(p: Profile): string[] {
  const cpu = p.unit === 'ms';
  const lines = [`**${p.subject}**: ${fmt(p.total)} ${p.unit} ${cpu ? 'sampled' : 'in all'}${p.note ? `; ${p.note}` : ''}.`, ''];
  lines.push(cpu ? '| where (self time) | ms | self | inclusive |' : '| field | bytes | share |', cpu ? '|---|---|---|---|' : '|---|---|---|');
  for (const b of p.buckets) lines.push(`| ${[b.name, fmt(b.value), pct(b.share), ...(cpu ? [pct(b.inclusive ?? 0)] : [])].map(cell).join(' | ')} |`);
  if (p.top?.length) lines.push('', `Top functions (self): ${p.top.map((t) => `${cell(t.name)} ${pct(t.share)}`).join('; ')}.`);
  return [...lines, ''];
}

/** `--profile`: for each row with an unmet goal, where its time (or bytes) went. */
function profilesSection(rows: readonly RowResult[]): string[] {
  const profiled = rows.filter((r) => r.profiles?.length || r.profileError);
  if (!profiled.length) return [];
  const lines = ['', '## Profiles', '', 'One more run of each row with an unmet goal, under `node --cpu-prof` (every thread); buckets are npm packages, directories of this repository, node internals; self time is where the samples landed, inclusive the share of samples with the bucket anywhere on the stack. Byte profiles split the tools/list result by field.', ''];
  for (const row of profiled) {
    lines.push(`### ${row.id}: ${row.title}`, '');
    if (row.profileError) lines.push(`Profile failed: ${cell(row.profileError.slice(0, 500))}`, '');
    for (const p of row.profiles ?? []) lines.push(...profileLines(p));
  }
  return lines.slice(0, -1);
}

export function writeReport(report: Report, dir: string): { markdown: string; json: string } {
  mkdirSync(dir, { recursive: true });
  const markdown = path.join(dir, 'REPORT.md');
  const json = path.join(dir, 'report.json');
  writeFileSync(markdown, renderMarkdown(report));
  writeFileSync(json, `${JSON.stringify(report, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v), 2)}\n`);
  return { markdown, json };
}
