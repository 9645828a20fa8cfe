/**
 * Runs the built CLI (generated/cli/dist/gpuaas.js) as a user would: a child process with its own config
 * directory, no terminal, and only the environment the test gives it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/mock.js';

export const CLI = path.join(ROOT, 'generated/cli/dist/gpuaas.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  stdin?: string;
  /** Called with each chunk of stderr as it arrives (to act on what the CLI prints while it runs). */
  onStderr?: (text: string) => void;
  onSpawn?: (child: ChildProcess) => void;
}

export const newConfigDir = (): Promise<string> => mkdtemp(path.join(tmpdir(), 'gpuaas-cli-e2e-'));

export function gpuaas(args: string[], options: RunOptions = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      options.onStderr?.(stderr);
    });
    child.on('error', reject);
    options.onSpawn?.(child);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

export const readJson = async (file: string): Promise<Record<string, unknown>> =>
  JSON.parse(await readFile(file, 'utf8'));
