/**
 * Build and `npm pack` each generated package into the artifacts folder, and describe the result in a
 * manifest: name, version, sha256 (and npm integrity) of each tarball, sha256 of each contract, commit.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '../../../generator/config.js';
import { loadSpec } from '../../../generator/load/load.js';
import type { PackedPackage } from './offline-install.js';
import { ReleaseError } from './cli.js';

export interface Artifact extends PackedPackage {
  file: string;
  sha256: string;
  size: number;
}

export interface Manifest {
  version: string;
  commit: string;
  contracts: { name: string; file: string; sha256: string }[];
  packages: { name: string; version: string; file: string; sha256: string; integrity: string; size: number }[];
  /** Targets of the config that had no package to pack, with the reason. */
  skipped: string[];
  /** The Python target's wheel and sdist (python-pack.ts). */
  python?: { name: string; version: string; kind: 'wheel' | 'sdist'; file: string; sha256: string; size: number }[];
}

/** The configured targets that have a package folder; the others, with why they are skipped. */
export function packageDirs(config: CodegenConfig, cwd: string): { dirs: string[]; skipped: string[] } {
  const dirs: string[] = [];
  const skipped: string[] = [];
  for (const [name, target] of Object.entries(config.targets)) {
    // A Python package (pyproject.toml) is packed as a wheel and an sdist (python-pack.ts).
    if (existsSync(path.join(cwd, target.dir, 'pyproject.toml'))) continue;
    if (existsSync(path.join(cwd, target.dir, 'package.json'))) dirs.push(target.dir);
    else skipped.push(`${name}: no ${target.dir}/package.json (not generated yet)`);
  }
  return { dirs, skipped };
}

function npm(args: readonly string[], cwd: string): string {
  const result = spawnSync('npm', [...args, '--loglevel=error'], { cwd, encoding: 'utf8' });
  if (result.status !== 0)
    throw new ReleaseError(`npm ${args.join(' ')} failed in ${cwd}:\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

/** Run the package's own build script (in its folder: a package need not be a workspace to build). */
export const buildPackage = (cwd: string, dir: string): void =>
  void npm(['run', 'build', '--if-present'], path.join(cwd, dir));

export function packPackage(cwd: string, dir: string, out: string): Artifact {
  const [result] = JSON.parse(npm(['pack', path.join(cwd, dir), '--pack-destination', out, '--json'], cwd)) as {
    filename: string;
    name: string;
    version: string;
  }[];
  const tarball = path.join(out, result!.filename);
  const bytes = readFileSync(tarball);
  const manifest = JSON.parse(readFileSync(path.join(cwd, dir, 'package.json'), 'utf8')) as Artifact['manifest'];
  return {
    name: result!.name,
    version: result!.version,
    dir,
    tarball,
    file: result!.filename,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    integrity: `sha512-${createHash('sha512').update(bytes).digest('base64')}`,
    size: bytes.length,
    manifest: {
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
      license: manifest.license,
    },
  };
}

export async function packManifest(
  config: CodegenConfig,
  cwd: string,
  artifacts: readonly Artifact[],
  skipped: string[],
): Promise<Manifest> {
  const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd, encoding: 'utf8' }).stdout.trim() !== '';
  // The same sha256 the generated files' headers name.
  const contracts = await Promise.all(
    config.clients.map(async (c) => ({ name: c.name, file: c.spec, sha256: (await loadSpec(c.spec, cwd)).sha256 })),
  );
  return {
    version: config.version,
    commit: dirty ? `${head} (with uncommitted changes)` : head,
    contracts,
    packages: artifacts.map(({ name, version, file, sha256, integrity, size }) => ({
      name,
      version,
      file,
      sha256,
      integrity,
      size,
    })),
    skipped,
  };
}
