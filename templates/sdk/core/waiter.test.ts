import { describe, expect, it, vi } from 'vitest';
import { AbortError, NotFoundError, WaiterError, WaiterTimeoutError } from './errors.js';
import { waitFor, waiterDelayMs, type WaiterSpec } from './waiter.js';

const spec: WaiterSpec = {
  name: 'thingReady',
  field: 'status.phase',
  success: ['ready'],
  failure: ['failed', 'deleted'],
  minDelaySeconds: 2,
  maxDelaySeconds: 16,
  maxWaitSeconds: 120,
};

/** A fake clock the injected sleep advances, and a poll that returns the given phases in order. */
function harness(phases: (string | undefined)[], options: { random?: number } = {}) {
  let clock = 0;
  const sleeps: number[] = [];
  const poll = vi.fn(async () => ({
    id: 't',
    status: { phase: phases[Math.min(poll.mock.calls.length - 1, phases.length - 1)] },
  }));
  return {
    poll,
    sleeps,
    elapsed: () => clock,
    options: {
      now: () => clock,
      sleep: async (ms: number) => {
        sleeps.push(ms);
        clock += ms;
      },
      random: () => options.random ?? 1,
    },
  };
}

describe('waiterDelayMs', () => {
  it.each([
    [1, 1, 2000],
    [2, 1, 4000],
    [3, 1, 8000],
    [4, 1, 16_000],
    [5, 1, 16_000], // capped at max
    [30, 1, 16_000], // no overflow past the cap
    [4, 0, 2000], // jitter never goes below min
    [4, 0.5, 9000], // halfway between min and 16 s
  ])('attempt %i with random %d -> %i ms', (attempt, random, expected) => {
    expect(waiterDelayMs(attempt, spec, () => random)).toBe(expected);
  });

  it('never waits less than min when max is below min', () => {
    expect(waiterDelayMs(3, { minDelaySeconds: 5, maxDelaySeconds: 1 }, () => 1)).toBe(5000);
  });
});

describe('waitFor', () => {
  it('polls immediately, then backs off until a success state, resolving with that response', async () => {
    const h = harness(['pending', 'pending', 'pending', 'ready']);
    const onPoll = vi.fn();
    const data = await waitFor(h.poll, spec, { ...h.options, onPoll });
    expect(data).toEqual({ id: 't', status: { phase: 'ready' } });
    expect(h.poll).toHaveBeenCalledTimes(4);
    expect(h.sleeps).toEqual([2000, 4000, 8000]);
    expect(onPoll.mock.calls.map(([state, , attempt]) => [state, attempt])).toEqual([
      ['pending', 1],
      ['pending', 2],
      ['pending', 3],
      ['ready', 4],
    ]);
  });

  it('resolves without sleeping when already in a success state', async () => {
    const h = harness(['ready']);
    await waitFor(h.poll, spec, h.options);
    expect(h.sleeps).toEqual([]);
  });

  it.each(['failed', 'deleted'])('throws WaiterError with the state and data on failure state %s', async (phase) => {
    const h = harness(['pending', phase]);
    const error = await waitFor(h.poll, spec, h.options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ waiter: 'thingReady', state: phase, data: { status: { phase } } });
    expect((error as Error).message).toContain(`"${phase}"`);
  });

  it('keeps delays within max and lands the last poll exactly on the deadline', async () => {
    const h = harness(['pending']);
    const error = await waitFor(h.poll, { ...spec, maxWaitSeconds: 60 }, h.options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaiterTimeoutError);
    expect(error).not.toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ waiter: 'thingReady', state: 'pending' });
    // 2 + 4 + 8 + 16 + 16 = 46 s; the next 16 s would overshoot 60 s, so it is cut to 14 s.
    expect(h.sleeps).toEqual([2000, 4000, 8000, 16_000, 16_000, 14_000]);
    expect(h.elapsed()).toBe(60_000);
    expect(h.poll).toHaveBeenCalledTimes(7);
  });

  it('lets the caller shorten the wait', async () => {
    const h = harness(['pending']);
    await expect(waitFor(h.poll, spec, { ...h.options, maxWaitMs: 5000 })).rejects.toBeInstanceOf(WaiterTimeoutError);
    expect(h.sleeps).toEqual([2000, 3000]);
  });

  it('reports a missing state field as none, and keeps polling', async () => {
    const h = harness([undefined]);
    const error = await waitFor(h.poll, { ...spec, maxWaitSeconds: 3 }, h.options).catch((e: unknown) => e);
    expect(error).toMatchObject({ state: undefined, message: expect.stringContaining('last status.phase: none') });
    expect(h.poll).toHaveBeenCalledTimes(3); // at 0, 2 and 3 s
  });

  it('matches non-string states by their text', async () => {
    const poll = async () => ({ done: true });
    await expect(waitFor(poll, { ...spec, field: 'done', success: ['true'] }, harness([]).options)).resolves.toEqual({
      done: true,
    });
  });

  it('passes a poll error through unchanged', async () => {
    const gone = new NotFoundError('404 not_found: gone');
    await expect(waitFor(() => Promise.reject(gone), spec, harness([]).options)).rejects.toBe(gone);
  });

  it('stops with AbortError once the signal fires', async () => {
    const controller = new AbortController();
    const h = harness(['pending']);
    const sleep = async (ms: number) => {
      await h.options.sleep(ms);
      controller.abort();
    };
    await expect(waitFor(h.poll, spec, { ...h.options, sleep, signal: controller.signal })).rejects.toBeInstanceOf(
      AbortError,
    );
    expect(h.poll).toHaveBeenCalledTimes(1);
  });

  it('sleeps for real by default', async () => {
    let polls = 0;
    const fast: WaiterSpec = { ...spec, field: 'phase', minDelaySeconds: 0.01, maxDelaySeconds: 0.01 };
    const started = Date.now();
    await waitFor(async () => ({ phase: ++polls === 3 ? 'ready' : 'pending' }), fast);
    expect(polls).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });
});
