/**
 * The builtins, run in-process over the commands generated for the real contract, with a recording
 * fetch in place of the network.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import * as gpuaasSdk from '../../../generated/sdk/src/gpuaas/operations.js';
import * as keycloakSdk from '../../../generated/sdk/src/keycloak/operations.js';
import { resources } from '../../../generated/cli/src/schemas.js';
import { json, scriptedFetch } from '../../sdk/core/testing/support.js';
import { ApiClient, RefreshingTokenProvider, splitParams } from '../sdk.js';
import { cliApi, commandViews, harness, type Harness, type Sdk } from '../run/testing/harness.js';
import type { CliApi } from '../run/types.js';

const views = await commandViews('openapi/gpuaas.yaml', 'openapi/keycloak.yaml');
const tokenFields = { accessToken: 'access_token', refreshToken: 'refresh_token', expiresIn: 'expires_in' };
const sdk = gpuaasSdk as unknown as Sdk;
const refreshOp = sdk.operations.refreshToken!;

const api: CliApi = {
  ...cliApi(sdk, tokenFields),
  auth: {
    tokenFields,
    operations: {
      passwordLogin: 'personalLogin',
      refresh: 'refreshToken',
      logout: 'logout',
      whoami: 'whoami',
      oidcAuthorize: 'oidcAuthorize',
      oidcToken: 'oidcTokenExchange',
    },
  },
  // What the generated client's static does, over the same operation.
  refreshingTokenProvider: (tokens, options) =>
    new RefreshingTokenProvider({
      ...tokens,
      ...(options.onRefresh ? { onRefresh: options.onRefresh } : {}),
      refresh: async (refreshToken) => {
        const result = (await new ApiClient(options, sdk.contract).request(
          refreshOp,
          splitParams(refreshOp, { refresh_token: refreshToken }, true),
        )) as Record<string, unknown>;
        return {
          accessToken: String(result.access_token),
          refreshToken: String(result.refresh_token),
          expiresInSeconds: Number(result.expires_in),
        };
      },
    }),
  identityProvider: {
    name: 'keycloak',
    defaultBaseUrl: 'https://kc.test',
    createClient: (options) => new ApiClient(options, keycloakSdk.contract),
    operation: keycloakSdk.operations.keycloakPasswordGrant,
    tokenFields,
    device: {
      authorize: keycloakSdk.operations.keycloakDeviceAuthorization,
      token: keycloakSdk.operations.keycloakPasswordGrant,
    },
  },
};

const tokens = (n: number) =>
  json({ access_token: `at-${n}`, refresh_token: `rt-${n}`, token_type: 'Bearer', expires_in: 900 });
const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;

let cli: Harness;
let credentials: string;
beforeEach(async () => {
  cli = await harness(views, api, {
    loadSchemas: async () => ({
      schemas: {
        Allocation: { type: 'object', properties: { id: { type: 'string' } } },
        SharedRuntime: { type: 'object' },
        SharedRuntimeWorkerOperation: { type: 'object' },
      },
      // What the generator emits for the real contract: the names the commands use.
      resources,
    }),
  });
  credentials = join(cli.dir, 'credentials.json');
});

describe('auth dev-login, refresh, logout', () => {
  it('saves the token pair 0600 for this server and prints who logged in, never the token', async () => {
    const { fetch, requests } = scriptedFetch(tokens(1));
    const result = await cli.run(['auth', 'dev-login', '--username', 'ada', '--password', 'pw'], { fetch });
    expect(result).toMatchObject({ code: 0, stdout: 'Logged in as ada to https://api.test\n', stderr: '' });
    expect(JSON.parse(requests[0]!.body!)).toEqual({ username: 'ada', password: 'pw' });
    expect((await stat(credentials)).mode & 0o777).toBe(0o600);
    expect(await readJson(credentials)).toMatchObject({
      base_url: 'https://api.test',
      access_token: 'at-1',
      refresh_token: 'rt-1',
    });
  });

  it('asks for a missing password with a hidden prompt on a terminal', async () => {
    const { fetch, requests } = scriptedFetch(tokens(1));
    const result = await cli.run(['auth', 'dev-login', '--username', 'ada'], { fetch, tty: true, stdin: 's3cret\n' });
    expect(result).toMatchObject({ code: 0, stdout: 'Logged in as ada to https://api.test\n' });
    expect(result.stderr).toContain('Password:');
    expect(result.stderr).not.toContain('s3cret');
    expect(JSON.parse(requests[0]!.body!)).toEqual({ username: 'ada', password: 's3cret' });
  });

  it('reads the password from stdin with --password-stdin (its first line)', async () => {
    const { fetch, requests } = scriptedFetch(tokens(1));
    const result = await cli.run(['auth', 'dev-login', '--username', 'ada', '--password-stdin'], {
      fetch,
      stdin: 'from pipe\nignored\n',
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(requests[0]!.body!)).toEqual({ username: 'ada', password: 'from pipe' });
  });

  it.each<[string, string[], string, string]>([
    [
      'no password and no terminal',
      [],
      '',
      'missing required input: --password\nhint: pipe secrets to --password-stdin',
    ],
    ['an empty stdin', ['--password-stdin'], '', '--password-stdin: stdin is empty'],
    ['both forms', ['--password', 'x', '--password-stdin'], 'y\n', 'pass --password or --password-stdin, not both'],
    [
      'a bare --password without a terminal',
      ['--password'],
      '',
      '--password needs a value, and there is no terminal to ask on\nhint: pipe it to --password-stdin',
    ],
  ])('%s is a usage error before any request (exit 2)', async (_label, extra, stdin, message) => {
    const result = await cli.run(['auth', 'dev-login', '--username', 'ada', ...extra], { stdin });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('warns a person who types the password on the command line', async () => {
    const { fetch } = scriptedFetch(tokens(1));
    const result = await cli.run(['auth', 'dev-login', '--username', 'ada', '--password', 'pw'], { fetch, tty: true });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: --password on the command line can end up in your shell history');
  });

  it('a wrong password is exit 4 and saves nothing', async () => {
    const { fetch } = scriptedFetch(
      json({ code: 'invalid_credentials', message: 'Wrong username or password', correlation_id: 'c-1' }, 401),
    );
    const result = await cli.run(['auth', 'dev-login', '--username', 'ada', '--password', 'no'], { fetch });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('code: invalid_credentials\ncorrelation_id: c-1');
    await expect(stat(credentials)).rejects.toThrow();
  });

  it('an expired access token is refreshed before the call, and the new pair saved', async () => {
    await writeFile(
      credentials,
      JSON.stringify({
        access_token: 'old',
        refresh_token: 'rt-0',
        expires_at: '2000-01-01T00:00:00Z',
        base_url: 'https://api.test',
      }),
      { mode: 0o600 },
    );
    const { fetch, requests } = scriptedFetch(tokens(2), json({ balance: '1.00' }));
    const result = await cli.run(['billing', 'balance'], { fetch });
    expect(result.code).toBe(0);
    expect(requests.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([
      'POST /api/v1/auth/token/refresh',
      'GET /api/v1/billing/balance',
    ]);
    expect(JSON.parse(requests[0]!.body!)).toEqual({ refresh_token: 'rt-0' });
    expect(requests[1]!.headers.get('authorization')).toBe('Bearer at-2');
    expect(await readJson(credentials)).toMatchObject({ access_token: 'at-2', refresh_token: 'rt-2' });
  });

  it('a 401 with a valid-looking token refreshes once and retries', async () => {
    await writeFile(credentials, JSON.stringify({ access_token: 'revoked', refresh_token: 'rt-0' }), { mode: 0o600 });
    const { fetch, requests } = scriptedFetch(
      json({ code: 'invalid_token', message: 'no' }, 401),
      tokens(3),
      json({ balance: '1.00' }),
    );
    expect((await cli.run(['billing', 'balance'], { fetch })).code).toBe(0);
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer revoked', null, 'Bearer at-3']);
  });

  it('an expired login without a refresh token is exit 4 before any request', async () => {
    await writeFile(credentials, JSON.stringify({ access_token: 'old', expires_at: '2000-01-01T00:00:00Z' }), {
      mode: 0o600,
    });
    const result = await cli.run(['billing', 'balance']);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('your login has expired');
  });

  it('auth refresh renews now; auth logout revokes the refresh token and deletes the file', async () => {
    await writeFile(credentials, JSON.stringify({ access_token: 'at-0', refresh_token: 'rt-0' }), { mode: 0o600 });
    const { fetch, requests } = scriptedFetch(tokens(4), () => new Response(null, { status: 204 }));
    expect((await cli.run(['auth', 'refresh'], { fetch })).stdout).toMatch(
      /^Tokens refreshed; the access token expires at /,
    );
    const logout = await cli.run(['auth', 'logout'], { fetch });
    expect(logout).toMatchObject({ code: 0, stdout: 'Logged out of https://api.test\n' });
    expect(JSON.parse(requests[1]!.body!)).toEqual({ refresh_token: 'rt-4' });
    expect(requests[1]!.headers.get('authorization')).toBe('Bearer at-4');
    await expect(stat(credentials)).rejects.toThrow();
    expect((await cli.run(['auth', 'logout'])).stdout).toBe('Not logged in\n');
  });
});

describe('auth keycloak-login', () => {
  it('sends the password grant form-encoded with the defaults, and later refreshes at the same realm', async () => {
    const { fetch, requests } = scriptedFetch(tokens(5), tokens(6), json({ balance: '1' }));
    const login = await cli.run(
      ['auth', 'keycloak-login', '--username', 'ada', '--password', 'pw', '--client-secret', 's3'],
      { fetch },
    );
    expect(login).toMatchObject({ code: 0, stdout: 'Logged in as ada to https://api.test\n' });
    expect(requests[0]!.url.href).toBe('https://kc.test/realms/acme/protocol/openid-connect/token');
    expect(requests[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(requests[0]!.body))).toEqual({
      username: 'ada',
      password: 'pw',
      client_id: 'acme-cli',
      client_secret: 's3',
      grant_type: 'password',
    });
    const saved = await readJson(credentials);
    expect(saved.issuer).toEqual({
      name: 'keycloak',
      base_url: 'https://kc.test',
      path: { realm: 'acme' },
      body: { client_id: 'acme-cli', client_secret: 's3' },
    });

    await writeFile(credentials, JSON.stringify({ ...saved, expires_at: '2000-01-01T00:00:00Z' }), { mode: 0o600 });
    expect((await cli.run(['billing', 'balance'], { fetch })).code).toBe(0);
    expect(requests[1]!.url.href).toBe('https://kc.test/realms/acme/protocol/openid-connect/token');
    expect(Object.fromEntries(new URLSearchParams(requests[1]!.body))).toEqual({
      client_id: 'acme-cli',
      client_secret: 's3',
      grant_type: 'refresh_token',
      refresh_token: 'rt-5',
    });
    expect(requests[2]!.headers.get('authorization')).toBe('Bearer at-6');
  });

  it('asks for the client secret when --client-secret is given without a value; one secret per stdin', async () => {
    const { fetch, requests } = scriptedFetch(tokens(5));
    const login = await cli.run(
      ['auth', 'keycloak-login', '--username', 'ada', '--password', 'pw', '--client-secret'],
      {
        fetch,
        tty: true,
        stdin: 's3\n',
      },
    );
    expect(login.stderr).toContain('Client secret:');
    expect(login.code).toBe(0);
    expect(Object.fromEntries(new URLSearchParams(requests[0]!.body))).toMatchObject({
      password: 'pw',
      client_secret: 's3',
    });
    const ended = await cli.run(['auth', 'keycloak-login', '--username', 'ada', '--password'], {
      tty: true,
      stdin: '\u0004',
    });
    expect(ended.code).toBe(2);
    expect(ended.stderr).toContain('no answer at the prompt: the input ended');
    const both = await cli.run(
      ['auth', 'keycloak-login', '--username', 'ada', '--password-stdin', '--client-secret-stdin'],
      { stdin: 'x\n' },
    );
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--password-stdin and --client-secret-stdin both read stdin; pass one of them');
  });

  it('--kc-url and --realm choose the server', async () => {
    const { fetch, requests } = scriptedFetch(tokens(7));
    await cli.run(
      [
        'auth',
        'keycloak-login',
        '--username',
        'a',
        '--password',
        'b',
        '--kc-url',
        'https://sso.test/',
        '--realm',
        'ops',
      ],
      { fetch },
    );
    expect(requests[0]!.url.href).toBe('https://sso.test/realms/ops/protocol/openid-connect/token');
  });
});

describe('auth login --device (RFC 8628)', () => {
  const authorization = json({
    device_code: 'dev-1',
    user_code: 'WDJB-MJHT',
    verification_uri: 'https://kc.test/realms/acme/device',
    verification_uri_complete: 'https://kc.test/realms/acme/device?user_code=WDJB-MJHT',
    expires_in: 600,
    interval: 5,
  });
  const oauthError = (error: string) => json({ error, error_description: `${error} says Keycloak` }, 400);
  let waits: number[];
  let device: Harness;
  beforeEach(async () => {
    waits = [];
    device = await harness(views, api, { sleep: async (ms) => void waits.push(ms) });
  });

  it('shows the user code, polls through authorization_pending and slow_down, and saves the tokens for Keycloak refresh', async () => {
    const { fetch, requests } = scriptedFetch(
      authorization,
      oauthError('authorization_pending'),
      oauthError('slow_down'),
      oauthError('authorization_pending'),
      tokens(8),
    );
    const result = await device.run(['auth', 'login', '--device', '--no-color'], { fetch });
    expect(result).toMatchObject({ code: 0, stdout: 'Logged in to https://api.test\n' });
    expect(result.stderr).toContain(
      'To log in, open https://kc.test/realms/acme/device in a browser on any device\nand enter the code WDJB-MJHT\n',
    );
    expect(result.stderr).toContain(
      '(or open https://kc.test/realms/acme/device?user_code=WDJB-MJHT, which has the code in it)',
    );
    expect(result.stderr).toContain('the code expires in 10 minutes');
    // Every poll waits the interval first; slow_down adds five seconds from then on.
    expect(waits).toEqual([5000, 5000, 10_000, 10_000]);
    expect(requests[0]!.url.href).toBe('https://kc.test/realms/acme/protocol/openid-connect/auth/device');
    expect(Object.fromEntries(new URLSearchParams(requests[0]!.body))).toEqual({ client_id: 'acme-cli' });
    for (const poll of requests.slice(1)) {
      expect(poll.url.href).toBe('https://kc.test/realms/acme/protocol/openid-connect/token');
      expect(Object.fromEntries(new URLSearchParams(poll.body))).toEqual({
        client_id: 'acme-cli',
        grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
        device_code: 'dev-1',
      });
    }
    expect(await readJson(credentials.replace(cli.dir, device.dir))).toMatchObject({
      access_token: 'at-8',
      refresh_token: 'rt-8',
      issuer: {
        name: 'keycloak',
        base_url: 'https://kc.test',
        path: { realm: 'acme' },
        body: { client_id: 'acme-cli' },
      },
    });
  });

  it('--kc-url, --realm, --client-id and --scope shape the request', async () => {
    const { fetch, requests } = scriptedFetch(authorization, tokens(9));
    const args = ['--kc-url', 'https://sso.test', '--realm', 'ops', '--client-id', 'tool', '--scope', 'openid'];
    expect((await device.run(['auth', 'login', '--device', ...args], { fetch })).code).toBe(0);
    expect(requests[0]!.url.href).toBe('https://sso.test/realms/ops/protocol/openid-connect/auth/device');
    expect(Object.fromEntries(new URLSearchParams(requests[0]!.body))).toEqual({ client_id: 'tool', scope: 'openid' });
    // The scope was for the authorization; the poll sends the client and the code.
    expect(Object.fromEntries(new URLSearchParams(requests[1]!.body))).toEqual({
      client_id: 'tool',
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: 'dev-1',
    });
  });

  it.each<[string, string, string]>([
    [
      'expired_token',
      'the code expired before the login was finished',
      'hint: run `acme auth login --device` for a new code',
    ],
    [
      'access_denied',
      'the login was denied at the identity provider',
      'hint: run `acme auth login --device` to try again',
    ],
  ])('%s ends the login with exit 4 and saves nothing', async (error, message, hint) => {
    const { fetch } = scriptedFetch(authorization, oauthError('authorization_pending'), oauthError(error));
    const result = await device.run(['auth', 'login', '--device'], { fetch });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`Error: ${message}\n${hint}`);
    await expect(stat(join(device.dir, 'credentials.json'))).rejects.toThrow();
  });

  it("a client without the grant enabled gets Keycloak's error; the interval defaults to five seconds", async () => {
    const refused = await device.run(['auth', 'login', '--device'], {
      fetch: scriptedFetch(oauthError('unauthorized_client')).fetch,
    });
    expect(refused.code).toBe(8);
    expect(refused.stderr).toContain('code: unauthorized_client');
    const noInterval = json({
      device_code: 'd',
      user_code: 'U',
      verification_uri: 'https://kc.test/device',
      expires_in: 60,
    });
    expect(
      (await device.run(['auth', 'login', '--device'], { fetch: scriptedFetch(noInterval, tokens(1)).fetch })).code,
    ).toBe(0);
    expect(waits).toEqual([5000]);
  });

  it('device flags need --device; --provider is not needed with it', async () => {
    const result = await device.run(['auth', 'login', '--realm', 'ops', '--provider', 'github']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--realm applies only with --device');
  });

  it('runs on the API itself when the primary contract declares the device roles', async () => {
    const primary: CliApi = {
      ...api,
      operations: { ...api.operations, ...keycloakSdk.operations },
      auth: {
        ...api.auth,
        operations: {
          ...api.auth.operations,
          deviceAuthorize: 'keycloakDeviceAuthorization',
          deviceToken: 'keycloakPasswordGrant',
        },
      },
      identityProvider: { ...api.identityProvider!, device: undefined },
    };
    const own = await harness(views, primary, { sleep: async () => undefined });
    const { fetch, requests } = scriptedFetch(authorization, tokens(3));
    expect((await own.run(['auth', 'login', '--device'], { fetch })).code).toBe(0);
    expect(requests.map((r) => r.url.href)).toEqual([
      'https://api.test/realms/acme/protocol/openid-connect/auth/device',
      'https://api.test/realms/acme/protocol/openid-connect/token',
    ]);
    expect((await readJson(join(own.dir, 'credentials.json'))).issuer).toBeUndefined();
  });
});

describe('auth login (OIDC with PKCE)', () => {
  it('opens the authorize URL, takes the code from the loopback redirect and exchanges it with the verifier', async () => {
    let opened: URL | undefined;
    const browser = harness(views, api, {
      openBrowser: async (url) => {
        opened = new URL(url);
        const redirect = new URL(opened.searchParams.get('redirect_uri')!);
        redirect.search = new URLSearchParams({
          code: 'the-code',
          state: opened.searchParams.get('state')!,
        }).toString();
        // The real browser follows the redirect after the user logs in; here right away.
        setTimeout(() => void globalThis.fetch(redirect), 10);
      },
    });
    const { fetch, requests } = scriptedFetch(tokens(8));
    const result = await (
      await browser
    ).run(['auth', 'login', '--provider', 'github', '--tenant-hint', 'acme'], { fetch });
    expect(result.code).toBe(0);
    expect(opened!.pathname).toBe('/api/v1/auth/oidc/authorize');
    const query = Object.fromEntries(opened!.searchParams);
    expect(query).toMatchObject({ provider: 'github', tenant_hint: 'acme', code_challenge_method: 'S256' });
    expect(query.redirect_uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    const exchange = JSON.parse(requests[0]!.body!);
    expect(exchange).toMatchObject({ code: 'the-code', redirect_uri: query.redirect_uri });
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(exchange.code_verifier).digest('base64url')).toBe(query.code_challenge);
  });

  it('an unknown provider is exit 2 before anything is opened', async () => {
    const result = await cli.run(['auth', 'login', '--provider', 'myspace']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('allowed values are huggingface, github, google');
  });
});

describe('projects use, schema, explain, help exit-codes, completion', () => {
  it('projects use reads the project, then stores it as active', async () => {
    const { fetch, requests } = scriptedFetch(json({ id: 'proj_1', name: 'Research' }));
    const result = await cli.run(['projects', 'use', '--id', 'proj_1'], { env: { ACME_TOKEN: 't' }, fetch });
    expect(result).toMatchObject({ code: 0, stdout: 'Active project: proj_1 (Research)\n' });
    expect(requests[0]!.url.pathname).toBe('/api/v1/projects/proj_1');
    expect(await readJson(join(cli.dir, 'config.json'))).toEqual({ active_project: 'proj_1' });
  });

  it('projects use of a missing project is exit 6 and changes nothing', async () => {
    const { fetch } = scriptedFetch(json({ code: 'not_found', message: 'No project', correlation_id: 'c' }, 404));
    expect((await cli.run(['projects', 'use', '--id', 'nope'], { env: { ACME_TOKEN: 't' }, fetch })).code).toBe(6);
    await expect(stat(join(cli.dir, 'config.json'))).rejects.toThrow();
  });

  it('schema prints a resource, loosely named; lists names; an unknown one is exit 2', async () => {
    expect(JSON.parse((await cli.run(['schema', 'allocation'])).stdout)).toEqual({
      title: 'Allocation',
      type: 'object',
      properties: { id: { type: 'string' } },
    });
    expect((await cli.run(['schema', 'shared-runtime', '-o', 'yaml'])).stdout).toBe(
      'title: SharedRuntime\ntype: object\n',
    );
    expect((await cli.run(['schema'])).stdout).toBe('Allocation\nSharedRuntime\nSharedRuntimeWorkerOperation\n');
    const unknown = await cli.run(['schema', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('hint: known resources: Allocation, SharedRuntime, SharedRuntimeWorkerOperation');
    const typo = await cli.run(['schema', 'alocations']);
    expect(typo.stderr).toContain('unknown resource "alocations" (did you mean Allocation?)');
  });

  it.each([
    ['allocations', 'Allocation'],
    ['Allocations', 'Allocation'],
    ['ALLOCATION', 'Allocation'],
    ['shared-runtimes', 'SharedRuntime'],
    ['apps shared-runtimes', 'SharedRuntime'],
    ['worker-operations', 'SharedRuntimeWorkerOperation'],
    ['Worker_Operation', 'SharedRuntimeWorkerOperation'],
    ['SharedRuntimeWorkerOperation', 'SharedRuntimeWorkerOperation'],
  ])('schema %s: the resource as the commands name it -> %s', async (word, title) => {
    const result = await cli.run(['schema', word]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout).title).toBe(title);
    expect((await cli.run(['schema', 'allocation', '-o', 'csv'])).code).toBe(2);
  });

  it('explain: text, or the same as one JSON object; unknown commands are exit 2', async () => {
    const text = await cli.run(['explain', 'allocations', 'create']);
    expect(text.stdout).toContain('Request: POST /api/v1/allocations');
    expect(text.stdout).toContain('--scheduler-type');
    const object = JSON.parse((await cli.run(['explain', 'allocations', 'create', '-o', 'json'])).stdout);
    expect(object).toMatchObject({
      command: 'acme allocations create',
      paginated: false,
      project_scoped: true,
      idempotent: true,
    });
    expect(object.exit_codes.map((c: { code: number }) => c.code)).toEqual([
      0, 1, 2, 4, 5, 7, 8, 9, 10, 11, 12, 13, 130,
    ]);
    const unknown = await cli.run(['explain', 'apps']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('commands under it: apps shared-runtimes attachments create');
  });

  it('help exit-codes: the table, or data', async () => {
    expect((await cli.run(['help', 'exit-codes'])).stdout).toContain(
      '  13  configuration (no active project, bad config, plain http or credentials in a URL, a header value with a line break, 431)\n',
    );
    expect((await cli.run(['help', 'exit-codes', '-o', 'csv'])).stdout.split('\n')[0]).toBe('code,name,meaning');
  });

  it.each([
    ['bash', 'complete -o bashdefault -o default -F _acme_completions acme'],
    ['zsh', 'compdef _acme acme'],
    ['fish', "complete -c acme -f -a '(__acme_complete)'"],
    ['powershell', "Register-ArgumentCompleter -Native -CommandName 'acme', 'npx'"],
  ])('completion %s asks the CLI itself for completions', async (shell, line) => {
    const { stdout } = await cli.run(['completion', shell]);
    expect(stdout).toContain(line);
    expect(stdout).toContain('__complete');
  });
});
