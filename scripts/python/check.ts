/**
 * `npm run typecheck:python`: the repository's Python held to the quality bar. ruff (lint everywhere, format
 * where code is written by hand; the generator formats generated/python itself), then pyright and mypy,
 * both strict, on the generated package, its runtime where it is tested, the tests and the typed usage
 * example. Any finding fails; the counts are printed either way.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, runVenv } from './venv.js';

/** What is checked; tests/python-must-fail holds files that must not type-check (tests/python.e2e.test.ts). */
export const PYTHON_SOURCES = ['generated/python/gpuaas', 'templates/python/core', 'tests/python', 'scripts/bench'];
const HAND_WRITTEN = ['templates/python/core', 'tests/python', 'scripts/bench'];

function step(name: string, run: () => { status: number; stdout: string; stderr: string }): boolean {
  const result = run();
  const output = `${result.stdout}${result.stderr}`.trim();
  const summary = output.split('\n').filter(Boolean).at(-1) ?? '';
  process.stdout.write(`${name}: ${result.status === 0 ? 'ok' : 'FAILED'}${summary ? ` (${summary})` : ''}\n`);
  if (result.status !== 0) process.stdout.write(`${output}\n`);
  return result.status === 0;
}

export function pyright(args: readonly string[]): { status: number; stdout: string; stderr: string } {
  const bin = path.join(ROOT, 'node_modules', '.bin', process.platform === 'win32' ? 'pyright.cmd' : 'pyright');
  const result = spawnSync(bin, [...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const ok = [
    step('ruff check', () => runVenv('ruff', ['check', ...PYTHON_SOURCES])),
    step('ruff format --check', () => runVenv('ruff', ['format', '--check', ...HAND_WRITTEN])),
    step('pyright --strict', () => pyright(PYTHON_SOURCES)),
    step('mypy --strict', () => runVenv('mypy', ['--strict', ...PYTHON_SOURCES])),
  ].every(Boolean);
  process.exit(ok ? 0 : 1);
}
