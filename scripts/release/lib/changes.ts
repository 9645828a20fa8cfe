/**
 * One entry of a change report and what it means for the version. Every differ (contract, surfaces)
 * produces these; the report, the exit code, the suggested bump and the changelog all read them.
 */
export type Level = 'major' | 'minor' | 'patch';
export type ChangeKind = 'added' | 'removed' | 'changed';

export interface Change {
  /** major: breaks an existing caller; minor: something new, nothing broken; patch: compatible or docs only. */
  level: Level;
  kind: ChangeKind;
  /** Where: `operation createJob`, `createJob body.kind`, `@gpuaas/sdk Allocations.create`. */
  subject: string;
  /** What happened, in a few words. */
  detail: string;
}

const RANK: Record<Level, number> = { patch: 0, minor: 1, major: 2 };

export const isBreaking = (change: Change): boolean => change.level === 'major';

/** The highest level among the changes; no change at all is still a patch release. */
export function requiredLevel(changes: readonly Change[]): Level {
  return changes.reduce<Level>((top, c) => (RANK[c.level] > RANK[top] ? c.level : top), 'patch');
}

export const atLeast = (level: Level, floor: Level): boolean => RANK[level] >= RANK[floor];

/** Breaking first, then additions, then the rest; by subject within a level. */
export function sortChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort(
    (a, b) =>
      RANK[b.level] - RANK[a.level] ||
      (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0) ||
      (a.detail < b.detail ? -1 : 1),
  );
}
