/**
 * Install packed tarballs into a fresh project without the network, the way a consumer with a lockfile
 * would: `npm ci --offline` against a lockfile made of the tarballs plus, for their dependencies, the
 * exact entries of the repository's package-lock.json.
 *
 * Why not `npm install --offline <tarballs>`: it resolves version ranges from registry metadata, and a
 * cache filled by `npm ci` alone (a fresh CI machine) does not hold metadata usable offline, so it fails
 * with ENOTCACHED there while passing on a machine where someone once ran `npm install`. A lockfile
 * names versions and integrities, which `npm ci` fetches from the cache by content.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ReleaseError } from './cli.js';

interface LockEntry {
  version?: string;
  resolved?: string;
  integrity?: string;
  link?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [key: string]: unknown;
}
export interface Lockfile {
  packages: Record<string, LockEntry>;
}

export interface PackedPackage {
  name: string;
  version: string;
  /** Absolute path of the tarball. */
  tarball: string;
  /** `sha512-…`, as npm writes integrities. */
  integrity: string;
  /** Its folder in the repository (a workspace of the lockfile), e.g. generated/sdk. */
  dir: string;
  manifest: { dependencies?: Record<string, string>; bin?: unknown; engines?: unknown; license?: string };
}

const REGISTRY = 'https://registry.npmjs.org';

/** The registry's tarball URL of a package version (what `resolved` says when a lockfile keeps it). */
const registryTarball = (name: string, version: string): string =>
  `${REGISTRY}/${name}/-/${name.split('/').pop()}-${version}.tgz`;

/** Where Node would find `name` from the package at `from` (a lockfile key), walking up node_modules. */
function locate(packages: Lockfile['packages'], from: string, name: string): string | undefined {
  for (let dir = from; ;) {
    const key = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[key] && !packages[key].link) return key;
    if (!dir) return undefined;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/** The lockfile of a project depending on exactly the packed tarballs. */
export function offlineLockfile(root: Lockfile, packed: readonly PackedPackage[]): Lockfile & Record<string, unknown> {
  const ours = new Map(packed.map((p) => [p.name, p]));
  const packages: Record<string, LockEntry> = {
    '': {
      name: 'offline-install-check',
      dependencies: Object.fromEntries(packed.map((p) => [p.name, `file:${p.tarball}`])),
    },
  };
  for (const p of packed) {
    packages[`node_modules/${p.name}`] = {
      version: p.version,
      resolved: `file:${p.tarball}`,
      integrity: p.integrity,
      ...p.manifest,
    };
  }
  // Walk the dependency graph from each package's folder in the repository's lockfile.
  const queue = packed.flatMap((p) =>
    Object.keys(p.manifest.dependencies ?? {}).map((name) => ({ from: p.dir, name, optional: false, by: p.name })),
  );
  for (let item = queue.shift(); item; item = queue.shift()) {
    if (ours.has(item.name)) continue;
    const key = locate(root.packages, item.from, item.name);
    if (!key) {
      if (item.optional) continue;
      throw new ReleaseError(
        `${item.name} (needed by ${item.by}) is not in package-lock.json: add it to the root devDependencies so npm ci caches it`,
      );
    }
    // Nested under a workspace folder in the repository: nested under the package here.
    const owner = packed.find((p) => key.startsWith(`${p.dir}/`));
    const target = owner ? `node_modules/${owner.name}/${key.slice(owner.dir.length + 1)}` : key;
    if (packages[target]) continue;
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...entry } = root.packages[key]!;
    // Without `resolved` npm asks for registry metadata even with --offline; with it, it takes the
    // tarball from the cache by its integrity.
    packages[target] = {
      resolved: registryTarball(key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length), entry.version!),
      ...entry,
    };
    const optionalPeers = new Set(
      Object.entries(entry.peerDependenciesMeta ?? {})
        .filter(([, m]) => m.optional)
        .map(([n]) => n),
    );
    for (const name of Object.keys(entry.dependencies ?? {}))
      queue.push({ from: key, name, optional: false, by: item.name });
    for (const name of Object.keys(entry.optionalDependencies ?? {}))
      queue.push({ from: key, name, optional: true, by: item.name });
    for (const name of Object.keys(entry.peerDependencies ?? {}))
      queue.push({ from: key, name, optional: optionalPeers.has(name), by: item.name });
  }
  return { name: 'offline-install-check', lockfileVersion: 3, requires: true, packages };
}

/** Write the project into `dir` and `npm ci --offline` it; throws with npm's output when that fails. */
export function installOffline(dir: string, root: Lockfile, packed: readonly PackedPackage[]): void {
  const lock = offlineLockfile(root, packed);
  const manifest = {
    name: 'offline-install-check',
    private: true,
    type: 'module',
    dependencies: lock.packages['']!.dependencies,
  };
  writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
  const result = spawnSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (result.status !== 0)
    throw new ReleaseError(`npm ci --offline failed in ${dir}:\n${result.stdout}${result.stderr}`);
}
