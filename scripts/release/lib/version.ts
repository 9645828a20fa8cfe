/**
 * The shared version of the generated packages (`version` in the codegen config) and how a change
 * report moves it. In 0.x the caret range of npm (`^0.3.1` = `>=0.3.1 <0.4.0`) treats the minor as the
 * breaking digit, so there a breaking change bumps the minor and everything else the patch; from 1.0.0
 * on, breaking / additive / other map to major / minor / patch. Going to 1.0.0 is a decision, made by
 * asking for `major` explicitly.
 */
import type { Level } from './changes.js';

const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

export function parseVersion(version: string): [number, number, number] {
  const match = VERSION.exec(version);
  if (!match) throw new Error(`version "${version}" is not MAJOR.MINOR.PATCH`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The bump a change report of the given level calls for, at the given version. */
export function suggestedBump(level: Level, version: string): Level {
  if (parseVersion(version)[0] > 0) return level;
  return level === 'major' ? 'minor' : 'patch';
}

export function bumpVersion(version: string, bump: Level): string {
  const [major, minor, patch] = parseVersion(version);
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}
