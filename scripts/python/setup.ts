/**
 * `npm run python:setup`: the repository's Python environment, `.venv`, from the hashed lock
 * `requirements-dev.txt` (made from requirements-dev.in by the pip-compile command in its header).
 * `npm run generate` and `npm test` call it first, so a fresh clone needs no manual step. Idempotent and
 * fast when nothing changed: the venv remembers the lock's hash and the interpreter it was made with.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCK_FILE, ROOT, VENV, venvBin } from './venv.js';

/** The interpreters tried, in order; the first that is 3.11 or newer makes the venv. */
const CANDIDATES = [process.env.PYTHON, 'python3.11', 'python3', 'python'].filter((c): c is string => Boolean(c));
const STAMP = path.join(VENV, '.lock-sha256');

function fail(message: string): never {
  process.stderr.write(`python:setup: ${message}\n`);
  process.exit(1);
}

function findPython(): string {
  for (const candidate of CANDIDATES) {
    const probe = spawnSync(candidate, ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
    const [major, minor] = (probe.stdout ?? '').trim().split('.').map(Number);
    if (probe.status === 0 && major === 3 && (minor ?? 0) >= 11) return candidate;
  }
  return fail(`no Python 3.11 or newer found (tried ${CANDIDATES.join(', ')}); install it or set PYTHON`);
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) fail(`${path.relative(ROOT, command) || command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

export function setupPython(): void {
  const lockHash = createHash('sha256').update(readFileSync(LOCK_FILE)).digest('hex');
  if (existsSync(venvBin('python')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8').trim() === lockHash) return;
  const python = findPython();
  process.stderr.write(`python:setup: creating ${path.relative(ROOT, VENV)} from ${path.relative(ROOT, LOCK_FILE)}\n`);
  rmSync(VENV, { recursive: true, force: true });
  run(python, ['-m', 'venv', VENV]);
  // --require-hashes: every file installed is the one the lock names; --no-deps: the lock is complete.
  run(venvBin('python'), ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '--require-hashes', '--no-deps', '-r', LOCK_FILE]);
  writeFileSync(STAMP, `${lockHash}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) setupPython();
