/**
 * The change report: the contract diff of every contract and the surface diff of every package, in
 * sections, with the bump they call for. Printed for people, as JSON for machines, and the source of
 * the changelog entry.
 */
import { isBreaking, requiredLevel, sortChanges, type Change, type Level } from './changes.js';
import { bumpVersion, suggestedBump } from './version.js';

export interface Section {
  /** `contract gpuaas`, `surface @gpuaas/sdk`. */
  title: string;
  from: string;
  to: string;
  changes: Change[];
  /** Why a section could not be compared (e.g. no surface at the old revision). */
  skipped?: string;
}

export interface ChangeReport {
  version: string;
  sections: Section[];
  /** The highest level of any change. */
  level: Level;
  /** The bump that level calls for at this version (0.x rule applied). */
  bump: Level;
  next: string;
  breaking: number;
}

export function changeReport(version: string, sections: Section[]): ChangeReport {
  const sorted = sections.map((s) => ({ ...s, changes: sortChanges(s.changes) }));
  const all = sorted.flatMap((s) => s.changes);
  const level = requiredLevel(all);
  const bump = suggestedBump(level, version);
  return {
    version,
    sections: sorted,
    level,
    bump,
    next: bumpVersion(version, bump),
    breaking: all.filter(isBreaking).length,
  };
}

const LABEL: Record<Level, string> = { major: 'BREAKING', minor: 'added   ', patch: 'changed ' };

export function formatReport(report: ChangeReport): string {
  const lines: string[] = [];
  for (const section of report.sections) {
    const head = `${section.title}: ${section.from} → ${section.to}`;
    if (section.skipped) lines.push(`${head}: skipped (${section.skipped})`);
    else if (!section.changes.length) lines.push(`${head}: no changes`);
    else lines.push(`${head}`, ...section.changes.map((c) => `  ${LABEL[c.level]}  ${c.subject}: ${c.detail}`));
  }
  const count = (level: Level): number =>
    report.sections.flatMap((s) => s.changes).filter((c) => c.level === level).length;
  const rule = report.version.startsWith('0.')
    ? '; in 0.x a breaking change bumps the minor, anything else the patch'
    : '';
  lines.push(
    '',
    `${count('major')} breaking, ${count('minor')} additive, ${count('patch')} other → suggested bump: ${report.bump} (${report.version} → ${report.next}${rule})`,
  );
  return `${lines.join('\n')}\n`;
}
