import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createWaitProgress } from './progress.js';

describe('createWaitProgress', () => {
  it('without a terminal writes one plain line per poll', async () => {
    const stderr = new PassThrough();
    const progress = await createWaitProgress({ resource: 'allocation a-1', target: 'active', isTTY: false, stderr });
    progress.poll('pending', 1);
    progress.poll(undefined, 2);
    progress.poll('active', 3);
    progress.succeed();
    expect(String(stderr.read())).toBe(
      'waiting for allocation a-1 to become active… state=pending (poll 1)\n' +
        'waiting for allocation a-1 to become active… state=unknown (poll 2)\n' +
        'waiting for allocation a-1 to become active… state=active (poll 3)\n' +
        'allocation a-1 is active\n',
    );
  });

  it('plain mode prints nothing on failure: the error report follows', async () => {
    const stderr = new PassThrough();
    (await createWaitProgress({ resource: 'r', target: 'active', isTTY: false, stderr })).fail();
    expect(stderr.read()).toBeNull();
  });

  it('on a terminal draws the spinner on the given stream, not on process.stderr', async () => {
    const stderr = new PassThrough();
    const progress = await createWaitProgress({ resource: 'allocation a-1', target: 'active', isTTY: true, stderr });
    progress.poll('pending', 1);
    progress.succeed();
    expect(String(stderr.read())).toContain('allocation a-1 is active');
  });
});
