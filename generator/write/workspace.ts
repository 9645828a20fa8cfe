/**
 * Where the generated packages are built. Inside an npm project whose workspaces list the target folders
 * (this repository), `npm run build -w` there. Anywhere else (another team's repository, a scratch folder)
 * the generator writes a small workspace root, `package.json` in the target folders' common parent, so
 * `npm install` there links the packages to each other and fetches what they import, then builds them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GeneratorError, GeneratorExit } from '../errors.js';
import type { CodegenConfig } from '../config.js';
import { configuredTargets } from '../emit/targets.js';
import type { RootFile } from './write.js';

/** Marks the workspace root the generator wrote, so a later run may replace it (and never a foreign one). */
export const GENERATED_MARK = 'x-generated-workspace';

export interface Workspace {
  /** Absolute folder npm runs in. */
  root: string;
  /** Target folders relative to `root`, as npm's `-w` takes them. */
  dirs: string[];
  /** The workspace root's package.json, when the generator provides it. */
  generated?: RootFile;
}

const toPosix = (p: string): string => p.split(path.sep).join('/');

/** npm workspace entries are paths or globs; `*` matches one segment, `**` any number. */
export function matchesWorkspace(pattern: string, dir: string): boolean {
  const normalized = toPosix(path.posix.normalize(pattern.replace(/^\.\//, ''))).replace(/\/$/, '');
  const source = normalized
    .split('/')
    .map((segment) => (segment === '**' ? '.*' : segment.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')))
    .join('/');
  return new RegExp(`^${source}$`).test(dir);
}

function readPackage(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function workspaceList(pkg: Record<string, unknown> | undefined): string[] | undefined {
  const workspaces = pkg?.workspaces;
  if (Array.isArray(workspaces)) return workspaces.filter((w): w is string => typeof w === 'string');
  const packages = (workspaces as { packages?: unknown } | undefined)?.packages;
  return Array.isArray(packages) ? packages.filter((w): w is string => typeof w === 'string') : undefined;
}

function commonParent(dirs: readonly string[]): string {
  let parent = path.dirname(dirs[0]!);
  while (!dirs.every((d) => d === parent || d.startsWith(parent + path.sep)) && path.dirname(parent) !== parent) parent = path.dirname(parent);
  return parent;
}

/** `order`: the target folders (as the config names them) in build order. */
export function workspaceFor(config: CodegenConfig, cwd: string, order: readonly string[] = configuredTargets(config).map((t) => t.dir)): Workspace {
  const absolute = order.map((dir) => path.resolve(cwd, dir));
  const relativeTo = (root: string) => absolute.map((d) => toPosix(path.relative(root, d)));
  for (let dir = commonParent(absolute); ; dir = path.dirname(dir)) {
    const pkg = readPackage(path.join(dir, 'package.json'));
    const list = workspaceList(pkg);
    if (list && pkg?.[GENERATED_MARK] === undefined && relativeTo(dir).every((d) => list.some((w) => matchesWorkspace(w, d)))) {
      return { root: dir, dirs: relativeTo(dir) };
    }
    if (path.dirname(dir) === dir) break;
  }
  const root = commonParent(absolute);
  const file = path.join(root, 'package.json');
  if (existsSync(file) && readPackage(file)?.[GENERATED_MARK] === undefined) {
    throw new GeneratorError(
      `${file} exists and does not list the target folders as npm workspaces: add ${relativeTo(root).map((d) => JSON.stringify(d)).join(', ')} to its "workspaces", or generate into another folder`,
      {},
      GeneratorExit.usage,
    );
  }
  const dirs = relativeTo(root);
  const content = `${JSON.stringify(
    {
      name: `${config.clients[0]?.name ?? 'generated'}-clients`,
      private: true,
      description: 'The generated packages, linked as npm workspaces: npm install && npm run build',
      scripts: { build: `npm run build --if-present ${dirs.map((d) => `-w ${d}`).join(' ')}` },
      workspaces: dirs,
      [GENERATED_MARK]: true,
    },
    null,
    2,
  )}\n`;
  return { root, dirs, generated: { path: path.relative(cwd, file) || 'package.json', content } };
}
