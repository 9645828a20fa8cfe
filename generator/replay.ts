/**
 * Replaying an unchanged run. A run is a pure function of its inputs: the config, the contract files it
 * read, the extension schemas, the generator's own sources, templates and locked dependencies. After a run
 * whose output matches the disk, the record keeps the inputs' hashes and every output file's hash; when a
 * later `--check` finds the same inputs, it compares the recorded output hashes against the disk and skips
 * loading, validating, emitting and formatting altogether (and the tools behind them). Any difference in
 * inputs or on disk falls back to the full run, which reports the drift in detail. Best effort: a record
 * that cannot be read or written only costs time.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sha256, writeBestEffort } from './cache.js';
import { listManaged } from './write/write.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** What the generator is made of: a change to any of these can change the output. */
const TOOLCHAIN = ['generator', 'templates', 'package-lock.json', 'requirements-dev.txt'];

async function filesUnder(entry: string): Promise<string[]> {
  const absolute = path.join(ROOT, entry);
  const stats = await stat(absolute).catch(() => undefined);
  if (!stats?.isDirectory()) return stats ? [absolute] : [];
  const found = await readdir(absolute, { recursive: true, withFileTypes: true });
  return found.filter((e) => e.isFile() && !e.name.endsWith('.test.ts')).map((e) => path.join(e.parentPath, e.name));
}

async function toolchainDigest(): Promise<string> {
  const files = (await Promise.all(TOOLCHAIN.map(filesUnder))).flat().sort();
  const hash = createHash('sha256').update(process.version);
  for (const file of files) hash.update(`${path.relative(ROOT, file)}\0`).update(await readFile(file)).update('\0');
  return hash.digest('hex');
}

/** A file's hash, or `absent`: a file that appears later (a package.json above the targets) changes the inputs too. */
const hashOf = (file: string): Promise<string> => readFile(file).then(sha256, () => 'absent');

interface ReplayRecord {
  toolchain: string;
  inputs: Record<string, string>;
  /** Target folders (absolute), each with its managed files' hashes. */
  targets: Record<string, Record<string, string>>;
  /** Generated files outside the target folders (absolute). */
  rootFiles: Record<string, string>;
}

export interface RunDescription {
  /** Absolute paths of every file the run read that is not part of the generator. */
  inputs: string[];
  /** Target folders (absolute) with the content of each file in it. */
  targets: { dir: string; files: { path: string; content: string }[] }[];
  rootFiles: { path: string; content: string }[];
}

export class Replay {
  private readonly file: string;

  /** `identity`: what names the run (the working directory and the config file or --spec config). */
  constructor(dir: string, identity: string) {
    this.file = path.join(dir, `replay-${sha256(identity)}.json`);
  }

  /** True when the inputs and the disk are exactly as the recorded run left them. */
  async upToDate(): Promise<boolean> {
    let record: ReplayRecord;
    try {
      record = JSON.parse(await readFile(this.file, 'utf8')) as ReplayRecord;
    } catch {
      return false;
    }
    const same = async (expected: Record<string, string>, base = ''): Promise<boolean> =>
      (await Promise.all(Object.entries(expected).map(async ([file, hash]) => (await hashOf(path.join(base, file))) === hash))).every(Boolean);
    if ((await toolchainDigest()) !== record.toolchain || !(await same(record.inputs)) || !(await same(record.rootFiles))) return false;
    for (const [dir, files] of Object.entries(record.targets)) {
      const onDisk = await listManaged(dir);
      if (onDisk.length !== Object.keys(files).length || !onDisk.every((f) => Object.hasOwn(files, f))) return false;
      if (!(await same(files, dir))) return false;
    }
    return true;
  }

  /** Records a run whose output is now what is on disk. */
  async record(run: RunDescription): Promise<void> {
    const record: ReplayRecord = {
      toolchain: await toolchainDigest(),
      inputs: Object.fromEntries(await Promise.all(run.inputs.map(async (file) => [file, await hashOf(file)]))),
      targets: Object.fromEntries(run.targets.map((t) => [t.dir, Object.fromEntries(t.files.map((f) => [f.path, sha256(f.content)]))])),
      rootFiles: Object.fromEntries(run.rootFiles.map((f) => [f.path, sha256(f.content)])),
    };
    // Not written (read-only or full disk): the next run computes again.
    await writeBestEffort(this.file, JSON.stringify(record));
  }
}
