/** `explain <command...>`: the facts of one command, as text or (`-o json|yaml`) one object. */
import { UsageError, loadFormat, render, resolveFormat } from '../core/index.js';
import { explain, renderExplanation } from '../run/describe.js';
import { globalOptions } from '../run/global.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

export async function run(_spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  // Text unless a format is asked for, piped or not: the JSON form is opt-in.
  const format = global.output === undefined ? 'text' : resolveFormat(global.output, ctx.tty.stdout);
  if (format === 'csv') throw new UsageError('explain prints text, json or yaml');
  const words = ((args.command as unknown[] | undefined) ?? []).map(String);
  const entry = ctx.commands.find(
    (c) =>
      c.path.length === words.length &&
      c.path.every((word, i) => word === words[i] || (i === words.length - 1 && c.aliases.includes(words[i]!))),
  );
  if (!entry) {
    const prefix = words.join(' ');
    const near = ctx.commands
      .filter((c) => !c.hidden && `${c.path.join(' ')} `.startsWith(`${prefix} `))
      .map((c) => c.path.join(' '));
    throw new UsageError(
      `unknown command "${prefix}"`,
      near.length ? `commands under it: ${near.join(', ')}` : `run \`${ctx.identity.bin} --help\` for the commands`,
    );
  }
  const explanation = explain((await entry.load()).spec, ctx.identity.bin);
  if (format === 'yaml') await loadFormat(format);
  ctx.stdout.write(
    format === 'json' || format === 'yaml' ? render(explanation, { format }) : renderExplanation(explanation),
  );
}
