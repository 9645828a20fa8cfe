/**
 * The fast subset of `npm run corpus`: real contracts from npm packages (fetched into the corpus cache
 * with npm), each generated, built, type-checked, run (`--help`, `mcp list-tools`) and sent one GET against
 * Prism serving it. The only network it needs is the npm registry; without one it says so and skips.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSpec, failures } from '../scripts/corpus/check.js';
import { fetchSpec, registryReachable } from '../scripts/corpus/fetch.js';
import { CORPUS } from '../scripts/corpus/specs.js';

const FAST = CORPUS.filter((spec) => spec.fast);
const reachable = registryReachable();
if (!reachable) console.warn('corpus: the npm registry is unreachable, so the corpus contracts cannot be fetched: skipping the corpus tests');

describe.skipIf(!reachable)('corpus (fast subset): real contracts, unedited, pass every column', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  it.each(FAST.map((spec) => [spec.name, spec] as const))('%s', async (_name, spec) => {
    const result = await checkSpec(spec, fetchSpec(spec), work, { compare: false });
    expect(failures(result)).toEqual([]);
    expect(result.operations).toBeGreaterThan(0);
    expect(result.tools.count).toBeGreaterThan(0);
  });
});
