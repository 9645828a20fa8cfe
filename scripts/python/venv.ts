/** Where the repository's Python environment lives (made by `npm run python:setup`), and how to run its tools. */
import { execFile, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const VENV = path.join(ROOT, '.venv');
export const LOCK_FILE = path.join(ROOT, 'requirements-dev.txt');

/** A console script or the interpreter of the venv. */
export function venvBin(name: string): string {
  return process.platform === 'win32' ? path.join(VENV, 'Scripts', `${name}.exe`) : path.join(VENV, 'bin', name);
}

/** Runs a venv tool; a missing venv is a clear message, not ENOENT. */
export function runVenv(tool: string, args: readonly string[], options: SpawnSyncOptions = {}): { status: number; stdout: string; stderr: string } {
  const bin = venvBin(tool);
  if (!existsSync(bin)) throw new Error(`${path.relative(ROOT, bin)} is missing: run \`npm run python:setup\` first`);
  const result = spawnSync(bin, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { status: result.status ?? 1, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/** runVenv without blocking the event loop: for callers that serve the requests the tool makes (test proxies). */
export function runVenvAsync(tool: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv } = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  const bin = venvBin(tool);
  if (!existsSync(bin)) return Promise.reject(new Error(`${path.relative(ROOT, bin)} is missing: run \`npm run python:setup\` first`));
  return new Promise((resolve) => {
    execFile(bin, [...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: options.env }, (error, stdout, stderr) =>
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}
