/**
 * CHANGELOG.md: one entry per release, newest first, dated, its changes grouped as Breaking / Added /
 * Changed, written from the change report (the wording can be edited before the release commit).
 */
import type { Change } from './changes.js';
import type { ChangeReport } from './report.js';

const HEAD = `# Changelog

Changes of the generated packages, which share one version (\`version\` in gpuaas.codegen.json). Each entry
is written by \`npm run release:prepare\` from the change report: the contract diff and the surface diff
against the previous release. Newest first.
`;

const GROUPS: { title: string; test(c: Change): boolean }[] = [
  { title: 'Breaking', test: (c) => c.level === 'major' },
  { title: 'Added', test: (c) => c.level !== 'major' && c.kind === 'added' },
  { title: 'Changed', test: (c) => c.level !== 'major' && c.kind !== 'added' },
];

export function changelogEntry(report: ChangeReport, version: string, date: string, base: string): string {
  const lines = [`## ${version} - ${date}`, '', `Compared with ${base}.`];
  const items = report.sections.flatMap((s) =>
    s.changes.map((c) => ({ c, text: `- ${s.title} · ${c.subject}: ${c.detail}` })),
  );
  for (const group of GROUPS) {
    const inGroup = items.filter(({ c }) => group.test(c));
    if (inGroup.length) lines.push('', `### ${group.title}`, '', ...inGroup.map((i) => i.text));
  }
  if (!items.length) lines.push('', 'No contract or API surface changes.');
  const skipped = report.sections.filter((s) => s.skipped);
  if (skipped.length) lines.push('', `Not compared: ${skipped.map((s) => `${s.title} (${s.skipped})`).join('; ')}.`);
  return `${lines.join('\n')}\n`;
}

/** The changelog with the entry on top of the previous ones (the file is created when missing). */
export function addEntry(changelog: string | undefined, entry: string): string {
  const text = changelog ?? HEAD;
  const first = text.search(/^## /m);
  return first < 0 ? `${text.trimEnd()}\n\n${entry}` : `${text.slice(0, first)}${entry}\n${text.slice(first)}`;
}
