/**
 * A content-addressed cache for the generator's pure but slow steps (prettier, hey-api's model types, the
 * surface extraction): the same inputs give the same text, so a run recomputes only what changed and does
 * not even load the tools behind unchanged steps. Entries carry a checksum; a damaged one is recomputed.
 * Best effort throughout: a cache that cannot be read or written only costs time.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Results of the slow pure steps by content hash; ignored by git, rebuilt by any run.
 * It belongs to the generator's install, not to the project it runs in: keys are contents, so every
 * project (and every test's scratch project) shares it safely.
 */
const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/codegen', import.meta.url));
/** CODEGEN_CACHE=off: compute every step (what `npm run corpus` measures). */
export const cacheDir = (): string | undefined => (process.env.CODEGEN_CACHE === 'off' ? undefined : CACHE_DIR);

export const sha256 = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/**
 * Writes `text` to `file` through a temp file beside it (readers see the old or the new content, never a
 * part); false when the disk refuses (read-only, full): what the cache and the replay record keep is
 * best effort.
 */
export async function writeBestEffort(file: string, text: string): Promise<boolean> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    // Two writers of one file (identical steps of a run, parallel runs) each use their own temp file.
    const temp = `${file}.${randomUUID()}.tmp`;
    await writeFile(temp, text);
    await rename(temp, file);
    return true;
  } catch {
    return false;
  }
}

export class ContentCache {
  /** `dir` undefined: nothing is kept, every step computes. */
  constructor(private readonly dir?: string) {}

  /** The value for these inputs: from the cache, else computed and kept. */
  async memo(parts: readonly string[], compute: () => Promise<string>): Promise<string> {
    const key = sha256(parts.join('\0'));
    const hit = await this.read(key);
    if (hit !== undefined) return hit;
    const value = await compute();
    await this.write(key, value);
    return value;
  }

  private async read(key: string): Promise<string | undefined> {
    if (!this.dir) return undefined;
    try {
      const entry = await readFile(path.join(this.dir, key), 'utf8');
      const newline = entry.indexOf('\n');
      const value = entry.slice(newline + 1);
      return entry.slice(0, newline) === sha256(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  private async write(key: string, value: string): Promise<void> {
    // A failed write costs only time: the step itself succeeded.
    if (this.dir) await writeBestEffort(path.join(this.dir, key), `${sha256(value)}\n${value}`);
  }
}
