/**
 * The README is real: its SDK example and `gpuaas nodes list --all` run against `npm run mock` itself,
 * started the way a newcomer starts it, and its exit-code table is the CLI's.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, freePort } from './support/mock.js';
import { CLI } from './cli/support.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** Runs without blocking this process (the mock's output is read while it runs). */
function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(command, args, { encoding: 'utf8', env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('against `npm run mock`', () => {
  let mock: ChildProcess;
  let output = '';
  let baseUrl: string;

  beforeAll(async () => {
    const [port, keycloakPort] = await Promise.all([freePort(), freePort()]);
    mock = spawn('npm', ['run', '--silent', 'mock'], {
      cwd: ROOT,
      env: { ...process.env, MOCK_PORT: String(port), MOCK_KEYCLOAK_PORT: String(keycloakPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    mock.stdout!.on('data', (d: Buffer) => (output += d.toString()));
    mock.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    // The mock says when both contracts answer; no fixed deadline (the hook timeout bounds it).
    baseUrl = await new Promise<string>((resolve, reject) => {
      mock.stdout!.on('data', () => {
        const ready = /^gpuaas contract mock: (\S+)$/m.exec(output);
        if (ready && /^keycloak contract mock: /m.test(output)) resolve(ready[1]!);
      });
      mock.once('exit', (code) => reject(new Error(`npm run mock exited (${code}):\n${output}`)));
    });
    expect(baseUrl).toBe(`http://127.0.0.1:${port}`);
  });

  afterAll(async () => {
    if (mock.exitCode !== null) return;
    const exited = new Promise((resolve) => mock.once('exit', resolve));
    process.kill(-mock.pid!, 'SIGINT');
    await exited;
  });

  it('the README SDK example runs to the end: every node once, then an active allocation', async () => {
    const match = /<!-- sdk-example[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(readme);
    expect(match, 'README has an sdk-example block').not.toBeNull();
    // Inside the repository so that `@gpuaas/sdk` resolves to the workspace package.
    const file = path.join(ROOT, '.tmp', 'readme-example.mts');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, match![1]!);
    const result = await run(
      process.execPath,
      ['--import', path.join(ROOT, 'node_modules/tsx/dist/loader.mjs'), file],
      {
        GPUAAS_BASE_URL: baseUrl,
        GPUAAS_TOKEN: 'test-token',
      },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const nodes = result.stdout.match(/^node_\S+/gm) ?? [];
    expect(nodes.length).toBeGreaterThan(2);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(result.stdout).toMatch(/^active$/m);
  });

  it('`gpuaas nodes list --all` follows the cursor to the last page and exits 0', async () => {
    const result = await run(process.execPath, [CLI, 'nodes', 'list', '--all', '-o', 'json'], {
      GPUAAS_BASE_URL: baseUrl,
      GPUAAS_TOKEN: 'test-token',
      GPUAAS_CONFIG_DIR: path.join(ROOT, '.tmp', 'readme-cli-config'),
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const ids = (JSON.parse(result.stdout) as { id: string }[]).map((n) => n.id);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

it("the README's exit-code table is the CLI's", async () => {
  const { renderExitCodes } = await import('../templates/cli/core/exit-codes.js');
  const table = /<!-- exit-codes[^>]*-->\n([\s\S]*?)\n\n/.exec(readme)?.[1];
  expect(renderExitCodes('markdown')).toContain(table);
});
