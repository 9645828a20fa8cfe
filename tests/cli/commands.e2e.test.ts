/**
 * The built `gpuaas` against Prism (through the recording proxy): every seed command, each output format,
 * every exit-code class with the server's code/message/correlation_id, project resolution,
 * confirmation, --debug.
 */
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort, startProxy, type RecordedRequest } from '../support/mock.js';
import { gpuaas, newConfigDir, type RunOptions } from './support.js';

const PROJECT = 'proj_01HZX282WZ7T7D204BHZDCBMD0';
const ORG = 'org_01HZXT7TDX4V90F04X7AKQJSKK';
const RUNTIME = 'srt_01HZXRW6987V58Y8CVMBJY7N4R';

let proxy: Awaited<ReturnType<typeof startProxy>>;
beforeAll(async () => {
  proxy = await startProxy(inject('gpuaasUrl'));
});
afterAll(() => proxy?.close());

let cases = 0;
/**
 * A config directory and environment of its own, so tests run concurrently: each run marks its requests
 * with a header, and `sent()` is what this test's runs sent.
 */
async function context(baseUrl = proxy.url) {
  const mark = `case-${++cases}`;
  const configDir = await newConfigDir();
  const env = { GPUAAS_BASE_URL: baseUrl, GPUAAS_CONFIG_DIR: configDir, GPUAAS_TOKEN: 'e2e-token' };
  const sent = (): RecordedRequest[] => proxy.requests.filter((r) => r.headers.get('x-e2e-case') === mark);
  return {
    configDir,
    sent,
    last: (): RecordedRequest => sent().at(-1)!,
    run: (args: string[], options: RunOptions = {}) =>
      gpuaas([...args, '-H', `X-E2E-Case: ${mark}`], { ...options, env: { ...env, ...options.env } }),
  };
}

describe('every seed command runs and sends the declared request', () => {
  const apps = ['apps', 'shared-runtimes'];
  const scoped = ['--org-id', ORG];
  const inRuntime = [...scoped, '--runtime-id', RUNTIME];
  it.concurrent.each<[string[], string]>([
    [['catalog', 'list'], 'GET /api/v1/catalog/skus'],
    [['nodes', 'list', '--status', 'available'], 'GET /api/v1/nodes?status=available'],
    [['projects', 'list'], 'GET /api/v1/projects'],
    [['projects', 'create', '--name', 'Research', '--slug', 'research'], 'POST /api/v1/projects'],
    [['allocations', 'list', '--status', 'active', '--project-id', PROJECT], 'GET /api/v1/allocations?status=active'],
    [
      [
        'allocations',
        'create',
        '--scheduler-type',
        'slurm',
        '--node-id',
        'node_01HZX505P25N4504VQBCNCMTND',
        '--project-id',
        PROJECT,
      ],
      'POST /api/v1/allocations',
    ],
    [
      ['allocations', 'release', '--id', 'alloc_1', '--project-id', PROJECT, '--yes'],
      'POST /api/v1/allocations/alloc_1/release',
    ],
    [['billing', 'balance'], 'GET /api/v1/billing/balance'],
    [[...apps, 'list', ...scoped], `GET /api/v1/orgs/${ORG}/apps/shared-runtimes`],
    [[...apps, 'get', ...scoped, '--id', RUNTIME], `GET /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}`],
    [
      [
        ...apps,
        'create',
        ...scoped,
        '--name',
        'vllm',
        '--sku-id',
        'sku_1',
        '--min-workers',
        '1',
        '--max-workers',
        '2',
        '--image',
        'ghcr.io/acme/vllm:1',
      ],
      `POST /api/v1/orgs/${ORG}/apps/shared-runtimes`,
    ],
    [
      [...apps, 'delete', ...scoped, '--id', RUNTIME, '--yes'],
      `DELETE /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}`,
    ],
    [
      [...apps, 'attachments', 'list', ...inRuntime],
      `GET /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}/attachments`,
    ],
    [
      [...apps, 'attachments', 'get', ...inRuntime, '--id', 'satt_1'],
      `GET /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}/attachments/satt_1`,
    ],
    [
      [...apps, 'attachments', 'create', ...inRuntime, '--project-id', PROJECT, '--name', 'research'],
      `POST /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}/attachments`,
    ],
    [
      [...apps, 'attachments', 'delete', ...inRuntime, '--id', 'satt_1', '--yes'],
      `DELETE /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}/attachments/satt_1`,
    ],
    [[...apps, 'workers', 'list', ...inRuntime], `GET /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}/workers`],
    [
      [...apps, 'workers', 'get', ...inRuntime, '--id', 'wkr_1'],
      `GET /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}/workers/wkr_1`,
    ],
    [
      [...apps, 'worker-operations', 'list', ...inRuntime],
      `GET /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}/worker-operations`,
    ],
    [
      [...apps, 'worker-operations', 'get', ...inRuntime, '--id', 'wop_1'],
      `GET /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}/worker-operations/wop_1`,
    ],
    [
      [...apps, 'worker-operations', 'create', ...inRuntime, '--worker-id', 'wkr_1', '--operation', 'drain'],
      `POST /api/v1/orgs/${ORG}/apps/shared-runtimes/${RUNTIME}/worker-operations`,
    ],
  ])('gpuaas %j', async (args, request) => {
    const t = await context();
    const result = await t.run(args);
    expect(result.stderr.replace(/^more results: .*\n$/, '')).toBe('');
    expect(result.code).toBe(0);
    if (result.stdout) JSON.parse(result.stdout);
    const sent = t.last();
    expect(`${sent.method} ${sent.url.pathname}${sent.url.search}`).toBe(request);
    expect(sent.headers.get('authorization')).toBe('Bearer e2e-token');
  });

  it.concurrent('sends body flags as the JSON body, project flags as the project header', async () => {
    const { run, last } = await context();
    await run([
      'allocations',
      'create',
      '--scheduler-type',
      'bare-metal',
      '--sku-id',
      'sku_1',
      '--project-id',
      PROJECT,
    ]);
    expect(JSON.parse(last().body)).toEqual({ scheduler_type: 'bare_metal', sku_id: 'sku_1' });
    expect(last().headers.get('x-project-id')).toBe(PROJECT);
    await run([
      'apps',
      'shared-runtimes',
      'attachments',
      'create',
      '--org-id',
      ORG,
      '--runtime-id',
      RUNTIME,
      '--project-id',
      PROJECT,
      '--name',
      'r',
    ]);
    expect(JSON.parse(last().body)).toEqual({ project_id: PROJECT, name: 'r' });
  });

  it.concurrent('schema, explain and mcp list-tools describe the contract without a request', async () => {
    const { run, sent } = await context();
    const schema = JSON.parse((await run(['schema', 'Allocation'])).stdout);
    expect(schema).toMatchObject({ title: 'Allocation', type: 'object' });
    // Self-contained: what it uses is in $defs, and every reference points there (or to the root).
    const refs = [...JSON.stringify(schema).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]!);
    for (const ref of refs) expect(ref === '#' || (ref.startsWith('#/$defs/') && ref.slice('#/$defs/'.length) in schema.$defs), ref).toBe(true);
    const explained = JSON.parse((await run(['explain', 'allocations', 'release', '-o', 'json'])).stdout);
    expect(explained).toMatchObject({
      request: { method: 'POST', path: '/api/v1/allocations/{allocation_id}/release' },
      confirmation: true,
      project_scoped: true,
    });
    const tools = JSON.parse((await run(['mcp', 'list-tools'])).stdout);
    expect(tools.tools.map((t: { name: string }) => t.name)).toContain('list_nodes');
    const table = await run(['mcp', 'list-tools', '-o', 'table', '--read-only']);
    expect(table.stdout).toMatch(/^NAME\s+TITLE\s+READ_ONLY\s+DESTRUCTIVE\s+IDEMPOTENT\s+BYTES\s+TOKENS$/m);
    expect(table.stdout).toMatch(/^list_nodes\s+List GPU nodes\s+true\s+false\s+true\s+\d+\s+\d+$/m);
    expect(table.stdout).not.toMatch(/^create_allocation/m);
    expect(table.stderr).toMatch(
      /^\d+ tools \(static mode\); tools\/list: static \d+ bytes, ~\d+ tokens \| dynamic \d+ bytes, ~\d+ tokens; auto chose static: the static list fits the 25000-token budget \(tokens = ceil\(bytes \/ 4\)\)$/m,
    );
    const dynamic = JSON.parse((await run(['mcp', 'list-tools', '--tools', 'dynamic'])).stdout);
    expect(dynamic.tools.map((t: { name: string }) => t.name)).toEqual(['search_endpoints', 'describe_endpoint', 'call_endpoint']);
    const budget = JSON.parse((await run(['mcp', 'list-tools', '--budget', '--tool-budget', '100'])).stdout);
    expect(budget).toMatchObject({ mode: 'dynamic', modes: { static: { bytes: expect.any(Number) }, dynamic: { bytes: expect.any(Number) } } });
    expect(sent()).toEqual([]);
  });
});

describe('output', () => {
  it.concurrent.each<[string[], (stdout: string) => void]>([
    [
      ['-o', 'json'],
      (out) =>
        expect(JSON.parse(out)[0]).toMatchObject({
          id: 'node_01HZX505P25N4504VQBCNCMTND',
          hostname: 'gpu-h100-use1-017.gpuaas.internal',
        }),
    ],
    [
      ['-o', 'yaml'],
      (out) =>
        expect(out).toMatch(
          /^- id: node_01HZX505P25N4504VQBCNCMTND\n  hostname: gpu-h100-use1-017\.gpuaas\.internal\n/,
        ),
    ],
    [['-o', 'csv'], (out) => expect(out.split('\n')[0]).toBe('id,hostname,region,status,gpu_model,gpu_count,sku_id')],
    [
      ['-o', 'csv', '--no-heading'],
      (out) => expect(out.split('\n')[0]).toMatch(/^node_01HZX505P25N4504VQBCNCMTND,gpu-h100-use1-017/),
    ],
    [
      ['-o', 'table'],
      (out) => expect(out.split('\n')[0]).toMatch(/^ID\s+HOSTNAME\s+REGION\s+STATUS\s+GPU_MODEL\s+GPU_COUNT\s+SKU_ID$/),
    ],
    [
      ['-o', 'table', '--no-heading'],
      (out) => expect(out.split('\n')[0]).toMatch(/^node_01HZX505P25N4504VQBCNCMTND\s+gpu-h100/),
    ],
    [[], (out) => expect(JSON.parse(out)).toHaveLength(2)],
  ])('nodes list %j', async (flags, check) => {
    const { run } = await context();
    const result = await run(['nodes', 'list', ...flags]);
    expect(result.code).toBe(0);
    check(result.stdout);
  });

  it.concurrent('an empty list is [] in JSON and nothing as a table', async () => {
    const proxied = await startProxy(inject('gpuaasUrl'), { prefer: () => 'example=empty' });
    const { run } = await context(proxied.url);
    try {
      const json = await run(['catalog', 'list']);
      expect(json.stdout).toBe('[]\n');
      const table = await run(['catalog', 'list', '-o', 'table']);
      expect(table).toMatchObject({ code: 0, stdout: '' });
    } finally {
      await proxied.close();
    }
  });

  it.concurrent.each([[['nodes', 'list', '--all', '-o', 'jsonl']], [['nodes', 'list', '-o', 'csv']], [['catalog', 'list', '-o', 'json']]])(
    'a reader that closes the pipe early (| head) ends %j quietly with exit 0',
    async (args) => {
      const { run } = await context();
      // Closed before the response arrives, so the CLI's first write meets a closed pipe (EPIPE).
      const result = await run(args, { onSpawn: (child) => child.stdout!.destroy() });
      expect(result).toMatchObject({ code: 0, stderr: '' });
    },
  );

  it.concurrent('--all follows cursors (the mock ends the list); a server repeating a cursor is exit 11', async () => {
    const { run, sent, last } = await context();
    const all = await run(['nodes', 'list', '--all']);
    expect(JSON.parse(all.stdout).map((n: { id: string }) => n.id)).toEqual([
      'node_01HZX505P25N4504VQBCNCMTND',
      'node_01HZX011BG5QPC38DQ5MVEW3P3',
      'node_01HZXZGQ9JPY22H9B6K58JD7EE',
    ]);
    expect(sent().map((r) => r.url.searchParams.get('cursor'))).toEqual([null, 'eyJpZCI6Im5vZGVfMDFIWlgwMTFCRzVRUEMzOERRNU1WRVczUDMifQ']);
    const repeating = await startProxy(inject('gpuaasUrl'), { prefer: () => 'example=first_page' });
    try {
      const looping = await (await context(repeating.url)).run(['nodes', 'list', '--all']);
      expect(looping.code).toBe(11);
      expect(looping.stderr).toContain('a second time; stopping instead of looping');
    } finally {
      await repeating.close();
    }
    const limited = await run(['nodes', 'list', '--max-items', '1', '--page-size', '5']);
    expect(JSON.parse(limited.stdout)).toHaveLength(1);
    expect(last().url.searchParams.get('page_size')).toBe('5');
  });
});

describe('exit codes by error class, with the server envelope on stderr', () => {
  const create = ['allocations', 'create', '--project-id', PROJECT];
  it.concurrent.each<[string, number, string[], string]>([
    ['400', 8, create, 'invalid_request'],
    ['401', 4, create, 'unauthenticated'],
    ['402', 10, create, 'insufficient_balance'],
    ['403', 5, create, 'forbidden'],
    ['404', 6, ['allocations', 'get', '--id', 'alloc_x', '--project-id', PROJECT], 'not_found'],
    ['409', 7, create, 'node_unavailable'],
    ['422', 8, create, 'validation_failed'],
    ['500', 11, ['billing', 'balance'], 'internal_error'],
  ])('%s -> exit %i', async (status, code, args, errorCode) => {
    const { run } = await context();
    const human = await run([...args, '-H', `Prefer: code=${status}`]);
    expect(human.code).toBe(code);
    expect(human.stdout).toBe('');
    expect(human.stderr).toMatch(
      new RegExp(`^Error: .+\\ncode: ${errorCode}\\ncorrelation_id: corr_[0-9a-f]+\\nhttp_status: ${status}\\n`),
    );
    const machine = await run([...args, '-H', `Prefer: code=${status}`, '-o', 'json']);
    expect(machine.code).toBe(code);
    expect(JSON.parse(machine.stderr)).toMatchObject({
      code: errorCode,
      http_status: Number(status),
      exit_code: code,
      correlation_id: expect.stringMatching(/^corr_/),
    });
  });

  it.concurrent('429 -> exit 9 with the time to wait', async () => {
    // Prism's 429 says Retry-After: 30, which the SDK would honour twice; this server answers at once.
    const server = createServer((_req, res) => {
      res.writeHead(429, {
        'content-type': 'application/json',
        'x-correlation-id': 'corr_429',
        'retry-after-ms': '10',
      });
      res.end(JSON.stringify({ code: 'rate_limited', message: 'Slow down', correlation_id: 'corr_429' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const port = (server.address() as { port: number }).port;
      const result = await (await context(`http://127.0.0.1:${port}`)).run(['billing', 'balance', '-o', 'json']);
      expect(result.code).toBe(9);
      expect(JSON.parse(result.stderr)).toEqual({
        code: 'rate_limited',
        message: 'Slow down',
        correlation_id: 'corr_429',
        http_status: 429,
        exit_code: 9,
        retryable: true,
        retry_after: 1,
        idempotency_key: null,
        may_have_succeeded: false,
        repeat_command: null,
      });
    } finally {
      server.close();
    }
  });

  it.concurrent.each<[string, number, string[], NodeJS.ProcessEnv, string]>([
    ['usage: unknown flag', 2, ['nodes', 'list', '--colour', 'red'], {}, 'Error: unknown flag --colour\n'],
    ['usage: a mistyped flag', 2, ['nodes', 'list', '--stauts', 'available'], {}, 'Error: unknown flag --stauts (did you mean --status?)'],
    [
      'usage: a mistyped enum value',
      2,
      ['allocations', 'create', '--scheduler-type', 'slrum', '--project-id', 'p'],
      {},
      'hint: did you mean --scheduler-type slurm?',
    ],
    [
      'usage: bad enum',
      2,
      ['allocations', 'create', '--scheduler-type', 'mainframe'],
      {},
      'allowed values are bare_metal, slurm, k8s, ray',
    ],
    ['usage: missing required', 2, ['projects', 'create'], {}, 'missing required input: --name'],
    [
      'confirmation needed',
      3,
      ['allocations', 'release', '--id', 'alloc_1', '--project-id', PROJECT],
      {},
      'pass --yes to proceed',
    ],
    ['not logged in', 4, ['billing', 'balance'], { GPUAAS_TOKEN: '' }, 'not logged in'],
    ['no project', 13, ['allocations', 'list'], {}, 'no project selected'],
  ])('%s -> exit %i before any request', async (_label, code, args, extraEnv, message) => {
    const { run, sent } = await context();
    const result = await run(args, { env: extraEnv });
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(sent()).toEqual([]);
  });

  it.concurrent('network: nothing listening -> exit 12', async () => {
    const { run } = await context();
    const result = await run(['billing', 'balance', '-o', 'json'], {
      env: { GPUAAS_BASE_URL: `http://127.0.0.1:${await freePort()}` },
    });
    expect(result.code).toBe(12);
    expect(JSON.parse(result.stderr)).toMatchObject({
      code: null,
      http_status: null,
      exit_code: 12,
      message: expect.stringContaining('ECONNREFUSED'),
    });
  });
});

describe('interrupt', () => {
  it('Ctrl-C during a request cancels it: exit 130', async () => {
    let reached: () => void;
    const request = new Promise<void>((resolve) => (reached = resolve));
    const hanging = createServer(() => reached());
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      const { run } = await context(`http://127.0.0.1:${(hanging.address() as { port: number }).port}`);
      const result = run(['billing', 'balance'], { onSpawn: (child) => void request.then(() => child.kill('SIGINT')) });
      expect((await result).code).toBe(130);
      expect((await result).stderr).toContain('aborted');
    } finally {
      hanging.closeAllConnections();
      hanging.close();
    }
  });
});

describe('project context', () => {
  it.concurrent(
    '--project / --project-id > GPUAAS_PROJECT > the active project; none is exit 13 with the way out',
    async () => {
      const { run, last, configDir } = await context();
      await writeFile(path.join(configDir, 'config.json'), JSON.stringify({ active_project: 'proj_config' }));
      const sent = async (args: string[], extraEnv: NodeJS.ProcessEnv = {}) => {
        expect((await run(['allocations', 'list', ...args], { env: extraEnv })).code).toBe(0);
        return last().headers.get('x-project-id');
      };
      expect(await sent([])).toBe('proj_config');
      expect(await sent([], { GPUAAS_PROJECT: 'proj_env' })).toBe('proj_env');
      expect(await sent(['--project', 'proj_flag'], { GPUAAS_PROJECT: 'proj_env' })).toBe('proj_flag');
      expect(await sent(['--project-id', 'proj_cmd'], { GPUAAS_PROJECT: 'proj_env' })).toBe('proj_cmd');
      await writeFile(path.join(configDir, 'config.json'), '{}');
      const none = await run(['allocations', 'list']);
      expect(none.code).toBe(13);
      expect(none.stderr).toContain(
        'hint: pass --project <id>, set GPUAAS_PROJECT, or run `gpuaas projects use --id <id>`',
      );
    },
  );

  it.concurrent('projects use checks the project, stores it, and later commands use it', async () => {
    const { run, last } = await context();
    expect((await run(['projects', 'use', '--id', PROJECT])).stdout).toBe(
      `Active project: ${PROJECT} (LLM Fine-tuning)\n`,
    );
    await run(['allocations', 'list']);
    expect(last().headers.get('x-project-id')).toBe(PROJECT);
    const missing = await run(['projects', 'use', '--id', 'proj_missing', '-H', 'Prefer: code=404']);
    expect(missing.code).toBe(6);
  });
});

describe('confirmation and --debug', () => {
  it.concurrent('a destructive command without a terminal and without --yes is exit 3 and sends nothing', async () => {
    const { run, sent } = await context();
    const result = await run(['apps', 'shared-runtimes', 'delete', '--org-id', ORG, '--id', RUNTIME]);
    expect(result.code).toBe(3);
    expect(sent()).toEqual([]);
  });

  it.concurrent('--debug shows each exchange with the Idempotency-Key, Authorization redacted', async () => {
    const { run, last } = await context();
    const result = await run([
      'allocations',
      'create',
      '--project-id',
      PROJECT,
      '--idempotency-key',
      'idem-e2e-1',
      '--debug',
    ]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`> POST ${proxy.url}/api/v1/allocations  [createAllocation, attempt 1]`);
    expect(result.stderr).toContain('> idempotency-key: idem-e2e-1');
    expect(result.stderr).toContain('> authorization: Bearer [REDACTED]');
    expect(result.stderr).toContain('< 202 Accepted');
    expect(result.stderr).not.toContain('e2e-token');
    expect(last().headers.get('idempotency-key')).toBe('idem-e2e-1');
    JSON.parse(result.stdout);
  });

  it.concurrent('without --idempotency-key a key is generated', async () => {
    const { run, last } = await context();
    await run(['allocations', 'create', '--project-id', PROJECT]);
    expect(last().headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
