/**
 * `explain` says what a command prints, and this checks it against what the built CLI really prints
 * (against the mock) in each mode: table columns or `key: value` fields, the CSV header, JSON's shape,
 * an empty list's message, and for `--wait` the polled resource instead of the command's own result.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Explanation } from '../../templates/cli/run/describe.js';
import { startProxy } from '../support/mock.js';
import { gpuaas, newConfigDir } from './support.js';

let proxy: Awaited<ReturnType<typeof startProxy>>;
let env: Record<string, string>;
beforeAll(async () => {
  // A wait for another state than the examples' first: the polls (GETs) ask for it by name.
  proxy = await startProxy(inject('gpuaasUrl'), {
    prefer: (r) =>
      r.method === 'GET' && r.headers.has('x-poll-example') ? `example=${r.headers.get('x-poll-example')}` : undefined,
  });
  env = {
    GPUAAS_BASE_URL: proxy.url,
    GPUAAS_TOKEN: 't',
    GPUAAS_PROJECT: 'proj_1',
    GPUAAS_CONFIG_DIR: await newConfigDir(),
  };
});
afterAll(() => proxy?.close());

const ORG = ['--org-id', 'org_1'];
const RUNTIME = [...ORG, '--runtime-id', 'srt_1'];
/** Commands of every kind the contract has, with the flags they need. */
const COMMANDS: [string, string[], string[]][] = [
  ['nodes list', ['nodes', 'list'], []],
  ['catalog list', ['catalog', 'list'], []],
  ['allocations list', ['allocations', 'list'], []],
  ['apps shared-runtimes worker-operations list', ['apps', 'shared-runtimes', 'worker-operations', 'list'], RUNTIME],
  ['allocations get', ['allocations', 'get'], ['--id', 'alloc_1']],
  ['allocations create', ['allocations', 'create'], ['--scheduler-type', 'slurm']],
  ['allocations create --wait', ['allocations', 'create'], ['--scheduler-type', 'slurm', '--wait']],
  [
    'allocations release --wait',
    ['allocations', 'release'],
    ['--id', 'alloc_1', '--yes', '--wait', '-H', 'X-Poll-Example: released'],
  ],
  [
    'apps shared-runtimes create --wait',
    ['apps', 'shared-runtimes', 'create'],
    [
      ...ORG,
      '--name',
      'vllm',
      '--sku-id',
      'sku_1',
      '--image',
      'ghcr.io/a/b:1',
      '--min-workers',
      '1',
      '--max-workers',
      '2',
      '--wait',
    ],
  ],
  ['billing balance', ['billing', 'balance'], []],
  ['projects create', ['projects', 'create'], ['--name', 'Research']],
];

const run = async (args: string[]) => {
  const result = await gpuaas(args, { env });
  expect(result.code, result.stderr).toBe(0);
  return result;
};

describe.concurrent.each(COMMANDS)('explain %s', (_label, path, args) => {
  it('matches what the command prints in each mode', async () => {
    const explained = JSON.parse((await run(['explain', ...path, '-o', 'json'])).stdout) as Explanation;
    const wait = args.includes('--wait');
    const output = wait ? explained.output!.wait! : explained.output!;
    expect(output.kind).toBe(wait ? 'object' : explained.paginated ? 'list' : 'object');

    // CSV: the header.
    const csv = await run([...path, ...args, '-o', 'csv']);
    expect(csv.stdout.split('\n')[0]).toBe(output.csv.join(','));

    // Table (piped: never fitted): a list's header, or one object's keys.
    const table = (await run([...path, ...args, '-o', 'table'])).stdout.trimEnd().split('\n');
    if (output.kind === 'list') expect(table[0]!.split(/\s+/)).toEqual(output.table.map((c) => c.toUpperCase()));
    else
      expect(table.filter((line) => /^\S/.test(line)).map((line) => line.slice(0, line.indexOf(':')))).toEqual(
        output.table,
      );

    // JSON: an array of items, or the object.
    const json = JSON.parse((await run([...path, ...args, '-o', 'json'])).stdout) as unknown;
    expect(Array.isArray(json)).toBe(output.json === 'array');

    // -o wide: every declared column of a list; every field of an object.
    const wide = (await run([...path, ...args, '-o', 'wide'])).stdout.trimEnd().split('\n');
    if (output.kind === 'list') expect(wide[0]!.split(/\s+/)).toEqual(output.table.map((c) => c.toUpperCase()));
    else
      expect(wide.filter((line) => /^\S/.test(line)).map((line) => line.slice(0, line.indexOf(':')))).toEqual(
        Object.keys(json as object),
      );
  });
});

it('an empty list: the message explain gives, [] in JSON, only the header in CSV', async () => {
  const explained = JSON.parse((await run(['explain', 'nodes', 'list', '-o', 'json'])).stdout) as Explanation;
  const empty = ['-H', 'Prefer: example=empty'];
  expect((await run(['nodes', 'list', '-o', 'table', ...empty])).stderr).toBe(`${explained.output!.empty}\n`);
  expect((await run(['nodes', 'list', '-o', 'json', ...empty])).stdout).toBe('[]\n');
  expect((await run(['nodes', 'list', '-o', 'csv', ...empty])).stdout).toBe(`${explained.output!.csv.join(',')}\n`);
});

it('the text form says the same', async () => {
  const text = (await run(['explain', 'allocations', 'create'])).stdout;
  expect(text).toContain(
    '  table  key: value lines: id, status, scheduler_type, sku_id, node_id, created_at; -o wide: every field',
  );
  expect(text).toContain('  With --wait, the allocation once active instead:');
  expect(text).toContain(
    'key: value lines: id, status, scheduler_type, sku_id, node_id, created_at, updated_at, failure_reason',
  );
  const list = (await run(['explain', 'nodes', 'list'])).stdout;
  expect(list).toContain(
    'a narrow terminal leaves out sku_id, gpu_count, gpu_model, region, status, hostname, in that order',
  );
  expect(list).toContain('"No nodes found." on stderr; [] in json; only the header in csv');
});
