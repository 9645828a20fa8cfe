/**
 * `npm run release:prepare -- [major|minor|patch|auto] [--date YYYY-MM-DD] [--force] [--config FILE]`
 *
 * 1. regenerate, so the committed surfaces describe the work tree;
 * 2. build the change report against the latest release tag (HEAD before the first one): the contract
 *    diff of every contract and the surface diff of every package;
 * 3. bump `version` in the config (auto: the bump the report calls for; an explicit bump smaller than
 *    that is refused unless --force), regenerate with it, and add the CHANGELOG.md entry.
 * It does not commit or tag: review `git diff`, then commit and tag v<version> (docs/runbook.md).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../generator/config.js';
import { generate } from '../../generator/generate.js';
import { atLeast, type Level } from './lib/changes.js';
import { addEntry, changelogEntry } from './lib/changelog.js';
import { CONFIG_OPTION, parse, ReleaseError, ReleaseExit, run } from './lib/cli.js';
import { baseRevision, contractSections, noReleaseNote } from './lib/contract-diff.js';
import { withRevisionTrees } from './lib/git.js';
import { changeReport, formatReport } from './lib/report.js';
import { surfaceSections } from './lib/surface-diff.js';
import { bumpVersion } from './lib/version.js';

const USAGE =
  'usage: release:prepare [major|minor|patch|auto] [--date YYYY-MM-DD] [--force] [--config gpuaas.codegen.json]';
const BUMPS = ['major', 'minor', 'patch', 'auto'];

/** The config with a new version, its formatting kept (only the value changes). */
function withVersion(configText: string, version: string): string {
  return configText.replace(/("version"\s*:\s*)"[^"]*"/, `$1${JSON.stringify(version)}`);
}

await run('release:prepare', async () => {
  const { values, positionals } = parse(
    process.argv.slice(2),
    { ...CONFIG_OPTION, date: { type: 'string' }, force: { type: 'boolean', default: false } },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return ReleaseExit.ok;
  }
  const requested = positionals[0] ?? 'auto';
  if (positionals.length > 1 || !BUMPS.includes(requested)) throw new ReleaseError(USAGE, ReleaseExit.usage);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new ReleaseError(`--date ${date} is not YYYY-MM-DD`, ReleaseExit.usage);
  const cwd = process.cwd();
  const configFile = path.resolve(cwd, values.config);
  const config = await loadConfig(values.config, cwd);
  const base = baseRevision(cwd);
  const note = noReleaseNote(cwd);
  if (note) process.stderr.write(`release:prepare: ${note}\n`);

  await generate({ config: values.config, cwd, check: false });
  const contracts = await withRevisionTrees(cwd, (trees) => contractSections({ config, cwd, trees }));
  const report = changeReport(config.version, [...contracts, ...surfaceSections(config, cwd, base, undefined)]);
  process.stdout.write(formatReport(report));

  const bump = requested === 'auto' ? report.bump : (requested as Level);
  if (!atLeast(bump, report.bump) && !values.force) {
    throw new ReleaseError(
      `the change report calls for a ${report.bump} bump, not ${bump}: use auto, or --force if you are sure`,
    );
  }
  const next = bumpVersion(config.version, bump);
  writeFileSync(configFile, withVersion(readFileSync(configFile, 'utf8'), next));
  await generate({ config: values.config, cwd, check: false });

  const changelogFile = path.join(cwd, 'CHANGELOG.md');
  const previous = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : undefined;
  writeFileSync(changelogFile, addEntry(previous, changelogEntry(report, next, date, base)));
  process.stdout.write(
    `\nrelease:prepare: ${config.version} → ${next} (${bump}); regenerated; CHANGELOG.md entry added.\n` +
      `Next: review git diff, commit, tag v${next}, then npm run release:pack.\n`,
  );
  return ReleaseExit.ok;
});
