/**
 * `--wait` against Prism: the mutation, then polls of the operation its x-codegen-wait link names.
 * Prism answers a `Prefer: example=…` with that example or a 404 when the operation has none, so a
 * `-H 'Prefer: example=failed'` would fail the mutation itself: the proxy adds it to the polls only.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startProxy } from '../support/mock.js';
import { gpuaas, newConfigDir } from './support.js';

const PROJECT = 'proj_01HZX282WZ7T7D204BHZDCBMD0';
const ALLOCATION = 'alloc_01HZXY0YXKKGEG772AZM7P9PW8';
const polledAs = (example: string) => async () =>
  startProxy(inject('gpuaasUrl'), { prefer: (r) => (r.method === 'GET' ? `example=${example}` : undefined) });

let plain: Awaited<ReturnType<typeof startProxy>>;
let failing: Awaited<ReturnType<typeof startProxy>>;
beforeAll(async () => {
  [plain, failing] = await Promise.all([startProxy(inject('gpuaasUrl')), polledAs('failed')()]);
});
afterAll(async () => {
  await Promise.all([plain?.close(), failing?.close()]);
});

async function run(baseUrl: string, args: string[]) {
  const env = {
    GPUAAS_BASE_URL: baseUrl,
    GPUAAS_CONFIG_DIR: await newConfigDir(),
    GPUAAS_TOKEN: 't',
    GPUAAS_PROJECT: PROJECT,
  };
  return gpuaas(args, { env });
}

describe.concurrent('--wait', () => {
  it('allocations create --wait polls getAllocation until active and prints it', async () => {
    const result = await run(plain.url, [
      'allocations',
      'create',
      '--scheduler-type',
      'bare_metal',
      '--wait',
      '-H',
      'X-E2E-Case: wait-ok',
    ]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: ALLOCATION, status: 'active' });
    // No terminal: one plain line per poll on stderr, then the outcome.
    expect(result.stderr).toBe(
      `waiting for allocation ${ALLOCATION} to become active… state=active (poll 1)\nallocation ${ALLOCATION} is active\n`,
    );
    const sent = plain.requests
      .filter((r) => r.headers.get('x-e2e-case') === 'wait-ok')
      .map((r) => `${r.method} ${r.url.pathname}`);
    expect(sent).toEqual(['POST /api/v1/allocations', `GET /api/v1/allocations/${ALLOCATION}`]);
  });

  it('apps shared-runtimes worker-operations create --wait takes the polled parameters from the request and the response', async () => {
    const org = 'org_01HZXT7TDX4V90F04X7AKQJSKK';
    const runtime = 'srt_01HZXRW6987V58Y8CVMBJY7N4R';
    const args = [
      'apps',
      'shared-runtimes',
      'worker-operations',
      'create',
      '--org-id',
      org,
      '--runtime-id',
      runtime,
      '--worker-id',
      'wkr_1',
      '--operation',
      'restart',
    ];
    const result = await run(plain.url, [...args, '--wait', '-o', 'table', '-H', 'X-E2E-Case: wait-wop']);
    expect(result.code).toBe(0);
    // The result is one object: key: value lines of the polled operation's columns.
    expect(result.stdout.split('\n').map((line) => line.split(':')[0])).toEqual([
      'id',
      'worker_id',
      'operation',
      'status',
      'created_at',
      'finished_at',
      'error',
      '',
    ]);
    expect(result.stdout).toContain('status:      succeeded');
    const poll = plain.requests.filter((r) => r.headers.get('x-e2e-case') === 'wait-wop').at(-1)!;
    expect(poll.url.pathname).toBe(
      `/api/v1/orgs/${org}/apps/shared-runtimes/${runtime}/worker-operations/wop_01HZXRRTGFKPMRYRSXT6MBYHZ2`,
    );
  });

  it('a failure state is exit 11, with the resource in that state on stdout', async () => {
    const result = await run(failing.url, ['allocations', 'create', '--wait']);
    expect(result.code).toBe(11);
    expect(JSON.parse(result.stdout)).toMatchObject({
      status: 'failed',
      failure_reason: expect.stringContaining('capacity'),
    });
    expect(result.stderr).toContain('Error: active: status is "failed", a failure state');
  });

  it('the same failure as one JSON object with -o json', async () => {
    const result = await run(failing.url, ['allocations', 'create', '--wait', '-o', 'json']);
    expect(result.code).toBe(11);
    const lines = result.stderr.trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({
      exit_code: 11,
      message: 'active: status is "failed", a failure state',
    });
  });
});
