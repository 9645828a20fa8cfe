/** Results to stdout in the chosen format; nothing else ever writes there. */
import { render, resolveFormat, type OutputFormat } from '../core/index.js';
import type { GlobalOptions } from './global.js';
import type { RunContext } from './types.js';

export interface Printer {
  format: OutputFormat;
  print(data: unknown, columns?: readonly string[]): void;
}

/** Resolves `-o` against the terminal first, so a bad value fails before any request. */
export function printer(ctx: RunContext, global: GlobalOptions): Printer {
  const format = resolveFormat(global.output, ctx.tty.stdout);
  return {
    format,
    print(data, columns) {
      const text = render(data, {
        format,
        ...(columns?.length ? { columns } : {}),
        noHeading: global.noHeading,
        isTTY: ctx.tty.stdout,
        ...(ctx.columns ? { terminalWidth: ctx.columns } : {}),
      });
      if (text) ctx.stdout.write(text);
    },
  };
}

/** A command that changes state (login, use): one line for people, or `data` in the format `-o` asks for. */
export function printStatus(ctx: RunContext, global: GlobalOptions, message: string, data: unknown): void {
  if (global.output === undefined) ctx.stdout.write(`${message}\n`);
  else printer(ctx, global).print(data);
}
