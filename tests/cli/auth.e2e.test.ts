/**
 * Logins against the Prism mocks of both contracts: dev-login (credentials file 0600), the OIDC
 * browser login with this test playing the browser, keycloak-login, token refresh, logout.
 */
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startProxy } from '../support/mock.js';
import { gpuaas, newConfigDir, readJson } from './support.js';

let proxy: Awaited<ReturnType<typeof startProxy>>;
let keycloak: Awaited<ReturnType<typeof startProxy>>;
beforeAll(async () => {
  [proxy, keycloak] = await Promise.all([startProxy(inject('gpuaasUrl')), startProxy(inject('keycloakUrl'))]);
});
afterAll(async () => {
  await Promise.all([proxy?.close(), keycloak?.close()]);
});

async function loggedOut() {
  const configDir = await newConfigDir();
  const credentials = path.join(configDir, 'credentials.json');
  const env = { GPUAAS_BASE_URL: proxy.url, GPUAAS_CONFIG_DIR: configDir };
  return {
    configDir,
    credentials,
    env,
    run: (args: string[], options: Parameters<typeof gpuaas>[1] = {}) =>
      gpuaas(args, { ...options, env: { ...env, ...options.env } }),
  };
}

const PRISM_ACCESS_TOKEN = /^eyJhbGciOiJSUzI1NiIsImtpZCI6ImdwdWFhcy0yMDI0LTA2In0\./;

describe.concurrent('gpuaas auth', () => {
  it('dev-login saves the tokens 0600 and prints who logged in, never the token', async () => {
    const { run, credentials, configDir } = await loggedOut();
    const result = await run([
      'auth',
      'dev-login',
      '--username',
      'ada.lovelace',
      '--password',
      'correct-horse-battery-staple',
    ]);
    expect(result).toMatchObject({ code: 0, stdout: `Logged in as ada.lovelace to ${proxy.url}\n` });
    const saved = await readJson(credentials);
    expect(saved).toMatchObject({
      base_url: proxy.url,
      access_token: expect.stringMatching(PRISM_ACCESS_TOKEN),
      refresh_token: expect.any(String),
    });
    expect(result.stdout + result.stderr).not.toContain(saved.access_token as string);
    expect((await stat(credentials)).mode & 0o777).toBe(0o600);
    expect((await stat(configDir)).mode & 0o777).toBe(0o700);
    // The stored token is what later commands send.
    const whoami = await run(['auth', 'whoami', '-H', 'X-E2E-Case: dev-login']);
    expect(JSON.parse(whoami.stdout)).toMatchObject({ email: 'ada.lovelace@example.com' });
    const sent = proxy.requests.find((r) => r.headers.get('x-e2e-case') === 'dev-login');
    expect(sent?.headers.get('authorization')).toBe(`Bearer ${saved.access_token}`);
  });

  it('login (OIDC + PKCE): this test plays the browser on the printed URL', async () => {
    const { run, credentials } = await loggedOut();
    let visited: Promise<number> | undefined;
    const result = await run(
      ['auth', 'login', '--provider', 'github', '--identity-hint', 'ada.lovelace@example.com', '--no-browser'],
      {
        onStderr: (text) => {
          const printed = /^ {2}(http\S+)$/m.exec(text)?.[1];
          if (!printed || visited) return;
          const url = new URL(printed);
          // What the identity provider would do after the user logs in: redirect to the loopback callback.
          const callback = new URL(url.searchParams.get('redirect_uri')!);
          callback.search = new URLSearchParams({
            code: 'oac_4bQ9xV2mK7pR1tW8zC3nH6sD',
            state: url.searchParams.get('state')!,
          }).toString();
          visited = fetch(callback).then((response) => response.status);
        },
      },
    );
    expect(await visited).toBe(200);
    expect(result).toMatchObject({ code: 0, stdout: `Logged in to ${proxy.url}\n` });
    const authorize = new URL(/^ {2}(http\S+)$/m.exec(result.stderr)![1]!);
    expect(authorize.origin + authorize.pathname).toBe(`${proxy.url}/api/v1/auth/oidc/authorize`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      provider: 'github',
      identity_hint: 'ada.lovelace@example.com',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      code_challenge_method: 'S256',
      redirect_uri: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/callback$/),
    });
    // Prism validated the exchange against the contract (code, 43+ character verifier, redirect_uri).
    const exchange = proxy.requests.find(
      (r) =>
        r.url.pathname === '/api/v1/auth/oidc/token' && r.body.includes(authorize.searchParams.get('redirect_uri')!),
    );
    expect(JSON.parse(exchange!.body)).toMatchObject({
      code: 'oac_4bQ9xV2mK7pR1tW8zC3nH6sD',
      code_verifier: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    expect(await readJson(credentials)).toMatchObject({ access_token: expect.stringMatching(PRISM_ACCESS_TOKEN) });
  });

  it('login fails (exit 4, nothing saved) when the redirect carries another state', async () => {
    const { run, credentials } = await loggedOut();
    let forged = false;
    const result = await run(['auth', 'login', '--provider', 'google', '--no-browser'], {
      onStderr: (text) => {
        const printed = /^ {2}(http\S+)$/m.exec(text)?.[1];
        if (!printed || forged) return;
        forged = true;
        const callback = new URL(new URL(printed).searchParams.get('redirect_uri')!);
        callback.search = 'code=stolen&state=forged-state';
        void fetch(callback);
      },
    });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('wrong state');
    await expect(stat(credentials)).rejects.toThrow();
  });

  it('keycloak-login: password grant at the Keycloak mock, form-encoded', async () => {
    const { run, credentials } = await loggedOut();
    const result = await run([
      'auth',
      'keycloak-login',
      '--username',
      'ada.lovelace',
      '--password',
      'pw',
      '--kc-url',
      keycloak.url,
      '--realm',
      'gpuaas',
      '--client-id',
      'gpuaas-cli',
    ]);
    expect(result).toMatchObject({ code: 0, stdout: `Logged in as ada.lovelace to ${proxy.url}\n` });
    const grant = keycloak.requests.find((r) => r.body.includes('username=ada.lovelace'))!;
    expect(grant.url.pathname).toBe('/realms/gpuaas/protocol/openid-connect/token');
    expect(grant.headers.get('content-type')).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(grant.body))).toEqual({
      grant_type: 'password',
      username: 'ada.lovelace',
      password: 'pw',
      client_id: 'gpuaas-cli',
    });
    expect(await readJson(credentials)).toMatchObject({
      issuer: { name: 'keycloak', base_url: keycloak.url, path: { realm: 'gpuaas' } },
      access_token: expect.any(String),
    });
  });

  it("keycloak-login with wrong credentials is exit 4 with Keycloak's error", async () => {
    const { run } = await loggedOut();
    const result = await run([
      'auth',
      'keycloak-login',
      '--username',
      'a',
      '--password',
      'b',
      '--kc-url',
      keycloak.url,
      '-H',
      'Prefer: code=401',
    ]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('code: invalid_grant');
  });

  it('an expired access token is refreshed through the refresh operation and the file updated', async () => {
    const { run, credentials } = await loggedOut();
    await writeFile(
      credentials,
      JSON.stringify({
        base_url: proxy.url,
        access_token: 'expired-token',
        refresh_token: 'rt_old',
        expires_at: '2020-01-01T00:00:00Z',
      }),
      { mode: 0o600 },
    );
    const result = await run(['billing', 'balance', '-H', 'X-E2E-Case: refresh']);
    expect(result.code).toBe(0);
    const refresh = proxy.requests.find(
      (r) => r.url.pathname === '/api/v1/auth/token/refresh' && r.body.includes('rt_old'),
    )!;
    expect(JSON.parse(refresh.body)).toEqual({ refresh_token: 'rt_old' });
    const saved = await readJson(credentials);
    expect(saved.access_token).toMatch(PRISM_ACCESS_TOKEN);
    expect(Date.parse(saved.expires_at as string)).toBeGreaterThan(Date.now());
    expect((await stat(credentials)).mode & 0o777).toBe(0o600);
    const balance = proxy.requests.find((r) => r.headers.get('x-e2e-case') === 'refresh')!;
    expect(balance.headers.get('authorization')).toBe(`Bearer ${saved.access_token}`);
  });

  it('a keycloak login refreshes at Keycloak with its refresh grant', async () => {
    const { run, credentials } = await loggedOut();
    await run(['auth', 'keycloak-login', '--username', 'ada', '--password', 'pw', '--kc-url', keycloak.url]);
    const saved = await readJson(credentials);
    await writeFile(credentials, JSON.stringify({ ...saved, expires_at: '2020-01-01T00:00:00Z' }), { mode: 0o600 });
    expect((await run(['billing', 'balance'])).code).toBe(0);
    const refresh = keycloak.requests.find(
      (r) =>
        r.body.includes('grant_type=refresh_token') &&
        r.body.includes(encodeURIComponent(String(saved.refresh_token)).slice(0, 20)),
    );
    expect(Object.fromEntries(new URLSearchParams(refresh!.body))).toMatchObject({
      grant_type: 'refresh_token',
      client_id: 'gpuaas-cli',
      refresh_token: saved.refresh_token,
    });
  });

  it('logout revokes the refresh token, then deletes the credentials', async () => {
    const { run, credentials } = await loggedOut();
    await run(['auth', 'dev-login', '--username', 'ada', '--password', 'pw']);
    const { refresh_token: refreshToken } = await readJson(credentials);
    const result = await run(['auth', 'logout']);
    expect(result).toMatchObject({ code: 0, stdout: `Logged out of ${proxy.url}\n` });
    expect(
      proxy.requests.some(
        (r) => r.url.pathname === '/api/v1/auth/logout' && JSON.parse(r.body).refresh_token === refreshToken,
      ),
    ).toBe(true);
    await expect(stat(credentials)).rejects.toThrow();
    expect((await run(['auth', 'whoami'])).code).toBe(4);
  });
});
