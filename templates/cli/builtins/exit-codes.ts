/** `help exit-codes`: the table scripts branch on; `-o json|yaml|csv` gives it as data. */
import { EXIT_CODES, renderExitCodes } from '../core/index.js';
import { globalOptions } from '../run/global.js';
import { printer } from '../run/print.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

export async function run(_spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  const out = await printer(ctx, global);
  if (global.output === undefined || out.format === 'table') ctx.stdout.write(renderExitCodes());
  else out.print(EXIT_CODES, ['code', 'name', 'meaning']);
}
