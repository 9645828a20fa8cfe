/**
 * `npm run surface:diff -- [FROM [TO]] [--json] [--allow-breaking] [--config FILE]`
 * The committed surface files of every package (generated/<pkg>/*-surface.md) at FROM (default: the
 * latest release tag, else HEAD) against TO (default: the work tree). Exit 1 when an entry was removed,
 * unless --allow-breaking.
 */
import { loadConfig } from '../../generator/config.js';
import { parse, ReleaseError, ReleaseExit, REPORT_OPTIONS, run, printReport } from './lib/cli.js';
import { baseRevision } from './lib/contract-diff.js';
import { changeReport } from './lib/report.js';
import { surfaceSections } from './lib/surface-diff.js';

const USAGE = 'usage: surface:diff [FROM [TO]] [--json] [--allow-breaking] [--config gpuaas.codegen.json]';

await run('surface:diff', async () => {
  const { values, positionals } = parse(process.argv.slice(2), REPORT_OPTIONS, USAGE);
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return ReleaseExit.ok;
  }
  if (positionals.length > 2) throw new ReleaseError(USAGE, ReleaseExit.usage);
  const cwd = process.cwd();
  const config = await loadConfig(values.config, cwd);
  const [from = baseRevision(cwd), to] = positionals;
  const report = changeReport(config.version, surfaceSections(config, cwd, from, to));
  return printReport('surface:diff', report, values);
});
