// Copied verbatim from templates/cli/core/confirm.ts. DO NOT EDIT: change the template and regenerate.
import { createInterface } from 'node:readline/promises';
import { CancelledError } from './errors.js';
import { CliError, ExitCode } from './exit-codes.js';

export interface ConfirmOptions {
  /** The question, e.g. `Release allocation a-123?` */
  message: string;
  /** `--yes`: proceed without asking. */
  yes?: boolean;
  /** Whether a person can answer: stdin and stderr are both terminals. */
  isTTY: boolean;
  stdin: NodeJS.ReadableStream;
  stderr: NodeJS.WritableStream;
}

/**
 * Asks `[y/N]` before a destructive command. Without a terminal nobody can answer, so rather than
 * guess it refuses (exit 3) and says how to confirm up front. Resolves false when the user declines
 * or closes the input; the caller then throws CancelledError.
 */
export async function confirm(options: ConfirmOptions): Promise<boolean> {
  const { message, stdin, stderr } = options;
  if (options.yes) return true;
  if (!options.isTTY) {
    throw new CancelledError(`confirmation needed and no terminal to ask on: pass --yes to proceed (${message})`);
  }
  const rl = createInterface({ input: stdin, output: stderr });
  try {
    const answer = await new Promise<string>((resolve, reject) => {
      rl.once('close', () => resolve(''));
      // In raw mode Ctrl-C reaches readline rather than the process; without this the prompt just pauses.
      rl.once('SIGINT', () => reject(new CliError('interrupted', ExitCode.interrupted)));
      rl.question(`${message} [y/N] `).then(resolve, reject);
    });
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
