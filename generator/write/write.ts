/**
 * Write stage: compare with what is on disk, and replace each target folder atomically.
 * Every target is fully staged before any is swapped in, so a failure while emitting or writing leaves
 * the previous generated/ as it was; an interrupted swap is rolled back on the next run.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GeneratorError, GeneratorExit } from '../errors.js';
import type { EmittedFile } from '../emit/types.js';

export interface TargetOutput {
  /** Folder relative to the project root (e.g. generated/sdk), or absolute. */
  dir: string;
  files: EmittedFile[];
}

/** Build output, installed dependencies and Python's byte-code caches live in target folders too but are not generated. */
const UNMANAGED = new Set(['node_modules', 'dist', '__pycache__']);

/** The generated files of a target folder, relative to it. */
export async function listManaged(dir: string, prefix = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (!prefix && UNMANAGED.has(entry.name)) continue;
    if (entry.isDirectory()) files.push(...(await listManaged(dir, rel)));
    else files.push(rel);
  }
  return files;
}

export interface Drift {
  added: string[];
  changed: string[];
  removed: string[];
}

/** A generated file outside the target folders (the manifest), its path relative to the project root or absolute. */
export interface RootFile {
  path: string;
  content: string;
}

const readOrUndefined = (file: string): Promise<string | undefined> => readFile(file, 'utf8').catch(() => undefined);

export async function diffTargets(
  root: string,
  targets: TargetOutput[],
  rootFiles: readonly RootFile[] = [],
): Promise<Drift> {
  const drift: Drift = { added: [], changed: [], removed: [] };
  for (const file of rootFiles) {
    const onDisk = await readOrUndefined(path.resolve(root, file.path));
    if (onDisk === undefined) drift.added.push(file.path);
    else if (onDisk !== file.content) drift.changed.push(file.path);
  }
  for (const target of targets) {
    const dir = path.resolve(root, target.dir);
    const onDisk = new Set(await listManaged(dir));
    for (const file of target.files) {
      const shown = `${target.dir}/${file.path}`;
      if (!onDisk.delete(file.path)) drift.added.push(shown);
      else if ((await readFile(path.join(dir, file.path), 'utf8')) !== file.content) drift.changed.push(shown);
    }
    drift.removed.push(...[...onDisk].map((f) => `${target.dir}/${f}`));
  }
  for (const list of Object.values(drift)) list.sort();
  return drift;
}

const stagingName = (dir: string): string => `${dir}.staging`;
const backupName = (dir: string): string => `${dir}.previous`;

/** Undo what an interrupted run left: a missing target folder comes back from its backup. */
export async function recoverInterrupted(root: string, dirs: string[]): Promise<void> {
  for (const rel of dirs) {
    const dir = path.resolve(root, rel);
    if (!existsSync(dir) && existsSync(backupName(dir))) await rename(backupName(dir), dir);
    await rm(backupName(dir), { recursive: true, force: true });
    await rm(stagingName(dir), { recursive: true, force: true });
  }
}

export async function writeTargets(
  root: string,
  targets: TargetOutput[],
  rootFiles: readonly RootFile[] = [],
): Promise<void> {
  await recoverInterrupted(
    root,
    targets.map((t) => t.dir),
  );
  try {
    for (const target of targets) {
      const staging = stagingName(path.resolve(root, target.dir));
      for (const file of target.files) {
        const dest = path.join(staging, file.path);
        await mkdir(path.dirname(dest), { recursive: true });
        await writeFile(dest, file.content, { mode: file.executable ? 0o755 : 0o644 });
      }
    }
  } catch (err) {
    await recoverInterrupted(
      root,
      targets.map((t) => t.dir),
    );
    throw new GeneratorError(`cannot write generated files: ${(err as Error).message}`, {}, GeneratorExit.write);
  }
  // The swap takes milliseconds; a Ctrl-C during it is held until it is done.
  const hold = (): void => undefined;
  process.on('SIGINT', hold);
  process.on('SIGTERM', hold);
  try {
    for (const target of targets) {
      const dir = path.resolve(root, target.dir);
      await mkdir(path.dirname(dir), { recursive: true });
      if (existsSync(dir)) await rename(dir, backupName(dir));
      await rename(stagingName(dir), dir);
      for (const name of UNMANAGED) {
        if (existsSync(path.join(backupName(dir), name)))
          await rename(path.join(backupName(dir), name), path.join(dir, name));
      }
      await rm(backupName(dir), { recursive: true, force: true });
    }
    // Written last, each by rename: it describes folders that are already in place.
    for (const file of rootFiles) {
      const dest = path.resolve(root, file.path);
      await mkdir(path.dirname(dest), { recursive: true });
      await writeFile(`${dest}.staging`, file.content);
      await rename(`${dest}.staging`, dest);
    }
  } finally {
    process.off('SIGINT', hold);
    process.off('SIGTERM', hold);
  }
}
