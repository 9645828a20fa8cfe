/**
 * `__complete` in-process over the commands generated for the real contract: commands, flags, enum
 * values, and ids listed from the API (cached; silent when the API fails).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as gpuaasSdk from '../../../generated/sdk/src/gpuaas/operations.js';
import { SCRIPTS } from '../builtins/completion.js';
import { json, networkError, scriptedFetch } from '../../sdk/core/testing/support.js';
import { cliApi, commandViews, harness, noRequests, type Harness, type Sdk } from './testing/harness.js';

const views = await commandViews('openapi/gpuaas.yaml', 'openapi/keycloak.yaml');
const env = { ACME_TOKEN: 't', ACME_PROJECT: 'proj_env' };
const allocations = json({
  items: [
    { id: 'alloc_1', status: 'active' },
    { id: 'alloc_2', status: 'pending' },
  ],
  next_cursor: null,
});

let cli: Harness;
beforeEach(async () => {
  cli = await harness(views, cliApi(gpuaasSdk as unknown as Sdk));
});
const complete = async (words: string[], fetch: typeof globalThis.fetch = noRequests) => {
  const result = await cli.run(['__complete', ...words], { env, fetch });
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return result.stdout;
};

describe('__complete', () => {
  it.each<[string[], string]>([
    // (The harness has no group help lines; the CLI prints them after a tab.)
    [['no'], 'nodes\n'],
    [['apps', 'shared-runtimes', 'wo'], 'worker-operations\nworkers\n'],
    [['nodes', 'list', '--st'], '--status\tOnly nodes in this state.\n'],
    [['nodes', 'list', '--status', 'a'], 'available\nallocated\n'],
    [['nodes', 'list', '--status=m'], '--status=maintenance\n'],
    [['-o', ''], 'table\nwide\ncsv\njson\njsonl\nyaml\n'],
    [['allocations', 'create', '--scheduler-type', ''], 'bare_metal\nslurm\nk8s\nray\n'],
    [['completion', ''], 'bash\nzsh\nfish\npowershell\n'],
    [['nodes', 'list', '--status', 'available', '--sta'], ''],
    [['nope', ''], ''],
    [['nodes', 'list', "''"], ''],
  ])('%j', async (words, expected) => {
    expect(await complete(words)).toBe(expected);
  });

  it('offers the flags not given yet, repeatable ones again', async () => {
    const out = await complete(['nodes', 'list', '--status', 'available', '-H', 'A: 1', '--']);
    expect(out).not.toContain('--status\t');
    expect(out).toContain('--header\t');
    expect(out).toContain('--all\t');
  });

  it('--id lists the collection through the API, in the command line project, once a minute', async () => {
    const { fetch, requests } = scriptedFetch(allocations);
    const words = ['allocations', 'release', '--project-id', 'proj_9', '--id', ''];
    expect(await complete(words, fetch)).toBe('alloc_1\tactive\nalloc_2\tpending\n');
    expect(requests).toHaveLength(1);
    expect(`${requests[0]!.method} ${requests[0]!.url.pathname}`).toBe('GET /api/v1/allocations');
    expect(requests[0]!.headers.get('x-project-id')).toBe('proj_9');
    expect(requests[0]!.headers.get('authorization')).toBe('Bearer t');
    // Cached: no second request.
    expect(await complete([...words.slice(0, -1), 'alloc_2'], fetch)).toBe('alloc_2\tpending\n');
    expect(requests).toHaveLength(1);
  });

  it('--runtime-id lists the runtimes of the --org-id on the command line', async () => {
    const { fetch, requests } = scriptedFetch(json({ items: [{ id: 'srt_1', name: 'vllm' }], next_cursor: null }));
    const out = await complete(
      ['apps', 'shared-runtimes', 'workers', 'list', '--org-id', 'org_1', '--runtime-id', ''],
      fetch,
    );
    expect(out).toBe('srt_1\tvllm\n');
    expect(requests[0]!.url.pathname).toBe('/api/v1/orgs/org_1/apps/shared-runtimes');
  });

  it('--project (global) and --project-id list the projects', async () => {
    const { fetch } = scriptedFetch(json({ items: [{ id: 'proj_1', name: 'Research' }], next_cursor: null }));
    expect(await complete(['billing', 'balance', '--project', ''], fetch)).toBe('proj_1\tResearch\n');
    expect(await complete(['allocations', 'list', '--project-id', 'p'], fetch)).toBe('proj_1\tResearch\n');
  });

  it('is silent when the API fails, and offers nothing without the scope it needs', async () => {
    expect(
      await complete(['allocations', 'release', '--id', ''], scriptedFetch(networkError('ECONNREFUSED')).fetch),
    ).toBe('');
    expect(
      await complete(
        ['allocations', 'release', '--id', ''],
        scriptedFetch(json({ code: 'x', message: 'no', correlation_id: 'c' }, 500)).fetch,
      ),
    ).toBe('');
    expect(await complete(['apps', 'shared-runtimes', 'workers', 'list', '--runtime-id', ''])).toBe('');
  });

  it('--org-id (no list of orgs in the API) offers the org ids of earlier successful commands', async () => {
    expect(await complete(['apps', 'shared-runtimes', 'list', '--org-id', ''])).toBe('');
    const page = json({ items: [], next_cursor: null });
    for (const org of ['org_a', 'org_b'])
      expect(
        (await cli.run(['apps', 'shared-runtimes', 'list', '--org-id', org], { env, fetch: scriptedFetch(page).fetch }))
          .code,
      ).toBe(0);
    expect(await complete(['apps', 'shared-runtimes', 'get', '--org-id', ''])).toBe('org_b\norg_a\n');
  });

  it('strips control characters from what the API returns', async () => {
    const { fetch } = scriptedFetch(json({ items: [{ id: 'a\u001b[31mb', status: 'x\ny' }], next_cursor: null }));
    expect(await complete(['allocations', 'get', '--id', ''], fetch)).toBe('ab\tx\\ny\n');
  });
});

describe('completion scripts', () => {
  it('has a script for each shell the command offers', () => {
    const shells = views.find((v) => v.spec.path.join(' ') === 'completion')!.spec.flags[0]!.enum;
    expect(Object.keys(SCRIPTS)).toEqual(shells);
  });

  it.each(Object.entries(SCRIPTS))('%s calls the entry it was generated from, quoted', (_shell, script) => {
    const text = script('acme', ['/opt/node 20/bin/node', "/home/o'brien/acme.js"]);
    expect(text).toContain('__complete');
    expect(text).toMatch(/node 20\/bin\/node/);
    expect(text).not.toMatch(/^acme __complete/m);
  });

  it('defaults to the shell in $SHELL', async () => {
    const fish = await cli.run(['completion'], { env: { SHELL: '/usr/bin/fish' } });
    expect(fish.stdout).toContain('complete -c acme -f');
    const bad = await cli.run(['completion', 'tcsh']);
    expect(bad).toMatchObject({ code: 2 });
    expect(bad.stderr).toContain('allowed values are bash, zsh, fish, powershell');
  });
});
