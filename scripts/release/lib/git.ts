/** The few git reads the release scripts need; all read-only (no checkout, no index change). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function run(args: readonly string[], cwd: string, input?: Buffer): { ok: boolean; stdout: Buffer; stderr: string } {
  const result = spawnSync('git', args, { cwd, input, maxBuffer: 512 * 1024 * 1024 });
  return {
    ok: result.status === 0,
    stdout: result.stdout ?? Buffer.alloc(0),
    stderr: result.stderr?.toString().trim() ?? String(result.error),
  };
}

/** The newest release tag (`v*`) reachable from HEAD, if there is one. */
export function latestReleaseTag(cwd: string): string | undefined {
  const result = run(['describe', '--tags', '--abbrev=0', '--match', 'v*'], cwd);
  return result.ok ? result.stdout.toString().trim() : undefined;
}

/** A file's text at a revision, or undefined when the revision has no such file. */
export function showFile(rev: string, file: string, cwd: string): string | undefined {
  const result = run(['show', `${rev}:${file}`], cwd);
  return result.ok ? result.stdout.toString() : undefined;
}

/**
 * Revisions checked out into temporary folders (git archive, so the work tree and index are untouched),
 * one per revision, removed by dispose(). generated/ is left out: only sources are read from them.
 */
export class RevisionTrees {
  private readonly trees = new Map<string, string>();
  constructor(private readonly cwd: string) {}

  tree(rev: string): string {
    const known = this.trees.get(rev);
    if (known) return known;
    const archive = run(['archive', '--format=tar', rev, '--', '.', ':(exclude)generated'], this.cwd);
    if (!archive.ok) throw new Error(`cannot read revision ${rev}: ${archive.stderr}`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gpuaas-rev-'));
    const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
    if (untar.status !== 0) throw new Error(`cannot unpack revision ${rev}: ${untar.stderr?.toString()}`);
    this.trees.set(rev, dir);
    return dir;
  }

  dispose(): void {
    for (const dir of this.trees.values()) rmSync(dir, { recursive: true, force: true });
    this.trees.clear();
  }
}

/** Run `fn` with revision trees that are removed afterwards, whatever happens. */
export async function withRevisionTrees<T>(cwd: string, fn: (trees: RevisionTrees) => Promise<T>): Promise<T> {
  const trees = new RevisionTrees(cwd);
  try {
    return await fn(trees);
  } finally {
    trees.dispose();
  }
}
