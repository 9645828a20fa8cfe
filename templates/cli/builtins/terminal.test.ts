/**
 * `allocations terminal` in-process against a local server playing the platform (tests/support): the
 * token minted and sent as the first message only, the protocol's control messages, exit statuses and
 * close codes, the URL check, the `~.` escape.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as gpuaasSdk from '../../../generated/sdk/src/gpuaas/operations.js';
import {
  startTerminalServer,
  type TerminalServer,
  type TerminalServerOptions,
} from '../../../tests/support/terminal-server.js';
import { cliApi, commandViews, harness, type Sdk } from '../run/testing/harness.js';
import { terminalUrl } from './terminal.js';

const views = await commandViews('openapi/gpuaas.yaml', 'openapi/keycloak.yaml');
let server: TerminalServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function terminal(options: TerminalServerOptions, stdin: string) {
  server = await startTerminalServer(options);
  const cli = await harness(views, cliApi(gpuaasSdk as unknown as Sdk));
  const result = await cli.run(['allocations', 'terminal', '--id', 'alloc_1', '--project-id', 'proj_1'], {
    env: { ACME_BASE_URL: server.url, ACME_TOKEN: 'api-token' },
    fetch: globalThis.fetch,
    stdin,
  });
  return { result, session: server.sessions[0], minted: server.minted[0] };
}

describe('allocations terminal', () => {
  it('mints a token, sends it as the first message (never in the URL), then the size, and echoes the input', async () => {
    const { result, session, minted } = await terminal({ mode: 'echo' }, 'hello over the wire');
    expect(result).toMatchObject({ code: 0, stdout: 'hello over the wire', stderr: '' });
    expect(minted).toMatchObject({
      path: '/api/v1/allocations/alloc_1/terminal-token',
      authorization: 'Bearer api-token',
      project: 'proj_1',
    });
    expect(session!.url).toBe('/v1/allocations/alloc_1/terminal');
    expect(session!.url).not.toContain(minted!.token);
    expect(session!.first).toBe(minted!.token);
    expect(session!.control).toEqual([{ type: 'resize', cols: 80, rows: 24 }, { type: 'eof' }]);
  });

  it('exits with the remote exit status', async () => {
    const { result } = await terminal({ mode: 'shell' }, 'echo hi there\rexit 3\r');
    expect(result.code).toBe(3);
    expect(result.stdout).toContain('echo hi there\r\nhi there\r\n$ exit 3\r\n');
  });

  it.each<[number, number, string]>([
    [4401, 4, 'the terminal token was refused (invalid, expired or already used): token refused'],
    [4409, 7, 'the terminal is not available (is the allocation active?)'],
    [1011, 11, 'the terminal server failed'],
    [4000, 12, 'the terminal connection closed (code 4000: token refused) without an exit status'],
  ])('a close with %i and no exit status is exit %i', async (refuse, code, message) => {
    const { result } = await terminal({ refuse }, '');
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(`Error: ${message}`);
  });

  it('Enter ~ . disconnects (exit 130); ~~ sends one ~', async () => {
    const { result, session } = await terminal({ mode: 'shell' }, 'a~~b\r~.never sent');
    expect(result.code).toBe(130);
    expect(result.stderr).toBe('disconnected (~.)\n');
    expect(Buffer.concat(session!.input).toString()).toBe('a~~b\r');
  });

  it('refuses to send the token over an unencrypted connection to another machine', async () => {
    const { result, session } = await terminal({ websocketBase: 'ws://terminal.example.com' }, '');
    expect(result.code).toBe(11);
    expect(result.stderr).toContain('refusing to send the terminal token to ws://terminal.example.com');
    expect(session).toBeUndefined();
  });

  it.each([
    ['wss://terminal.example.com/t', true],
    ['ws://127.0.0.1:9/t', true],
    ['ws://[::1]:9/t', true],
    ['ws://localhost/t', true],
    ['ws://10.0.0.1/t', false],
    ['http://terminal.example.com/t', false],
    ['not a url', false],
  ])('terminalUrl(%s) accepted: %s', (url, ok) => {
    if (ok) expect(terminalUrl(url).href).toBe(new URL(url).href);
    else expect(() => terminalUrl(url)).toThrow();
  });
});
