import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CliError } from '../core/index.js';
import { authorizeUrl, listenForCallback, newState, pkcePair } from './oidc.js';

describe('pkcePair', () => {
  it('is a 43-character verifier and its S256 challenge', () => {
    const { verifier, challenge } = pkcePair();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(challenge).toBe(createHash('sha256').update(verifier).digest('base64url'));
    expect(pkcePair().verifier).not.toBe(verifier);
    expect(newState()).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('authorizeUrl', () => {
  const op = {
    id: 'authorize',
    method: 'GET',
    path: '/oidc/authorize',
    pathParams: [],
    query: ['provider', 'state', 'hint'],
    headers: [],
    auth: false,
    retrySafe: true,
  } as const;
  it('is the operation path on the base URL with the declared query parameters only', () => {
    expect(
      authorizeUrl('https://api.test/base/', op, { provider: 'github', state: 's 1', hint: undefined, other: 'x' }),
    ).toBe('https://api.test/base/oidc/authorize?provider=github&state=s+1');
  });
});

describe('listenForCallback', () => {
  const visit = (redirectUri: string, query: string) => fetch(`${redirectUri}${query}`).then((r) => r.status);

  it('resolves with the code when the state matches', async () => {
    const callback = await listenForCallback({ state: 'st', timeoutMs: 5000 });
    expect(callback.redirectUri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(await fetch(callback.redirectUri.replace('/callback', '/favicon.ico')).then((r) => r.status)).toBe(404);
    expect(await visit(callback.redirectUri, '?code=c-1&state=st')).toBe(200);
    await expect(callback.code).resolves.toBe('c-1');
  });

  it.each([
    ['?code=c-1&state=other', 'wrong state'],
    ['?code=c-1', 'wrong state'],
    ['?error=access_denied&error_description=User+said+no&state=st', 'refused the login: access_denied (User said no)'],
    ['?state=st', 'no authorization code'],
  ])('%s fails the login (exit 4)', async (query, message) => {
    const callback = await listenForCallback({ state: 'st', timeoutMs: 5000 });
    expect(await visit(callback.redirectUri, query)).toBe(400);
    await expect(callback.code).rejects.toThrow(message);
    await expect(callback.code).rejects.toMatchObject({ exitCode: 4 });
  });

  it('gives up after the timeout, and on Ctrl-C (exit 130)', async () => {
    const slow = await listenForCallback({ state: 'st', timeoutMs: 20 });
    await expect(slow.code).rejects.toBeInstanceOf(CliError);
    const controller = new AbortController();
    const interrupted = await listenForCallback({ state: 'st', timeoutMs: 5000, signal: controller.signal });
    controller.abort();
    await expect(interrupted.code).rejects.toMatchObject({ exitCode: 130 });
  });
});
