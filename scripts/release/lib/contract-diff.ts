/**
 * The contract sections of a change report. Default: every contract of the config, at the latest release
 * tag (HEAD before the first release) against the work tree; or one explicit pair of sides.
 */
import path from 'node:path';
import type { CodegenConfig } from '../../../generator/config.js';
import { diffContracts } from './ir-diff.js';
import { latestReleaseTag, type RevisionTrees } from './git.js';
import type { Section } from './report.js';
import { gitSource, loadSide } from './sources.js';

export interface ContractDiffOptions {
  config: CodegenConfig;
  cwd: string;
  trees: RevisionTrees;
  /** Both or neither. */
  pair?: { from: string; to: string };
}

/** The revision releases are compared against. */
export const baseRevision = (cwd: string): string => latestReleaseTag(cwd) ?? 'HEAD';

/** Said when there is no release to compare against, so HEAD is never used silently. */
export const noReleaseNote = (cwd: string): string | undefined =>
  latestReleaseTag(cwd)
    ? undefined
    : 'no v* release tag yet: comparing the work tree against HEAD (the last commit), not against a release; tag a release or pass OLD NEW';

export async function contractSections(options: ContractDiffOptions): Promise<Section[]> {
  const { config, cwd, trees } = options;
  const base = options.pair ? undefined : baseRevision(cwd);
  const pairs = options.pair
    ? [{ title: `contract ${path.basename(options.pair.to)}`, ...options.pair }]
    : config.clients.map((client) => ({
        title: `contract ${client.name}`,
        from: gitSource(base!, client.spec),
        to: client.spec,
      }));
  return Promise.all(
    pairs.map(async ({ title, from, to }) => {
      const sideOptions = { cwd, extensions: config.extensions, trees };
      const [before, after] = await Promise.all([loadSide(from, sideOptions), loadSide(to, sideOptions)]);
      return { title, from, to, changes: diffContracts(before.ir, after.ir) };
    }),
  );
}
