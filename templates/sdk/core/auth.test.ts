import { describe, expect, it, vi } from 'vitest';
import { RefreshingTokenProvider, StaticTokenProvider, type RefreshResult, type TokenSet } from './auth.js';

const MINUTE = 60_000;

function provider(
  options: { expiresAt?: number; refreshToken?: string | null; result?: RefreshResult; skewMs?: number } = {},
) {
  let clock = 0;
  const refresh = vi.fn(
    async (_refreshToken: string) =>
      options.result ?? { accessToken: 'new', refreshToken: 'r2', expiresInSeconds: 3600 },
  );
  const saved: TokenSet[] = [];
  const tokens = new RefreshingTokenProvider({
    accessToken: 'old',
    refreshToken: options.refreshToken === null ? undefined : (options.refreshToken ?? 'r1'),
    expiresAt: options.expiresAt,
    refresh,
    onRefresh: (t) => {
      saved.push(t);
    },
    skewMs: options.skewMs,
    now: () => clock,
  });
  return { tokens, refresh, saved, advance: (ms: number) => (clock += ms) };
}

describe('StaticTokenProvider', () => {
  it.each([['tok'], [undefined]])('returns %s and cannot refresh', async (token) => {
    const p = new StaticTokenProvider(token);
    expect(await p.getToken()).toBe(token);
    expect('refresh' in p).toBe(false);
  });
});

describe('RefreshingTokenProvider', () => {
  it.each([
    ['well before expiry', 10 * MINUTE, 0, 'old', 0],
    ['just outside the 30 s skew', 10 * MINUTE, 10 * MINUTE - 30_001, 'old', 0],
    ['inside the skew', 10 * MINUTE, 10 * MINUTE - 29_999, 'new', 1],
    ['after expiry', 10 * MINUTE, 11 * MINUTE, 'new', 1],
  ])('%s: token %s', async (_case, expiresAt, elapsed, expected, refreshes) => {
    const p = provider({ expiresAt });
    p.advance(elapsed);
    expect(await p.tokens.getToken()).toBe(expected);
    expect(p.refresh).toHaveBeenCalledTimes(refreshes);
  });

  it('honours a custom skew', async () => {
    const p = provider({ expiresAt: 10 * MINUTE, skewMs: 2 * MINUTE });
    p.advance(8 * MINUTE + 1);
    expect(await p.tokens.getToken()).toBe('new');
  });

  it('never refreshes proactively without a known expiry', async () => {
    const p = provider();
    p.advance(1000 * MINUTE);
    expect(await p.tokens.getToken()).toBe('old');
    expect(p.refresh).not.toHaveBeenCalled();
  });

  it('refreshes on demand, rotates the refresh token, computes the new expiry and persists', async () => {
    const p = provider();
    p.advance(5000);
    expect(await p.tokens.refresh()).toBe('new');
    expect(p.refresh).toHaveBeenCalledWith('r1');
    expect(p.saved).toEqual([{ accessToken: 'new', refreshToken: 'r2', expiresAt: 5000 + 3600_000 }]);
    await p.tokens.refresh();
    expect(p.refresh).toHaveBeenLastCalledWith('r2');
  });

  it('keeps the refresh token when the server does not rotate it', async () => {
    const p = provider({ result: { accessToken: 'new' } });
    await p.tokens.refresh();
    expect(p.saved).toEqual([{ accessToken: 'new', refreshToken: 'r1', expiresAt: undefined }]);
  });

  it('cannot refresh without a refresh token', async () => {
    const p = provider({ refreshToken: null, expiresAt: 0 });
    expect(await p.tokens.refresh()).toBeUndefined();
    expect(await p.tokens.getToken()).toBe('old');
    expect(p.refresh).not.toHaveBeenCalled();
  });

  it('shares one refresh between concurrent callers', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const refresh = vi.fn(async () => {
      await gate;
      return { accessToken: 'new' };
    });
    const tokens = new RefreshingTokenProvider({
      accessToken: 'old',
      refreshToken: 'r',
      expiresAt: 0,
      refresh,
      now: () => 1,
    });
    const pending = [tokens.getToken(), tokens.refresh(), tokens.getToken(), tokens.refresh()];
    release();
    expect(await Promise.all(pending)).toEqual(['new', 'new', 'new', 'new']);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('lets a later refresh run after a failed one', async () => {
    const refresh = vi
      .fn<(token: string) => Promise<RefreshResult>>()
      .mockRejectedValueOnce(new Error('network down'))
      .mockResolvedValueOnce({ accessToken: 'new' });
    const tokens = new RefreshingTokenProvider({ accessToken: 'old', refreshToken: 'r', refresh });
    await expect(tokens.refresh()).rejects.toThrow('network down');
    await expect(tokens.refresh()).resolves.toBe('new');
  });
});
