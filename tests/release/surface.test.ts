/**
 * The surface files the generator adds (generator/surface/) and the surface diff over them: what each
 * extractor lists for the mini contract, and how removed, added and changed entries are classified.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../generator/config.js';
import { emitTargets, loadClients } from '../../generator/generate.js';
import type { TargetOutput } from '../../generator/write/write.js';
import { withSurfaces } from '../../generator/surface/surface.js';
import { diffSurface, entryKey, surfaceEntries } from '../../scripts/release/lib/surface-diff.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
let targets: TargetOutput[];

beforeAll(async () => {
  const config = await loadConfig('generator/emit/mcp/fixtures/mini.mcp.codegen.json', ROOT);
  const ctx = { config, clients: await loadClients(config, ROOT) };
  targets = await withSurfaces(ctx, emitTargets(ctx));
});

const surface = (dir: string, file: string): string[] =>
  surfaceEntries(targets.find((t) => t.dir.endsWith(dir))!.files.find((f) => f.path === file)!.content);

describe('surface files', () => {
  it.each([
    {
      name: 'SDK: the client and its resource properties',
      dir: 'sdk',
      file: 'api-surface.md',
      line: 'readonly Mini.jobs: Jobs',
    },
    {
      name: 'SDK: a resource class reached through the client, though not exported',
      dir: 'sdk',
      file: 'api-surface.md',
      line: 'class Jobs extends APIResource (not exported)',
    },
    {
      name: 'SDK: a method with its signature as written',
      dir: 'sdk',
      file: 'api-surface.md',
      line: 'Jobs.delete(jobId: string, params?: DeleteJobParams, options?: RequestOptions): APIPromise<T.DeleteJobResponse>',
    },
    { name: 'SDK: a waiter method', dir: 'sdk', file: 'api-surface.md', match: /^Jobs\.waitUntilDone\(jobId: string/ },
    { name: 'SDK: a model field, one line each', dir: 'sdk', file: 'api-surface.md', line: 'Job.state: JobState' },
    {
      name: 'SDK: an enum as a union',
      dir: 'sdk',
      file: 'api-surface.md',
      line: "type JobState = 'queued' | 'running' | 'done' | 'failed'",
    },
    { name: 'SDK: a renamed export', dir: 'sdk', file: 'api-surface.md', line: 'MiniError: alias of class ApiError' },
    { name: 'SDK: a namespace export', dir: 'sdk', file: 'api-surface.md', line: 'namespace Types' },
    {
      name: 'SDK: a scalar constant shows its value',
      dir: 'sdk',
      file: 'api-surface.md',
      line: 'const DEFAULT_MAX_RETRIES = 2',
    },
    {
      name: 'MCP: a tool and its hints',
      dir: 'mcp',
      file: 'tool-surface.md',
      line: 'tool delete_job [destructive, idempotent, openWorld]',
    },
    {
      name: 'MCP: a required argument with its schema, no description',
      dir: 'mcp',
      file: 'tool-surface.md',
      line: 'create_job.kind: {"default":"batch","enum":["batch","interactive"]}',
    },
    {
      name: 'MCP: an optional argument',
      dir: 'mcp',
      file: 'tool-surface.md',
      match: /^list_jobs\.cursor\?: \{"type":"string"\}$/,
    },
  ])('$name', ({ dir, file, line, match }) => {
    const lines = surface(dir, file);
    if (line) expect(lines).toContain(line);
    else expect(lines.some((l) => match!.test(l))).toBe(true);
  });

  it('is sorted and starts with the provenance header', () => {
    const file = targets.find((t) => t.dir.endsWith('mcp'))!.files.find((f) => f.path === 'tool-surface.md')!;
    expect(file.content).toMatch(/^<!-- Code generated from generator\/fixtures\/mini\.yaml\. DO NOT EDIT/);
    const tools = surface('mcp', 'tool-surface.md').filter((l) => l.startsWith('tool '));
    expect(tools).toEqual([...tools].sort());
  });
});

describe('surface diff', () => {
  it.each([
    { line: 'static Gpuaas.refreshingTokenProvider(tokens: X): Y', key: 'Gpuaas.refreshingTokenProvider' },
    { line: 'readonly ApiError.status?: number', key: 'ApiError.status' },
    { line: "type JobState = 'a' | 'b'", key: 'JobState' },
    { line: 'class Jobs extends APIResource (not exported)', key: 'Jobs' },
    { line: 'tool delete_job [destructive, idempotent]', key: 'delete_job' },
    { line: 'list_jobs.cursor?: {"type":"string"}', key: 'list_jobs.cursor' },
    { line: 'allocations list --page-size <integer> (default 50)', key: 'allocations list --page-size' },
    { line: 'allocations list (aliases: ls)', key: 'allocations list' },
    { line: '(global) --output, -o <string>', key: '(global) --output, -o' },
  ])('entry key of $line', ({ line, key }) => expect(entryKey(line)).toBe(key));

  const before = [
    'class Jobs (not exported)',
    'Jobs.delete(id: string): P',
    'Jobs.get(id: string): P',
    "type S = 'a' | 'b'",
    'tool x [readOnly]',
    'x.a: {}',
  ];
  it.each([
    {
      name: 'a removed method is breaking',
      after: before.filter((l) => !l.startsWith('Jobs.delete')),
      expected: [['major', 'removed', 'Jobs.delete']],
    },
    {
      name: 'an added method is additive',
      after: [...before, 'Jobs.list(): Q'],
      expected: [['minor', 'added', 'Jobs.list']],
    },
    {
      name: 'a changed entry is listed for review',
      after: before.map((l) => l.replace("'b'", "'b' | 'c'")),
      expected: [['minor', 'changed', 'S']],
    },
    {
      name: 'a removed owner is listed once, not per member',
      after: before.filter((l) => !l.startsWith('x') && !l.startsWith('tool x')),
      expected: [['major', 'removed', 'x']],
    },
    { name: 'no change', after: before, expected: [] },
  ])('$name', ({ after, expected }) => {
    expect(diffSurface(before, after).map((c) => [c.level, c.kind, c.subject])).toEqual(expected);
  });

  it('reads the block whatever the fence length', () => {
    expect(surfaceEntries('# t\n\n````text\na ```b``` c\n````\n')).toEqual(['a ```b``` c']);
  });
});
