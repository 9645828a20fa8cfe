/**
 * `npm run release:pack -- [--out dist/artifacts] [--no-build] [--no-verify] [--config FILE]`
 *
 * Checks generated/ is current (generate --check) and builds each package, packs every generated package
 * into --out with manifest.json (the Python target as a wheel and an sdist: lib/python-pack.ts), then installs the tarballs offline into a temporary project and runs
 * them (lib/offline-install.ts explains how, lib/smoke.ts what). --no-build skips the check and the build
 * (npm test has just done both); --no-verify skips the install.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../generator/config.js';
import { generate } from '../../generator/generate.js';
import { CONFIG_OPTION, parse, ReleaseError, ReleaseExit, run } from './lib/cli.js';
import { installOffline, type Lockfile } from './lib/offline-install.js';
import { buildPackage, packageDirs, packManifest, packPackage } from './lib/pack.js';
import { smokeTest } from './lib/smoke.js';
import { packPython, pythonDir, verifyWheel } from './lib/python-pack.js';

const USAGE = 'usage: release:pack [--out dist/artifacts] [--no-build] [--no-verify] [--config gpuaas.codegen.json]';

await run('release:pack', async () => {
  const { values, positionals } = parse(
    process.argv.slice(2),
    {
      ...CONFIG_OPTION,
      out: { type: 'string', default: 'dist/artifacts' },
      'no-build': { type: 'boolean', default: false },
      'no-verify': { type: 'boolean', default: false },
    },
    USAGE,
  );
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return ReleaseExit.ok;
  }
  if (positionals.length) throw new ReleaseError(USAGE, ReleaseExit.usage);
  const started = performance.now();
  const cwd = process.cwd();
  const config = await loadConfig(values.config, cwd);
  const { dirs, skipped } = packageDirs(config, cwd);
  if (!values['no-build']) {
    const { drift } = await generate({ config: values.config, cwd, check: true });
    const stale = [...drift.added, ...drift.changed, ...drift.removed];
    if (stale.length)
      throw new ReleaseError(
        `generated/ is not what the contract and templates give (${stale.length} file(s), e.g. ${stale[0]}): run npm run generate`,
      );
    for (const dir of dirs) buildPackage(cwd, dir);
  }
  const out = path.resolve(cwd, values.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const artifacts = dirs.map((dir) => packPackage(cwd, dir, out));
  const python = pythonDir(config, cwd);
  const wheels = python ? packPython(config, cwd, python, out) : [];
  const manifest = { ...(await packManifest(config, cwd, artifacts, skipped)), python: wheels };
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(
    `${[...artifacts, ...wheels].map((a) => `packed ${a.file}  sha256 ${a.sha256}`).join('\n')}\n${skipped.map((s) => `skipped ${s}\n`).join('')}`,
  );

  if (!values['no-verify']) {
    const project = mkdtempSync(path.join(os.tmpdir(), 'gpuaas-install-'));
    try {
      installOffline(
        project,
        JSON.parse(readFileSync(path.join(cwd, 'package-lock.json'), 'utf8')) as Lockfile,
        artifacts,
      );
      const evidence = smokeTest(project, config, new Set(artifacts.map((a) => a.name)));
      if (wheels.length) evidence.push(...verifyWheel(config, project, out, wheels));
      process.stdout.write(`installed offline and ran:\n${evidence.map((e) => `  ${e}\n`).join('')}`);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }
  process.stdout.write(
    `release:pack: ${artifacts.length + wheels.length} package(s) in ${path.relative(cwd, out) || out} (${Math.round(performance.now() - started)} ms)\n`,
  );
  return ReleaseExit.ok;
});
