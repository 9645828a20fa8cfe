// Copied verbatim from templates/cli/core/progress.ts. DO NOT EDIT: change the template and regenerate.
import { namedExports } from './named-exports.js';
import { terminalText } from './terminal-text.js';

export interface WaitProgressOptions {
  /** What is being waited on, e.g. `allocation a-123`. */
  resource: string;
  /** The success state, e.g. `active`. */
  target: string;
  /**
   * Animate: stderr is a terminal. nanospinner decides whether to redraw in place from stdout (fd 1),
   * so pass `stderr.isTTY && stdout.isTTY`; with stdout piped the plain lines are used instead.
   */
  isTTY: boolean;
  stderr: NodeJS.WritableStream;
}

export interface WaitProgress {
  /** After each poll: the observed state and the 1-based poll number. */
  poll(state: string | undefined, attempt: number): void;
  succeed(): void;
  /** Clears the spinner before the error is reported; plain mode has nothing to clear. */
  fail(): void;
}

/**
 * Progress for `--wait`, always on stderr so stdout carries only the result. A spinner on a terminal;
 * elsewhere one line per poll, so logs show what the wait saw.
 */
export async function createWaitProgress(options: WaitProgressOptions): Promise<WaitProgress> {
  const { resource, target, stderr } = options;
  const text = (state: string | undefined, attempt: number) =>
    `waiting for ${resource} to become ${target}… state=${state === undefined ? 'unknown' : terminalText(state)} (poll ${attempt})`;

  if (!options.isTTY) {
    return {
      poll: (state, attempt) => void stderr.write(text(state, attempt) + '\n'),
      succeed: () => void stderr.write(`${resource} is ${target}\n`),
      fail: () => undefined,
    };
  }
  // Imported only for a spinner on a terminal. nanospinner only writes to the stream; stderr is a tty.WriteStream.
  const { createSpinner } = namedExports(await import('nanospinner'), 'createSpinner');
  const spinner = createSpinner(`waiting for ${resource} to become ${target}…`, {
    stream: stderr as NodeJS.WriteStream,
  }).start();
  return {
    poll: (state, attempt) => void spinner.update({ text: text(state, attempt) }),
    succeed: () => void spinner.success({ text: `${resource} is ${target}` }),
    fail: () => void spinner.stop(),
  };
}
