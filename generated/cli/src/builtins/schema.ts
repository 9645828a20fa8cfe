// Copied verbatim from templates/cli/builtins/schema.ts. DO NOT EDIT: change the template and regenerate.
/** `schema [resource]`: a contract schema, self-contained; without a name, the names. */
import { UsageError, render, resolveFormat } from '../core/index.js';
import { globalOptions } from '../run/global.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

const loose = (name: string): string => name.toLowerCase().replace(/[-_\s]/g, '');

export async function run(_spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  // A schema is a document, not rows: JSON unless YAML is asked for.
  const format = global.output === undefined ? 'json' : resolveFormat(global.output, ctx.tty.stdout);
  if (format !== 'json' && format !== 'yaml') throw new UsageError(`schema prints json or yaml, not ${format}`);
  const schemas = await ctx.loadSchemas();
  const names = Object.keys(schemas);
  const wanted = args.resource === undefined ? undefined : String(args.resource);
  if (wanted === undefined) {
    ctx.stdout.write(global.output === undefined ? `${names.join('\n')}\n` : render(names, { format }));
    return;
  }
  const name = names.find((n) => n === wanted) ?? names.find((n) => loose(n) === loose(wanted));
  if (name === undefined) throw new UsageError(`unknown resource "${wanted}"`, `known resources: ${names.join(', ')}`);
  ctx.stdout.write(render({ title: name, ...schemas[name] }, { format }));
}
