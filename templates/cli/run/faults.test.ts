/**
 * The CLI under hostile answers and inputs, against the real contract's commands: every case ends with
 * its documented exit code, before any request where the fault is local, and no secret is printed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as gpuaasSdk from '../../../generated/sdk/src/gpuaas/operations.js';
import { json, networkError, scriptedFetch, type Reply } from '../../sdk/core/testing/support.js';
import { cliApi, commandViews, harness, noRequests, type Harness, type Sdk } from './testing/harness.js';

const TOKEN = 'tok-Very-Secret-123';
const env = { ACME_TOKEN: TOKEN, ACME_PROJECT: 'proj_1' };
const allocation = { id: 'alloc_1', project_id: 'proj_1', scheduler_type: 'bare_metal', node_id: null, sku_id: 'sku_1', status: 'pending', created_at: 'x', updated_at: 'x', failure_reason: null };
const create = ['allocations', 'create', '--sku-id', 'sku_1'];

let cli: Harness;
beforeAll(async () => {
  cli = await harness(await commandViews('openapi/gpuaas.yaml', 'openapi/keycloak.yaml'), cliApi(gpuaasSdk as unknown as Sdk));
});

const reply = (status: number, body: string | null, headers: Record<string, string> = {}): Reply => () =>
  new Response(body, { status, headers: { 'x-correlation-id': 'corr-9', ...headers } });

describe('exit codes: every fault maps to the documented table', () => {
  it.each<[string, string[], Reply | undefined, NodeJS.ProcessEnv, number, RegExp]>([
    // server (11): answers the contract does not allow
    ['an undeclared 307', create, reply(307, null, { location: 'https://elsewhere.example/x' }), {}, 11, /redirect the contract does not declare, to elsewhere\.example; not followed/],
    ['a 202 with a null body', create, reply(202, 'null', { 'content-type': 'application/json' }), {}, 11, /expected object at the root, got null\ncorrelation_id: corr-9/],
    ['a 202 that is not JSON', create, reply(202, '<html>ok</html>', { 'content-type': 'text/html' }), {}, 11, /the body is not JSON/],
    ['a 202 with an empty body', create, reply(202, ''), {}, 11, /the body is empty/],
    ['a list of the wrong shape', ['allocations', 'list'], reply(200, '[1,2]', { 'content-type': 'application/json' }), {}, 11, /expected object at the root, got array/],
    ['a response over --max-response-size', [...create, '--max-response-size', '64'], json({ ...allocation, pad: 'x'.repeat(200) }, 202), {}, 11, /larger than the limit of 64 bytes/],
    ['a 503 after every retry', create, json({ code: 'unavailable', message: 'busy' }, 503), {}, 11, /busy/],
    // configuration (13)
    ['a 431', create, json({ code: 'too_big', message: 'headers too large' }, 431), {}, 13, /headers too large/],
    ['a token with CR/LF', create, undefined, { ACME_TOKEN: `${TOKEN}\r\nX-Evil: 1` }, 13, /Invalid value for header authorization/],
    ['a -H value with CR/LF', [...create, '-H', `X-Note: ${TOKEN}\r\nX-Evil: 1`], undefined, {}, 13, /the value contains a line break \(value not shown\)/],
    ['a project id with LF (a header)', [...create, '--project-id', `p\nX-Evil: ${TOKEN}`], undefined, {}, 13, /Invalid value for header X-Project-ID/],
    ['plain http to another host', [...create, '--base-url', 'http://api.example.com'], undefined, {}, 13, /Refusing plain http to api\.example\.com/],
    ['userinfo in --base-url', [...create, '--base-url', `https://user:${TOKEN}@api.example.com`], undefined, {}, 13, /credentials in the URL are not sent/],
    // usage (2): values the contract forbids, bad flag values
    ['--timeout past the longest timer', [...create, '--timeout', '99999999999'], undefined, {}, 2, /invalid value "99999999999" for --timeout: at most/],
    ['--max-response-size nonsense', [...create, '--max-response-size', 'huge'], undefined, {}, 2, /for --max-response-size/],
    ['minLength', ['allocations', 'create', '--sku-id', ''], undefined, {}, 2, /--sku-id must be at least 1 character long/],
    ['maxLength', ['projects', 'create', '--name', 'n'.repeat(101)], undefined, {}, 2, /--name must be at most 100 characters long/],
    ['pattern', ['projects', 'create', '--name', 'n', '--slug', 'Not A Slug'], undefined, {}, 2, /--slug must match the pattern/],
    ['enum inside --body', ['allocations', 'create', '--body', '{"scheduler_type":"mainframe"}'], undefined, {}, 2, /"scheduler_type" in --body must be one of/],
    ['a body that is not an object', ['allocations', 'create', '--body', '[1]'], undefined, {}, 2, /--body must be a JSON object, got array/],
    // network (12)
    ['a connection reset after every retry', create, networkError('ECONNRESET'), {}, 12, /ECONNRESET/],
  ])('%s', async (_case, argv, answer, extraEnv, code, stderr) => {
    const recorded = answer ? scriptedFetch(answer) : undefined;
    const result = await cli.run(argv, {
      env: { ...env, ...extraEnv },
      fetch: recorded?.fetch ?? noRequests,
    });
    expect(result.stderr).toMatch(stderr);
    expect(result.code).toBe(code);
    for (const stream of [result.stdout, result.stderr]) expect(stream).not.toContain(TOKEN);
    expect(result.stderr).not.toMatch(/\u001b|\r/);
  });

  it('--insecure allows plain http to another host', async () => {
    const { fetch, requests } = scriptedFetch(json(allocation, 202));
    const result = await cli.run([...create, '--base-url', 'http://api.example.com', '--insecure'], { env, fetch });
    expect(result.code).toBe(0);
    expect(requests[0]!.url.host).toBe('api.example.com');
  });
});

describe('a failed create says how to repeat it safely', () => {
  it('prints the key every attempt sent and the exact command that repeats it; running it creates once', async () => {
    const { fetch, requests } = scriptedFetch(networkError('ECONNRESET'), networkError('ECONNRESET'), networkError('ECONNRESET'), json(allocation, 202));
    const failed = await cli.run([...create, '-H', `Authorization: Bearer ${TOKEN}`], { env, fetch });
    expect(failed.code).toBe(12);
    const key = requests[0]!.headers.get('idempotency-key')!;
    expect(new Set(requests.map((r) => r.headers.get('idempotency-key')))).toEqual(new Set([key]));
    expect(failed.stderr).toContain(`idempotency_key: ${key}\nhint: it may have taken effect: repeat it with the same idempotency key`);
    const repeat = /^repeat: (.*)$/m.exec(failed.stderr)![1]!;
    expect(repeat).toBe(`acme allocations create --sku-id sku_1 -H "Authorization: $SECRET" --idempotency-key ${key}`);
    expect(failed.stderr).not.toContain(TOKEN);

    const again = await cli.run(['allocations', 'create', '--sku-id', 'sku_1', '--idempotency-key', key], { env, fetch });
    expect(again.code).toBe(0);
    expect(requests.at(-1)!.headers.get('idempotency-key')).toBe(key);
  });

  it('-o json has idempotency_key, may_have_succeeded and repeat_command', async () => {
    const { fetch } = scriptedFetch(json({ code: 'unavailable', message: 'busy' }, 503));
    const result = await cli.run([...create, '-o', 'json', '--idempotency-key', 'k-7'], { env, fetch });
    expect(JSON.parse(result.stderr)).toMatchObject({
      exit_code: 11,
      retryable: true,
      idempotency_key: 'k-7',
      may_have_succeeded: true,
      repeat_command: 'acme allocations create --sku-id sku_1 -o json --idempotency-key k-7',
    });
  });
});

describe('terminal safety', () => {
  it('server strings in a result table and an error are shown, not run', async () => {
    const evil = { ...allocation, id: 'a\u001b]0;pwned\u0007', status: 'pending\rFAKE', node_id: '\u001b[2J' };
    let result = await cli.run(['allocations', 'get', '--id', 'a1', '-o', 'table'], { env, tty: true, fetch: scriptedFetch(json(evil)).fetch });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/\u001b\]|\u001b\[2J|\r|\u0007/);
    result = await cli.run(['allocations', 'get', '--id', 'a1', '-o', 'json'], { env, fetch: scriptedFetch(json(evil)).fetch });
    expect(JSON.parse(result.stdout)).toEqual(evil);
    expect(result.stdout).toContain('\\u001b]0;pwned\\u0007');
    result = await cli.run(['allocations', 'get', '--id', 'a1', '--debug'], { env, fetch: scriptedFetch(json({ code: 'x\u001b[31m', message: 'gone\rFAKE' }, 404)).fetch });
    expect(result.code).toBe(6);
    expect(result.stderr).not.toMatch(/\u001b|\r/);
    expect(result.stderr).not.toContain(TOKEN);
  });
});
