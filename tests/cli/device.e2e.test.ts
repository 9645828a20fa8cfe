/**
 * `gpuaas auth login --device` (RFC 8628) end to end: the built CLI against the Keycloak contract mock,
 * which plays a server waiting for the user (authorization_pending, then slow_down, then tokens:
 * scripts/mock/device.ts). A proxy in front chooses the device authorization example: one that polls
 * every second (so the test waits seconds, not minutes), or codes that expire.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startProxy, type RecordedRequest } from '../support/mock.js';
import { gpuaas, newConfigDir, readJson } from './support.js';

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
let api: Awaited<ReturnType<typeof startProxy>>;
let keycloak: Awaited<ReturnType<typeof startProxy>>;
beforeAll(async () => {
  api = await startProxy(inject('gpuaasUrl'));
  // Each test names the device authorization example it wants, and optionally the poll answer, in headers.
  keycloak = await startProxy(inject('keycloakUrl'), {
    prefer: (request) => {
      const device = request.headers.get('x-device-example');
      const poll = request.headers.get('x-poll-example');
      if (device && request.url.pathname.endsWith('/auth/device')) return `example=${device}`;
      if (poll && form(request).grant_type === DEVICE_GRANT) return `code=400, example=${poll}`;
      return undefined;
    },
  });
});
afterAll(async () => {
  await Promise.all([api?.close(), keycloak?.close()]);
});

const form = (request: RecordedRequest) => Object.fromEntries(new URLSearchParams(request.body));

let cases = 0;
async function deviceLogin(example: string, extra: string[] = []) {
  const configDir = await newConfigDir();
  const mark = `device-${++cases}`;
  const result = await gpuaas(
    [
      'auth',
      'login',
      '--device',
      '--kc-url',
      keycloak.url,
      '-H',
      `X-Device-Example: ${example}`,
      '-H',
      `X-E2E-Case: ${mark}`,
      ...extra,
    ],
    { env: { GPUAAS_BASE_URL: api.url, GPUAAS_CONFIG_DIR: configDir } },
  );
  const sent = keycloak.requests.filter((r) => r.headers.get('x-e2e-case') === mark);
  return { configDir, result, sent };
}

describe.concurrent('auth login --device', () => {
  it('shows the user code, polls through authorization_pending and slow_down, and saves the tokens', async () => {
    const { configDir, result, sent } = await deviceLogin('fast_polling');
    expect(result).toMatchObject({ code: 0, stdout: `Logged in to ${api.url}\n` });
    expect(result.stderr).toContain(
      'To log in, open http://127.0.0.1:4011/realms/gpuaas/device in a browser on any device\nand enter the code HQKX-TPZR\n',
    );
    expect(result.stderr).toContain('the code expires in 60 s');
    expect(sent[0]!.url.pathname).toBe('/realms/gpuaas/protocol/openid-connect/auth/device');
    const polls = sent.slice(1);
    // Waiting, told to slow down, then the tokens: three polls, each with the grant and the code.
    expect(polls).toHaveLength(3);
    for (const poll of polls) {
      expect(poll.url.pathname).toBe('/realms/gpuaas/protocol/openid-connect/token');
      expect(form(poll)).toEqual({
        client_id: 'gpuaas-cli',
        grant_type: DEVICE_GRANT,
        device_code: '9c41d8e2-2b7a-4f03-b6d5-7e8f9a0b1c2d.5d9c4e2a',
      });
    }
    const saved = await readJson(`${configDir}/credentials.json`);
    expect(saved).toMatchObject({
      base_url: api.url,
      access_token: expect.stringMatching(/^eyJ/),
      refresh_token: expect.any(String),
      issuer: {
        name: 'keycloak',
        base_url: keycloak.url,
        path: { realm: 'gpuaas' },
        body: { client_id: 'gpuaas-cli' },
      },
    });
    expect(result.stdout + result.stderr).not.toContain(saved.access_token as string);
  });

  it('codes that expire before the login is finished end it with exit 4', async () => {
    // expires_in 2 s and no interval (so the RFC's 5 s): the codes are gone before the first poll.
    const { configDir, result } = await deviceLogin('short_lived');
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(
      'Error: the code expired before the login was finished\nhint: run `gpuaas auth login --device` for a new code',
    );
    await expect(readJson(`${configDir}/credentials.json`)).rejects.toThrow();
  });

  it.each([
    ['expired_token', 'the code expired before the login was finished'],
    ['access_denied', 'the login was denied at the identity provider'],
  ])('the server answering %s ends it with exit 4', async (answer, message) => {
    const { result } = await deviceLogin('fast_polling', ['-H', `X-Poll-Example: ${answer}`]);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain(`Error: ${message}`);
  });

  it("a client without the grant is refused with Keycloak's error", async () => {
    const configDir = await newConfigDir();
    const result = await gpuaas(
      ['auth', 'login', '--device', '--kc-url', keycloak.url, '-H', 'Prefer: code=400, example=unauthorized_client'],
      {
        env: { GPUAAS_BASE_URL: api.url, GPUAAS_CONFIG_DIR: configDir },
      },
    );
    expect(result.code).toBe(8);
    expect(result.stderr).toContain('code: unauthorized_client');
  });
});
