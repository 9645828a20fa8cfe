/**
 * Build order of the generated packages: a package is built after every generated package it depends on
 * (the CLI bundles the MCP package, which imports the SDK), read from the emitted package.json files, so
 * a fresh clone builds in one pass whatever order the config lists its targets in.
 */
import { GeneratorError, GeneratorExit } from '../errors.js';
import type { TargetOutput } from './write.js';

interface PackageJson {
  name?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export function buildOrder(targets: readonly TargetOutput[]): string[] {
  const packages = targets.flatMap((t) => {
    const file = t.files.find((f) => f.path === 'package.json');
    return file ? [{ dir: t.dir, json: JSON.parse(file.content) as PackageJson }] : [];
  });
  const dirOf = new Map(packages.map((p) => [p.json.name, p.dir]));
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (pkg: (typeof packages)[number]): void => {
    if (state.get(pkg.dir) === 'done') return;
    if (state.get(pkg.dir) === 'visiting')
      throw new GeneratorError(
        `generated packages depend on each other in a cycle through ${pkg.dir}`,
        {},
        GeneratorExit.internal,
      );
    state.set(pkg.dir, 'visiting');
    const { dependencies = {}, devDependencies = {}, peerDependencies = {} } = pkg.json;
    for (const name of Object.keys({ ...dependencies, ...devDependencies, ...peerDependencies })) {
      const dep = packages.find((p) => p.dir === dirOf.get(name));
      if (dep) visit(dep);
    }
    state.set(pkg.dir, 'done');
    order.push(pkg.dir);
  };
  packages.forEach(visit);
  return order;
}
