/**
 * Flag parsing over every command the generator emits for the real contract (and the mini fixture):
 * what is rejected is rejected before any request (the fetch fails the test if called), and what is
 * accepted becomes exactly the declared request.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as gpuaasSdk from '../../../generated/sdk/src/gpuaas/operations.js';
import * as miniSdk from '../../../generator/fixtures/golden/mini/sdk/src/mini/operations.js';
import type { CommandView } from '../../../generator/emit/cli/commands.js';
import { json, scriptedFetch, type Reply } from '../../sdk/core/testing/support.js';
import { cliApi, commandViews, harness, type Harness, type Sdk } from './testing/harness.js';
import type { CommandSpec, FlagSpec } from './types.js';

const gpuaasViews = await commandViews('openapi/gpuaas.yaml', 'openapi/keycloak.yaml');
const miniViews = await commandViews('generator/fixtures/mini.yaml');
const operationCommands = (views: CommandView[]) =>
  views.filter((v) => v.runner.export === 'runOperation').map((v) => v.spec);

/** A value each flag accepts, for a valid command line. */
function sample(flag: FlagSpec): string[] {
  if (flag.type === 'boolean') return [`--${flag.name}`];
  const value =
    flag.enum?.[0] ??
    (flag.type === 'integer' || flag.type === 'number' ? String(flag.minimum ?? 1) : `v-${flag.name}`);
  return [`--${flag.name}`, value];
}

/** Every required flag with a valid value (but `except`), plus --yes where the command asks. */
function validArgs(spec: CommandSpec, except?: FlagSpec): string[] {
  const args = [...spec.path, ...spec.flags.filter((f) => f.required && f !== except).flatMap(sample)];
  return spec.operation?.confirm ? [...args, '--yes'] : args;
}

const okReply = (spec: CommandSpec): Reply =>
  spec.operation?.pagination ? json({ items: [], next_cursor: null }) : json({ id: 'x', status: 'ok' });

const env = { ACME_TOKEN: 'token', ACME_PROJECT: 'p-env' };

describe.each<[string, CommandView[], Sdk]>([
  ['gpuaas', gpuaasViews, gpuaasSdk as unknown as Sdk],
  ['mini', miniViews, miniSdk as unknown as Sdk],
])('%s: every operation command', (_name, views, sdk) => {
  let cli: Harness;
  beforeAll(async () => {
    cli = await harness(views, cliApi(sdk));
  });
  const commands = operationCommands(views);

  it.each(commands.map((spec) => [spec.path.join(' '), spec] as const))(
    '%s rejects an unknown flag (exit 2)',
    async (_path, spec) => {
      const result = await cli.run([...validArgs(spec), '--definitely-not-a-flag', '1'], { env });
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toContain('Error: unknown flag --definitely-not-a-flag\n');
    },
  );

  const withRequired = commands.filter((spec) => spec.flags.some((f) => f.required));
  it.each(withRequired.map((spec) => [spec.path.join(' '), spec] as const))(
    '%s requires its required flags (exit 2)',
    async (_path, spec) => {
      const result = await cli.run([...spec.path, ...(spec.operation?.confirm ? ['--yes'] : [])], { env });
      expect(result.code).toBe(2);
      for (const flag of spec.flags.filter((f) => f.required)) expect(result.stderr).toContain(`--${flag.name}`);
    },
  );

  const enums = commands.flatMap((spec) =>
    spec.flags.filter((f) => f.enum).map((flag) => [`${spec.path.join(' ')} --${flag.name}`, spec, flag] as const),
  );
  it.each(enums)(
    '%s rejects a value outside its enum, listing the allowed ones (exit 2)',
    async (_label, spec, flag) => {
      const result = await cli.run([...validArgs(spec, flag), `--${flag.name}`, 'not-a-listed-value'], { env });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(
        `invalid value "not-a-listed-value" for --${flag.name}: allowed values are ${flag.enum!.join(', ')}`,
      );
    },
  );

  // A swap of two letters of each flag (`--stauts`): the message names the flag meant.
  const typos = commands.flatMap((spec) =>
    spec.flags
      .filter((f) => f.name.length >= 6 && !spec.positionals.includes(f.name))
      .map((flag) => [`${spec.path.join(' ')} --${flag.name}`, spec, flag] as const),
  );
  it.each(typos)('%s mistyped is suggested (exit 2)', async (_label, spec, flag) => {
    const typo = flag.name[0] + flag.name[2]! + flag.name[1] + flag.name.slice(3);
    const result = await cli.run([...validArgs(spec, flag), `--${typo}`, 'x'], { env });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(new RegExp(`^Error: unknown flag --${typo} \\(did you mean --[a-z-]+\\?\\)`));
  });

  const integers = commands.flatMap((spec) =>
    spec.flags
      .filter((f) => f.type === 'integer')
      .map((flag) => [`${spec.path.join(' ')} --${flag.name}`, spec, flag] as const),
  );
  it.each(integers)('%s rejects a non-integer (exit 2)', async (_label, spec, flag) => {
    const result = await cli.run([...validArgs(spec, flag), `--${flag.name}`, '1.5'], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--${flag.name}: expected an integer`);
  });

  it.each(commands.map((spec) => [spec.path.join(' '), spec] as const))(
    '%s sends its declared request',
    async (_path, spec) => {
      const { fetch, requests } = scriptedFetch(okReply(spec));
      const result = await cli.run(validArgs(spec), { env, fetch });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(requests).toHaveLength(1);
      const op = spec.operation!;
      expect(requests[0]!.method).toBe(op.method);
      const path = op.path.replace(
        /\{([^}]+)\}/g,
        (_m, name: string) => `v-${spec.flags.find((f) => f.target?.name === name)!.name}`,
      );
      expect(requests[0]!.url.pathname).toBe(path);
      if (op.projectScoped) expect(requests[0]!.headers.get('x-project-id')).toBe('p-env');
      if (op.auth) expect(requests[0]!.headers.get('authorization')).toBe('Bearer token');
      if (op.idempotencyHeader) expect(requests[0]!.headers.get(op.idempotencyHeader)).toMatch(/^[0-9a-f-]{36}$/);
    },
  );
});

describe('mini: positionals, --body, project, output, confirmation', () => {
  let cli: Harness;
  beforeAll(async () => {
    cli = await harness(miniViews, cliApi(miniSdk as unknown as Sdk));
  });

  it('maps a positional to its parameter, and takes the flag form too', async () => {
    const { fetch, requests } = scriptedFetch(json({ id: 'job_1', state: 'done' }));
    expect((await cli.run(['jobs', 'get', 'job_1'], { env, fetch })).code).toBe(0);
    expect((await cli.run(['jobs', 'get', '--id', 'job_2'], { env, fetch })).code).toBe(0);
    expect(requests.map((r) => r.url.pathname)).toEqual(['/jobs/job_1', '/jobs/job_2']);
    expect((await cli.run(['jobs', 'get', 'a', 'b'], { env })).code).toBe(2);
  });

  it('merges field flags over --body, and takes @file and @- (stdin)', async () => {
    const { fetch, requests } = scriptedFetch(json({ id: 'job_1', state: 'queued' }));
    const file = join(cli.dir, 'body.json');
    await writeFile(file, JSON.stringify({ kind: 'interactive', labels: ['f'] }));
    const runs = [
      ['--body', '{"kind":"interactive","spec":{"gpus":2}}', '--kind', 'batch', '--labels', 'a', '--labels', 'b'],
      ['--body', `@${file}`],
      ['--body', '@-'],
    ];
    for (const extra of runs)
      expect((await cli.run(['jobs', 'create', ...extra], { env, fetch, stdin: '{"kind":"batch"}' })).code).toBe(0);
    expect(requests.map((r) => JSON.parse(r.body!))).toEqual([
      { kind: 'batch', spec: { gpus: 2 }, labels: ['a', 'b'] },
      { kind: 'interactive', labels: ['f'] },
      { kind: 'batch' },
    ]);
  });

  it.each([
    [['--body', '{nope'], 'invalid JSON for --body'],
    [['--body', '@/does/not/exist.json'], 'cannot read --body file /does/not/exist.json'],
    [['--body', '[1]', '--kind', 'batch'], '--body must be a JSON object to combine it with field flags'],
    [['--labels', 'x'], 'missing required input: --kind'],
    [['--kind', 'batch', '--kind', 'interactive'], '--kind was given 2 times; it takes one value'],
  ])('rejects %j before any request (exit 2)', async (extra, message) => {
    const result = await cli.run(['jobs', 'create', ...extra], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it.each<[string, string[], NodeJS.ProcessEnv, string | undefined, string]>([
    [
      '--project beats the environment and the config',
      ['--project', 'p-flag'],
      { ACME_PROJECT: 'p-env' },
      'p-config',
      'p-flag',
    ],
    [
      '--project-id is the same as --project',
      ['--project-id', 'p-flag'],
      { ACME_PROJECT: 'p-env' },
      'p-config',
      'p-flag',
    ],
    ['the environment beats the config', [], { ACME_PROJECT: 'p-env' }, 'p-config', 'p-env'],
    ['the config is the fallback', [], {}, 'p-config', 'p-config'],
  ])('project: %s', async (_label, flags, projectEnv, config, expected) => {
    await writeFile(join(cli.dir, 'config.json'), JSON.stringify(config ? { active_project: config } : {}));
    const { fetch, requests } = scriptedFetch(json({ items: [], next_cursor: null }));
    expect((await cli.run(['jobs', 'list', ...flags], { env: { ACME_TOKEN: 't', ...projectEnv }, fetch })).code).toBe(
      0,
    );
    expect(requests[0]!.headers.get('x-project-id')).toBe(expected);
    await writeFile(join(cli.dir, 'config.json'), '{}');
  });

  it('project: none is exit 13 with a hint; two that disagree are exit 2', async () => {
    const none = await cli.run(['jobs', 'list'], { env: { ACME_TOKEN: 't' } });
    expect(none.code).toBe(13);
    expect(none.stderr).toContain('Error: no project selected\nhint: pass --project <id>, set ACME_PROJECT');
    const both = await cli.run(['jobs', 'list', '--project', 'a', '--project-id', 'b'], { env });
    expect(both.code).toBe(2);
  });

  it('no token: exit 4 before any request', async () => {
    const result = await cli.run(['jobs', 'list'], { env: { ACME_PROJECT: 'p' } });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('Error: not logged in');
  });

  it('lists: JSON is the array of items, [] when empty; table on a terminal; the next cursor hinted on stderr', async () => {
    const page = json({ items: [{ id: 'job_1', state: 'running', kind: 'batch', extra: 1 }], next_cursor: 'c2' });
    let result = await cli.run(['jobs', 'list'], { env, fetch: scriptedFetch(page).fetch });
    expect(JSON.parse(result.stdout)).toEqual([{ id: 'job_1', state: 'running', kind: 'batch', extra: 1 }]);
    // Machine formats get the whole cursor, after the output.
    expect(result.stderr).toBe('more results: --all, or --cursor c2\n');
    result = await cli.run(['jobs', 'ls'], { env, fetch: scriptedFetch(json({ items: [], next_cursor: null })).fetch });
    expect(result.stdout).toBe('[]\n');
    expect(result.stderr).toBe('');
    result = await cli.run(['jobs', 'list', '--no-color'], { env, tty: true, fetch: scriptedFetch(page).fetch });
    expect(result.stdout).toBe('ID     STATE    KIND\njob_1  running  batch\n');
    expect(result.stderr).toBe('more results: --all, or --cursor <next> (-o json prints the cursor)\n');
    // On a terminal: bold headers, the state coloured, the hint dim; NO_COLOR turns it off.
    result = await cli.run(['jobs', 'list'], { env, tty: true, fetch: scriptedFetch(page).fetch });
    expect(result.stdout).toContain('\u001b[1mID\u001b[22m');
    expect(result.stdout).toContain('\u001b[32mrunning\u001b[39m');
    expect(result.stderr).toMatch(/^\u001b\[2mmore results/);
    result = await cli.run(['jobs', 'list'], { env: { ...env, NO_COLOR: '1' }, tty: true, fetch: scriptedFetch(page).fetch });
    expect(result.stdout + result.stderr).not.toContain('\u001b');
    result = await cli.run(['jobs', 'ls', '--no-color'], { env, tty: true, fetch: scriptedFetch(json({ items: [], next_cursor: null })).fetch });
    expect(result).toMatchObject({ code: 0, stdout: '', stderr: 'No jobs found.\n' });
    result = await cli.run(['jobs', 'ls', '-o', 'csv'], { env, fetch: scriptedFetch(json({ items: [], next_cursor: null })).fetch });
    expect(result).toMatchObject({ stdout: 'id,state,kind\n', stderr: '' });
    result = await cli.run(['jobs', 'list', '-o', 'csv', '--no-heading'], { env, fetch: scriptedFetch(page).fetch });
    expect(result.stdout).toBe('job_1,running,batch\n');
  });

  it('--max-items asks for no bigger pages and stops; --all follows cursors and stops on a repeated one (exit 11)', async () => {
    const pages = scriptedFetch(
      json({ items: [{ id: 'a' }, { id: 'b' }], next_cursor: 'c2' }),
      json({ items: [{ id: 'c' }], next_cursor: 'c2' }),
    );
    let result = await cli.run(['jobs', 'list', '--max-items', '3'], { env, fetch: pages.fetch });
    expect(JSON.parse(result.stdout)).toEqual([{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    expect(pages.requests.map((r) => r.url.search)).toEqual(['?page_size=3', '?page_size=3&cursor=c2']);
    result = await cli.run(['jobs', 'list', '--all'], {
      env,
      fetch: scriptedFetch(json({ items: [], next_cursor: 'same' })).fetch,
    });
    expect(result.code).toBe(11);
    expect(result.stderr).toContain('cursor "same" a second time');
  });

  it('--all streams: items are out before a later page fails (the array left open), -o jsonl is a line per item', async () => {
    const pages = () =>
      scriptedFetch(
        json({ items: [{ id: 'a' }, { id: 'b' }], next_cursor: 'c2' }),
        json({ items: [{ id: 'c' }], next_cursor: 'c2' }),
      ).fetch;
    let result = await cli.run(['jobs', 'list', '--all'], { env, fetch: pages() });
    expect(result.code).toBe(11);
    expect(result.stdout).toBe('[\n  {\n    "id": "a"\n  },\n  {\n    "id": "b"\n  },\n  {\n    "id": "c"\n  }');
    result = await cli.run(['jobs', 'list', '--all', '-o', 'jsonl'], { env, fetch: pages() });
    expect(result).toMatchObject({ code: 11, stdout: '{"id":"a"}\n{"id":"b"}\n{"id":"c"}\n' });
    // Errors are JSON for -o jsonl as for -o json.
    expect(JSON.parse(result.stderr)).toMatchObject({ exit_code: 11 });
    result = await cli.run(['jobs', 'list', '--max-items', '2', '-o', 'jsonl'], { env, fetch: pages() });
    expect(result).toMatchObject({ code: 0, stdout: '{"id":"a"}\n{"id":"b"}\n' });
  });

  it('confirmation: without a terminal and without --yes, exit 3 and no request', async () => {
    const result = await cli.run(['jobs', 'delete', '--id', 'job_1'], { env });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('pass --yes to proceed (Delete a job (--id job_1)?)');
  });

  it('--wait polls the linked waiter: success prints the final state, a failure state is exit 11 and is printed too', async () => {
    const queued = json({ id: 'job_1', state: 'queued' }, 202);
    let run = scriptedFetch(queued, json({ id: 'job_1', state: 'done', kind: 'batch' }));
    let result = await cli.run(['jobs', 'create', '--kind', 'batch', '--wait'], { env, fetch: run.fetch });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ id: 'job_1', state: 'done', kind: 'batch' });
    expect(run.requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual(['POST /jobs', 'GET /jobs/job_1']);
    expect(result.stderr).toContain('job job_1 is done');
    run = scriptedFetch(queued, json({ id: 'job_1', state: 'failed' }));
    result = await cli.run(['jobs', 'create', '--kind', 'batch', '--wait'], { env, fetch: run.fetch });
    expect(result.code).toBe(11);
    expect(JSON.parse(result.stdout)).toEqual({ id: 'job_1', state: 'failed' });
    expect(result.stderr).toContain('state is "failed", a failure state');
  });

  it('-o json turns an API error into one JSON object on stderr', async () => {
    const error = json({ code: 'not_found', message: 'No job', correlation_id: 'c-1' }, 404);
    const result = await cli.run(['jobs', 'get', 'job_9', '-o', 'json'], { env, fetch: scriptedFetch(error).fetch });
    expect(result.code).toBe(6);
    expect(JSON.parse(result.stderr)).toEqual({
      code: 'not_found',
      message: 'No job',
      correlation_id: 'c-1',
      http_status: 404,
      exit_code: 6,
      retryable: false,
      retry_after: null,
      idempotency_key: null,
      may_have_succeeded: false,
      repeat_command: null,
    });
  });

  it.each([
    [['-o', 'xml', 'jobs', 'list'], 'invalid value "xml" for --output'],
    [['jobs', 'list', '--timeout', 'soon'], 'invalid value "soon" for --timeout'],
    [['jobs', 'list', '-H', 'no colon'], `invalid header "no colon" for -H`],
    [['jobs'], 'Commands:\n  acme jobs create'],
    [['jobs'], 'Error: a command is required for `acme jobs`'],
    [['nope'], 'unknown command "nope"'],
    [['job'], 'unknown command "job". Did you mean jobs?'],
    [['jobs', 'list', '--pgae-size', '2'], 'unknown flag --pgae-size (did you mean --page-size?)'],
    [['jobs', 'list', '--ouptut', 'json'], 'unknown flag --ouptut (did you mean --output?)'],
    [['-o', 'jsno', 'jobs', 'list'], 'hint: did you mean --output json?'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const result = await cli.run(argv, { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
