/**
 * The Python target's release artifacts: a wheel and an sdist of generated/python built with the pinned
 * `build` and `hatchling` of the repository's .venv (no network: `--no-isolation`), at the version all
 * packages share; then the wheel installed into a fresh venv and imported there, offline. The fresh venv
 * gets the wheel alone (`--no-index --no-deps`); its dependencies come from the locked .venv through a
 * `.pth` path, and `pip check` proves they satisfy the wheel's declared ranges.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CodegenConfig } from '../../../generator/config.js';
import { runVenv, venvBin } from '../../python/venv.js';
import { ReleaseError } from './cli.js';

export interface PythonArtifact {
  name: string;
  version: string;
  kind: 'wheel' | 'sdist';
  file: string;
  sha256: string;
  size: number;
}

/** The config's Python package folder, when it has been generated. */
export function pythonDir(config: CodegenConfig, cwd: string): string | undefined {
  const dir = config.targets.python?.dir;
  return dir && existsSync(path.join(cwd, dir, 'pyproject.toml')) ? dir : undefined;
}

function checked(what: string, result: { status: number; stdout: string; stderr: string }): string {
  if (result.status !== 0) throw new ReleaseError(`${what} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout.trim();
}

export function packPython(config: CodegenConfig, cwd: string, dir: string, out: string): PythonArtifact[] {
  const before = new Set(existsSync(out) ? readdirSync(out) : []);
  checked('python -m build', runVenv('python', ['-m', 'build', '--no-isolation', '--wheel', '--sdist', '--outdir', out, path.join(cwd, dir)]));
  const name = config.targets.python!.package;
  return readdirSync(out)
    .filter((file) => !before.has(file) && (file.endsWith('.whl') || file.endsWith('.tar.gz')))
    .sort()
    .map((file) => {
      const bytes = readFileSync(path.join(out, file));
      const version = /^[^-]+-([^-]+?)(?:-|\.tar\.gz$)/.exec(file)?.[1] ?? '';
      if (version !== config.version) throw new ReleaseError(`${file}: version ${version}, expected the shared version ${config.version}`);
      return { name, version, kind: file.endsWith('.whl') ? 'wheel' : 'sdist', file, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length };
    });
}

/** Installs the wheel into a fresh venv under `project` and imports it there; one line of evidence per check. */
export function verifyWheel(config: CodegenConfig, project: string, out: string, artifacts: readonly PythonArtifact[]): string[] {
  const wheel = artifacts.find((a) => a.kind === 'wheel');
  if (!wheel) throw new ReleaseError('no wheel was built');
  const venv = path.join(project, 'python-venv');
  const python = process.platform === 'win32' ? path.join(venv, 'Scripts', 'python.exe') : path.join(venv, 'bin', 'python');
  const run = (args: string[]) => spawnSync(python, args, { cwd: project, encoding: 'utf8' });
  checked('python -m venv', runVenv('python', ['-m', 'venv', venv]));
  const site = (interpreter: string) =>
    checked('site-packages', { ...spawnSync(interpreter, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], { encoding: 'utf8' }), status: 0 });
  // Dependencies from the locked environment, appended after the fresh venv's own site-packages.
  writeFileSync(path.join(site(python), 'locked-dependencies.pth'), `${site(venvBin('python'))}\n`);
  const install = run(['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--no-index', '--no-deps', path.join(out, wheel.file)]);
  checked(`pip install ${wheel.file}`, { status: install.status ?? 1, stdout: install.stdout, stderr: install.stderr });
  const pipCheck = run(['-m', 'pip', 'check', '--disable-pip-version-check']);
  checked('pip check', { status: pipCheck.status ?? 1, stdout: pipCheck.stdout, stderr: pipCheck.stderr });
  const pkg = config.targets.python!.package;
  const className = config.clients[0]!.className;
  const probe = run(['-c', `import ${pkg}, sys; print(${pkg}.__version__); print(${pkg}.__file__); print(callable(getattr(${pkg}, ${JSON.stringify(className)})))`]);
  const [version, file, callable] = checked(`import ${pkg}`, { status: probe.status ?? 1, stdout: probe.stdout, stderr: probe.stderr }).split('\n');
  if (version !== config.version) throw new ReleaseError(`${pkg}.__version__ is ${version}, expected ${config.version}`);
  if (!file?.startsWith(venv)) throw new ReleaseError(`${pkg} was imported from ${file}, not from the fresh venv`);
  if (callable !== 'True') throw new ReleaseError(`${pkg} does not export ${className}`);
  return [`${pkg} ${version}: wheel installed into a fresh venv, imported, exports ${className}; pip check: ${pipCheck.stdout.trim()}`];
}
