/**
 * `npm run contract:diff -- [OLD NEW] [--json] [--allow-breaking] [--config FILE]`
 * OLD and NEW are contract files or `git:<rev>:<path>`; without them every contract of the config is
 * compared at the latest release tag (`v*`; without one, HEAD, and it says so on stderr) against the work tree. Exit 1 on a breaking
 * change unless --allow-breaking (other codes: scripts/release/lib/cli.ts).
 */
import { loadConfig } from '../../generator/config.js';
import { parse, ReleaseError, ReleaseExit, REPORT_OPTIONS, run, printReport } from './lib/cli.js';
import { contractSections, noReleaseNote } from './lib/contract-diff.js';
import { withRevisionTrees } from './lib/git.js';
import { changeReport } from './lib/report.js';

const USAGE = 'usage: contract:diff [OLD NEW] [--json] [--allow-breaking] [--config gpuaas.codegen.json]';

await run('contract:diff', async () => {
  const { values, positionals } = parse(process.argv.slice(2), REPORT_OPTIONS, USAGE);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return ReleaseExit.ok;
  }
  if (positionals.length !== 0 && positionals.length !== 2)
    throw new ReleaseError(`give both OLD and NEW, or neither\n${USAGE}`, ReleaseExit.usage);
  const cwd = process.cwd();
  const config = await loadConfig(values.config, cwd);
  const [from, to] = positionals;
  const note = from ? undefined : noReleaseNote(cwd);
  // On stderr, so --json output stays one document.
  if (note) process.stderr.write(`contract:diff: ${note}\n`);
  const sections = await withRevisionTrees(cwd, (trees) =>
    contractSections({ config, cwd, trees, ...(from && to ? { pair: { from, to } } : {}) }),
  );
  const report = changeReport(config.version, sections);
  return printReport('contract:diff', report, values);
});
