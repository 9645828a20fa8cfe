/**
 * The one generated file that records what generated/ was made from: each contract's sha256 and each
 * target's package and file count. File headers name the contracts only, so a contract change shows in
 * review as the files it really changes plus this one line.
 */
import path from 'node:path';
import type { ClientModel } from '../emit/types.js';
import type { CodegenConfig } from '../config.js';
import { configuredTargets } from '../emit/targets.js';
import type { TargetOutput } from './write.js';

export const MANIFEST_FILE = 'manifest.json';

/** Where the manifest lives: the config's `manifest`, else beside the target folders (their common parent). */
export function manifestPath(config: CodegenConfig): string {
  if (config.manifest) return config.manifest;
  const dirs = configuredTargets(config).map((t) => path.posix.normalize(t.dir).split('/'));
  const common: string[] = [];
  for (let i = 0; dirs.every((d) => d.length > i + 1 && d[i] === dirs[0]![i]); i++) common.push(dirs[0]![i]!);
  return [...common, MANIFEST_FILE].join('/');
}

export function manifestContent(
  config: CodegenConfig,
  clients: readonly ClientModel[],
  targets: readonly TargetOutput[],
): string {
  const manifest = {
    version: config.version,
    contracts: clients.map((c) => ({ client: c.name, file: c.ir.source.file, sha256: c.ir.source.sha256 })),
    targets: configuredTargets(config).map(({ name, dir }) => ({
      target: name,
      dir,
      package: config.targets[name]!.package,
      files: targets.find((t) => t.dir === dir)?.files.length ?? 0,
    })),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
