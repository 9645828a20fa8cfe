import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { confirm } from './confirm.js';
import { CancelledError } from './errors.js';

function streams() {
  const stdin = new PassThrough();
  const stderr = new PassThrough();
  return { stdin, stderr, prompt: () => String(stderr.read() ?? '') };
}

describe('confirm', () => {
  it('--yes proceeds without asking, terminal or not', async () => {
    for (const isTTY of [true, false]) {
      const { stdin, stderr, prompt } = streams();
      await expect(confirm({ message: 'Delete?', yes: true, isTTY, stdin, stderr })).resolves.toBe(true);
      expect(prompt()).toBe('');
    }
  });

  it('without a terminal refuses with CancelledError telling the user to pass --yes', async () => {
    const { stdin, stderr } = streams();
    const result = confirm({ message: 'Release allocation a-1?', isTTY: false, stdin, stderr });
    await expect(result).rejects.toBeInstanceOf(CancelledError);
    await expect(result).rejects.toThrow('pass --yes');
    await expect(result).rejects.toMatchObject({ exitCode: 3 });
  });

  it.each([
    ['y\n', true],
    ['Y\n', true],
    ['yes\n', true],
    [' y \n', true],
    ['n\n', false],
    ['\n', false],
    ['yep\n', false],
  ])('on a terminal, answer %j -> %s', async (answer, expected) => {
    const { stdin, stderr, prompt } = streams();
    const result = confirm({ message: 'Delete?', isTTY: true, stdin, stderr });
    stdin.write(answer);
    await expect(result).resolves.toBe(expected);
    expect(prompt()).toBe('Delete? [y/N] ');
  });

  it('closed input (Ctrl-D) declines', async () => {
    const { stdin, stderr } = streams();
    const result = confirm({ message: 'Delete?', isTTY: true, stdin, stderr });
    stdin.end();
    await expect(result).resolves.toBe(false);
  });
});
