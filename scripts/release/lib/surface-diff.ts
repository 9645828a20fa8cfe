/**
 * Surface diff: the committed surface files (generated/<pkg>/*-surface.md, written by the generator)
 * at two revisions, line by line. What ships is compared, so template and runtime changes show up too,
 * not only contract changes. A line gone without replacement is breaking; a new line is additive; a
 * line whose entry (`Allocations.create`, `create_job.kind`) is still there but reads differently is
 * listed as changed at the additive level: whether it breaks callers (a narrowed parameter) or not (an
 * enum value added) is for the reviewer, helped by the contract diff, which classifies contract changes.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '../../../generator/config.js';
import { configuredTargets } from '../../../generator/emit/targets.js';
import type { Change } from './changes.js';
import { showFile } from './git.js';
import type { Section } from './report.js';

/** The surface entries of a surface file: the lines of its fenced block (whatever its fence length). */
export function surfaceEntries(markdown: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^`{3,}text$/.test(line));
  const end = start < 0 ? -1 : lines.indexOf(lines[start]!.slice(0, -'text'.length), start + 1);
  return end < 0 ? [] : lines.slice(start + 1, end);
}

const KEYWORDS =
  /^(?:(?:static|readonly|abstract|get|set|class|interface|type|function|const|let|var|enum|namespace|tool)\s+)+/;

/** What an entry is about, without how it reads: the text before its signature, type or notes. */
export function entryKey(line: string): string {
  const bare = line.replace(KEYWORDS, '');
  return /^(.+?)(?:\??[:(<=]|\s[([<=]|\s(?:extends|implements)\s|$)/.exec(bare)![1]!;
}

/** `Jobs.delete` belongs to `Jobs`, `jobs delete --id` to `jobs delete`, `delete_job.job_id` to `delete_job`. */
const within = (key: string, owner: string): boolean => key.startsWith(`${owner}.`) || key.startsWith(`${owner} `);

export function diffSurface(before: readonly string[], after: readonly string[]): Change[] {
  const removed = before.filter((line) => !after.includes(line));
  const added = after.filter((line) => !before.includes(line));
  const [removedKeys, addedKeys] = [new Set(removed.map(entryKey)), new Set(added.map(entryKey))];
  // A whole entry that went or came speaks for its members: it is listed once.
  const gone = [...removedKeys].filter((k) => !addedKeys.has(k));
  const come = [...addedKeys].filter((k) => !removedKeys.has(k));
  const quote = (lines: readonly string[]): string => lines.map((l) => `\`${l}\``).join(', ');
  const changes: Change[] = [];
  for (const key of new Set([...removed, ...added].map(entryKey))) {
    const was = removed.filter((l) => entryKey(l) === key);
    const now = added.filter((l) => entryKey(l) === key);
    if (was.length && now.length)
      changes.push({ level: 'minor', kind: 'changed', subject: key, detail: `${quote(was)} → ${quote(now)} (review)` });
    else if (was.length && !gone.some((owner) => within(key, owner)))
      changes.push({ level: 'major', kind: 'removed', subject: key, detail: `removed ${quote(was)}` });
    else if (now.length && !come.some((owner) => within(key, owner)))
      changes.push({ level: 'minor', kind: 'added', subject: key, detail: `added ${quote(now)}` });
  }
  return changes;
}

/**
 * One section per package surface: `from` is a revision, `to` a revision or, when undefined, the work
 * tree. A package without a surface file on one side is skipped with the reason.
 */
export function surfaceSections(config: CodegenConfig, cwd: string, from: string, to: string | undefined): Section[] {
  const sections: Section[] = [];
  for (const { name, definition } of configuredTargets(config)) {
    const { surface } = definition;
    const target = config.targets[name]!;
    const file = `${target.dir}/${surface.file}`;
    const before = showFile(from, file, cwd);
    const after = to
      ? showFile(to, file, cwd)
      : existsSync(path.join(cwd, file))
        ? readFileSync(path.join(cwd, file), 'utf8')
        : undefined;
    const section: Section = {
      title: `surface ${target.package}`,
      from: `${from}:${file}`,
      to: to ? `${to}:${file}` : file,
      changes: [],
    };
    if (before === undefined || after === undefined)
      section.skipped = `no ${file} at ${before === undefined ? from : (to ?? 'the work tree')}`;
    else section.changes = diffSurface(surfaceEntries(before), surfaceEntries(after));
    sections.push(section);
  }
  return sections;
}
