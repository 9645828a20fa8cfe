import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bucketOf, jsonByteProfile, profileNodeChild, summarizeCpuProfiles, type CpuProfile } from './profile.js';

const ROOT = '/repo';
const scratch = mkdtempSync(path.join(tmpdir(), 'bench-profile-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('bucketOf', () => {
  it.each([
    ['parse', 'file:///repo/node_modules/prettier/index.mjs', 'prettier'],
    ['x', 'file:///repo/node_modules/@hey-api/openapi-ts/dist/index.js', '@hey-api/openapi-ts'],
    ['x', 'file:///repo/node_modules/ts-morph/node_modules/@ts-morph/common/dist/typescript.js', '@ts-morph/common'],
    ['emit', 'file:///repo/generator/emit/sdk/index.ts', 'generator/emit'],
    ['main', 'file:///repo/generator/cli.ts', 'generator'],
    ['bench', 'file:///repo/bench.ts', 'bench.ts'],
    ['run', 'file:///repo/generated/cli/dist/commands/nodes/list.js', 'generated/cli'],
    ['load', 'node:internal/modules/esm/loader', 'node: module loading'],
    ['compile', 'node:internal/vm/module', 'node: module loading'],
    ['write', 'node:internal/streams/writable', 'node: streams'],
    ['request', 'node:http', 'node: http'],
    ['fetch', 'node:internal/deps/undici/undici', 'node: undici (global fetch)'],
    ['lex', 'node:internal/deps/cjs-module-lexer/lexer', 'node: cjs-module-lexer'],
    ['(garbage collector)', '', 'GC'],
    ['(program)', '', '(program): V8 and native code outside JS'],
    ['(idle)', '', null],
    ['(root)', '', null],
    ['stringify', '', '(native)'],
    ['x', 'file:///elsewhere/lib/a.js', 'other: /elsewhere/lib'],
  ])('%s in %s -> %s', (name, url, bucket) => {
    expect(bucketOf(name, url, ROOT)).toBe(bucket);
  });
});

/** root -> main (generator) -> format (prettier); root -> (idle); root -> (garbage collector). */
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2, 4, 5] },
    { id: 2, callFrame: { functionName: 'main', url: 'file:///repo/generator/main.ts', lineNumber: 9 }, children: [3] },
    { id: 3, callFrame: { functionName: 'format', url: 'file:///repo/node_modules/prettier/index.mjs', lineNumber: 0 } },
    { id: 4, callFrame: { functionName: '(idle)', url: '', lineNumber: -1 } },
    { id: 5, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1 } },
  ],
  // Each sample stands for the delta after it (the last, its own): prettier 6 ms, main 2, idle 50, GC 2, prettier 2.
  samples: [3, 2, 4, 5, 3],
  timeDeltas: [1000, 6000, 2000, 50000, 2000],
};

describe('summarizeCpuProfiles', () => {
  const summary = summarizeCpuProfiles([profile], 'fixture', ROOT);

  it('leaves idle time out of the total and sorts buckets by self time', () => {
    expect(summary.total).toBeCloseTo(60 - 50 + 2, 6);
    expect(summary.buckets.map((b) => [b.name, b.value])).toEqual([
      ['prettier', 8],
      ['GC', 2],
      ['generator', 2],
    ]);
  });

  it('counts a bucket inclusively when it is anywhere on the stack', () => {
    const main = summary.buckets.find((b) => b.name === 'generator')!;
    expect(main.share).toBeCloseTo(2 / 12, 6);
    expect(main.inclusive).toBeCloseTo(10 / 12, 6);
  });

  it('names the top functions with their file and line', () => {
    expect(summary.top?.[0]).toMatchObject({ name: 'format (prettier/index.mjs:1)', value: 8 });
    expect(summary.top?.map((t) => t.name)).toContain('main (generator/main.ts:10)');
  });

  it('adds up several threads', () => {
    expect(summarizeCpuProfiles([profile, profile], 'two', ROOT).total).toBeCloseTo(24, 6);
  });
});

describe('jsonByteProfile', () => {
  const tools = [{ name: 'nodes_list', description: 'List nodes.', inputSchema: { type: 'object', properties: { limit: { type: 'integer', description: 'Page size.' } } } }];
  const split = (keys: readonly string[]) => (keys[0] === 'inputSchema' ? (keys.at(-1) === 'description' ? 'inputSchema: descriptions' : 'inputSchema: structure') : keys[0]);

  it('splits every byte of the document into exactly one field', () => {
    const p = jsonByteProfile('tools', tools, split);
    expect(p.total).toBe(Buffer.byteLength(JSON.stringify(tools)));
    expect(p.buckets.reduce((n, b) => n + b.value, 0)).toBe(p.total);
    const bytes = Object.fromEntries(p.buckets.map((b) => [b.name, b.value]));
    expect(bytes.description).toBe('"description":"List nodes."'.length);
    expect(bytes['inputSchema: descriptions']).toBe('"description":"Page size."'.length);
    expect(bytes.name).toBe('"name":"nodes_list"'.length);
  });
});

describe('profilers', () => {
  it('profiles a node child, every thread, and says what no profile covered', async () => {
    const script = "const { Worker } = require('node:worker_threads'); new Worker('let x = 0; for (let i = 0; i < 1e6; i++) x += i;', { eval: true });";
    const { profile: p, run } = await profileNodeChild('child with a worker', ['-e', script], scratch);
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(scratch, 'child-with-a-worker')).filter((f) => f.endsWith('.cpuprofile'))).toHaveLength(2);
    expect(p.total).toBeGreaterThan(0);
    expect(p.note).toMatch(/^2 threads sampled: \d+ ms of the process tree's \d+ ms CPU/);
  });

  it('refuses a child that wrote no profile, saying why', async () => {
    // `node --version` runs no JavaScript, so it writes no profile (as a child killed by a signal would not).
    await expect(profileNodeChild('no script', ['--version'], scratch)).rejects.toThrow(/no script: no \.cpuprofile written \(exit 0/);
  });
});
