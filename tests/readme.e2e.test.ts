/** The README's SDK example is real: extract it and run it against the mock. */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { lastPageOnCursor, startProxy } from './support/proxy.js';
import { ROOT } from './support/prism.js';

it('the README SDK example runs', async () => {
  const proxy = await startProxy(inject('gpuaasUrl'), { prefer: lastPageOnCursor });
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const match = /<!-- sdk-example[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(readme);
  expect(match, 'README has an sdk-example block').not.toBeNull();
  // Inside the repository so that `@gpuaas/sdk` resolves to the workspace package.
  const file = path.join(ROOT, '.tmp', 'readme-example.mts');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, match![1]!);
  const result = await runAsync(process.execPath, ['--import', path.join(ROOT, 'node_modules/tsx/dist/loader.mjs'), file], {
    encoding: 'utf8',
    env: { ...process.env, GPUAAS_BASE_URL: proxy.url, GPUAAS_TOKEN: 'test-token' },
    timeout: 60_000,
  }).finally(() => proxy.close());
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toMatch(/^node_\S+ /m);
  expect(result.stdout).toMatch(/^active$/m);
});

/** The proxy runs in this process, so the example must run without blocking it. */
function runAsync(command: string, args: string[], options: { encoding: 'utf8'; env: NodeJS.ProcessEnv; timeout: number }) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(command, args, options, (error, stdout, stderr) => resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }));
  });
}

it("the README's exit-code table is the CLI's", async () => {
  const { renderExitCodes } = await import('../templates/cli/core/exit-codes.js');
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const table = /<!-- exit-codes[^>]*-->\n([\s\S]*?)\n\n/.exec(readme)?.[1];
  expect(renderExitCodes('markdown')).toContain(table);
});
