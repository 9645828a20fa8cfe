/**
 * The Python target's output goes through ruff, pinned in requirements-dev.txt: `ruff check --fix` for the
 * import block only (sorted; names a template imports but a module does not use dropped), then `ruff
 * format`. Both run `--isolated` with the options stated here, so the output never depends on where the
 * generator runs; one ruff run per stage for the whole package.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GeneratorError, GeneratorExit } from '../../errors.js';
import { runVenv } from '../../../scripts/python/venv.js';
import type { EmittedFile } from '../types.js';

const OPTIONS = ['--isolated', '--line-length', '120', '--target-version', 'py39'];

function ruff(args: string[], dir: string): void {
  let result: ReturnType<typeof runVenv>;
  try {
    result = runVenv('ruff', [...args, ...OPTIONS, '--no-cache', dir]);
  } catch (error) {
    throw new GeneratorError(`the python target needs ruff: ${(error as Error).message}`, {}, GeneratorExit.usage);
  }
  if (result.status !== 0) {
    const detail = (result.stderr || result.stdout).trim().split('\n').slice(0, 12).join('\n');
    throw new GeneratorError(`generator bug: the emitted Python does not pass ruff ${args[0]}:\n${detail}`, {}, GeneratorExit.internal);
  }
}

/** The `.py` files among `files` that are not verbatim runtime copies, fixed and formatted. */
export function ruffFormat(files: EmittedFile[]): EmittedFile[] {
  const python = files.filter((f) => f.path.endsWith('.py') && !f.verbatim);
  if (!python.length) return files;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'codegen-python-'));
  try {
    for (const file of python) {
      mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true });
      writeFileSync(path.join(dir, file.path), file.content);
    }
    ruff(['check', '--fix', '--select', 'I,F401,RUF022', '--exit-zero'], dir);
    ruff(['format'], dir);
    const formatted = new Map(python.map((f) => [f.path, readFileSync(path.join(dir, f.path), 'utf8')]));
    return files.map((f) => (formatted.has(f.path) ? { ...f, content: formatted.get(f.path)! } : f));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
