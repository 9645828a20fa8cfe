/**
 * The built @gpuaas/sdk wherever JavaScript runs: `import` and `require` on Node (with types for both),
 * esbuild bundles for browsers and runtime-neutral targets (edge workers, Deno) that contain no Node
 * module, and the browser bundle itself in headless Chromium against the mock (CORS included).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { build, type BuildOptions, type Metafile } from 'esbuild';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, startProxy } from './support/mock.js';

const PROJECT = 'proj_01HZX3K8Q4ABCDEF';
/** Debian's package (README prerequisites); the flags this machine's closed network needs. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let proxy: Awaited<ReturnType<typeof startProxy>>;
let dir: string;

beforeAll(async () => {
  // A project id ending in _missing is answered with the contract's 404 example.
  proxy = await startProxy(inject('gpuaasUrl'), { prefer: (r) => (r.url.pathname.endsWith('_missing') ? 'code=404' : undefined) });
  await mkdir(path.join(ROOT, '.tmp'), { recursive: true });
  // Inside the repository, so `@gpuaas/sdk` resolves to the workspace package.
  dir = await mkdtemp(path.join(ROOT, '.tmp', 'sdk-runtimes-'));
});
afterAll(async () => {
  await proxy?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** What each runtime runs: a list, a create with an Idempotency-Key, and an error with its correlation id. */
const SCENARIO = `
export async function scenario(Gpuaas, baseUrl) {
  const client = new Gpuaas({ baseUrl, token: 'runtime-token', projectId: ${JSON.stringify(PROJECT)}, maxRetries: 0 });
  const page = await client.nodes.list({ status: 'available', page_size: 2 });
  const allocation = await client.allocations.create({ scheduler_type: 'slurm' }, { idempotencyKey: 'runtime-key-1' });
  let failure;
  try {
    await client.projects.get('proj_missing');
  } catch (error) {
    failure = { name: error.name, status: error.status, code: error.errorCode, correlationId: error.correlationId };
  }
  return { nodes: page.items.length, allocation: allocation.status, failure };
}
`;

const expectScenario = (result: unknown) =>
  expect(result).toEqual({ nodes: expect.any(Number), allocation: 'pending', failure: { name: 'NotFoundError', status: 404, code: 'not_found', correlationId: expect.stringMatching(/^corr_/) } });

describe('Node: import and require', () => {
  it.each([
    ['ESM (import)', 'mjs', `import { Gpuaas, ApiError } from '@gpuaas/sdk';\nimport * as core from '@gpuaas/sdk/core';`],
    ['CommonJS (require)', 'cjs', `const { Gpuaas, ApiError } = require('@gpuaas/sdk');\nconst core = require('@gpuaas/sdk/core');`],
  ])('%s loads the package and runs the scenario against the mock', async (_name, ext, load) => {
    const scenario = SCENARIO.replace('export async function', 'async function');
    const file = path.join(dir, `scenario.${ext}`);
    await writeFile(file, `${load}\n${scenario}\nif (ApiError !== core.ApiError) throw new Error('two copies');\nscenario(Gpuaas, process.argv[2]).then((r) => console.log(JSON.stringify(r)));\n`);
    const { stdout } = await promisify(execFile)(process.execPath, [file, proxy.url], { cwd: ROOT });
    expectScenario(JSON.parse(stdout));
  });

  it('has types for both: TypeScript resolves import to dist/ and require to dist/cjs/, without errors', async () => {
    const mts = path.join(dir, 'consumer.mts');
    const cts = path.join(dir, 'consumer.cts');
    const uses = (ns: string) =>
      `const client = new ${ns}Gpuaas({ token: 't' });\nexport const list: Promise<unknown> = client.nodes.list({ status: 'available' });\nexport const isError = (e: unknown): boolean => e instanceof ${ns}NotFoundError;\n`;
    await writeFile(mts, `import { Gpuaas, NotFoundError } from '@gpuaas/sdk';\n${uses('')}`);
    await writeFile(cts, `import sdk = require('@gpuaas/sdk');\n${uses('sdk.')}`);
    // No Node types: the SDK's declarations must stand on the standard and DOM libraries alone.
    const options: ts.CompilerOptions = { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, types: [], lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'] };
    const program = ts.createProgram([mts, cts], options);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(diagnostics).toEqual([]);
    const resolved = (file: string, mode: ts.ResolutionMode) => ts.resolveModuleName('@gpuaas/sdk', file, options, ts.sys, undefined, undefined, mode).resolvedModule?.resolvedFileName ?? '';
    expect(path.relative(ROOT, resolved(mts, ts.ModuleKind.ESNext))).toBe('generated/sdk/dist/index.d.ts');
    expect(path.relative(ROOT, resolved(cts, ts.ModuleKind.CommonJS))).toBe('generated/sdk/dist/cjs/index.d.ts');
  });
});

const ESM_ENTRY = `export { Gpuaas } from '@gpuaas/sdk';\n${SCENARIO}`;

async function bundle(options: BuildOptions, entry = ESM_ENTRY): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: 'entry.js' },
    bundle: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...options,
  });
  return { code: result.outputFiles![0]!.text, inputs: Object.keys((result.metafile as Metafile).inputs) };
}

describe('bundles for browsers and edge runtimes', () => {
  it.each<[string, BuildOptions, string]>([
    ['browser, import', { platform: 'browser', format: 'esm' }, ESM_ENTRY],
    ['browser, require (the CommonJS build)', { platform: 'browser', format: 'cjs' }, "module.exports = require('@gpuaas/sdk');"],
    ['neutral (workers, Deno), import', { platform: 'neutral', format: 'esm' }, ESM_ENTRY],
  ])('%s: builds with no Node built-in and no undici, on the fetch transport', async (_name, options, entry) => {
    // esbuild refuses (throws) a browser or neutral build that imports a Node built-in it cannot resolve.
    const { code, inputs } = await bundle(options, entry);
    expect(inputs.some((input) => input.includes('/dist/cjs/'))).toBe(options.format === 'cjs');
    expect(inputs.filter((input) => /^node:|(^|\/)node_modules\/undici\//.test(input))).toEqual([]);
    expect(inputs.some((input) => input.endsWith('core/transport-web.js'))).toBe(true);
    expect(inputs.some((input) => input.endsWith('core/transport-node.js'))).toBe(false);
    expect(code).not.toMatch(/\bimport\(["']undici["']\)|require\(["']undici["']\)|["']node:/);
  });

  it('picks undici for Node (the `node` condition), as the CLI bundle does', async () => {
    const { inputs } = await bundle({ platform: 'node', format: 'esm', external: ['undici'] });
    expect(inputs.some((input) => input.endsWith('core/transport-node.js'))).toBe(true);
    expect(inputs.some((input) => input.endsWith('core/transport-web.js'))).toBe(false);
  });

  it('runs the neutral bundle on the global fetch against the mock', async () => {
    const file = path.join(dir, 'neutral.mjs');
    await writeFile(file, (await bundle({ platform: 'neutral', format: 'esm' })).code);
    const { scenario, Gpuaas } = (await import(file)) as { scenario: (g: unknown, url: string) => Promise<unknown>; Gpuaas: unknown };
    expectScenario(await scenario(Gpuaas, proxy.url));
  });
});

describe('the browser bundle in headless Chromium', () => {
  const chromium = existsSync(CHROMIUM);
  let page: Server | undefined;
  afterAll(() => page?.close());

  const title = chromium
    ? 'lists, creates with an Idempotency-Key and reports an error with its correlation id, cross-origin'
    : `skipped: no Chromium at ${CHROMIUM}; install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`;
  // The default reporter does not name skipped tests: say it where CI logs show it.
  if (!chromium) console.warn(`tests/sdk-runtimes.e2e.test.ts: ${title}`);
  it.skipIf(!chromium)(title, async () => {
    const { code } = await bundle({ platform: 'browser', format: 'esm' });
    // The page comes from another origin than the mock: every call is a CORS request, most preflighted.
    page = createServer((req, res) => {
      if (req.url === '/sdk.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(code);
      else res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><script type="module">import * as sdk from "/sdk.js"; window.sdk = sdk;</script>');
    });
    await new Promise<void>((resolve) => page!.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
    const { chromium: launcher } = await import('playwright-core');
    const browser = await launcher.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (error) => errors.push(error.message));
      await tab.goto(origin);
      await tab.waitForFunction(() => 'sdk' in window);
      const before = proxy.requests.length;
      const result = await tab.evaluate(async (baseUrl) => {
        const { scenario, Gpuaas } = (window as unknown as { sdk: { scenario: (g: unknown, url: string) => Promise<unknown>; Gpuaas: unknown } }).sdk;
        return scenario(Gpuaas, baseUrl);
      }, proxy.url);
      expectScenario(result);
      expect(errors).toEqual([]);
      const sent = proxy.requests.slice(before);
      expect(sent.filter((r) => r.method === 'OPTIONS').length).toBeGreaterThan(0);
      const create = sent.find((r) => r.method === 'POST')!;
      expect(create.headers.get('idempotency-key')).toBe('runtime-key-1');
      expect(create.headers.get('origin')).toBe(origin);
      expect(create.headers.get('x-project-id')).toBe(PROJECT);
    } finally {
      await browser.close();
    }
  });

});
