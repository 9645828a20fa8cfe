/**
 * The CLI's command tree as a reviewable file: the global flags, then each command (aliases, hidden) and
 * each of its flags (type, allowed values, default, required, positional), from the specs the command
 * modules are printed from (each module's `data`) and the global flags src/run/global-flags.ts (a verbatim
 * copy of the runtime table naming.ts reads) returns. Descriptions are left out: they are prose; the surface is
 * what a script may type.
 */
import { GLOBAL_CLI_FLAGS, sortBy } from '../ir/naming.js';
import type { EmittedFile } from '../emit/types.js';
import type { CommandSpec, FlagSpec } from '../../templates/cli/run/types.js';
import { printedData } from './data.js';

const COMMANDS = 'src/commands.ts';

function flagLine(owner: string, flag: FlagSpec, positionals: readonly string[]): string {
  const type = `${flag.type}${flag.array || flag.variadic ? '[]' : ''}${flag.enum ? `: ${flag.enum.join('|')}` : ''}`;
  const position = positionals.indexOf(flag.name);
  const notes = [
    flag.required ? 'required' : '',
    position >= 0 ? `positional ${position + 1}` : '',
    flag.default !== undefined ? `default ${JSON.stringify(flag.default)}` : '',
    flag.minimum !== undefined ? `min ${flag.minimum}` : '',
    flag.maximum !== undefined ? `max ${flag.maximum}` : '',
    flag.hidden ? 'hidden' : '',
  ].filter(Boolean);
  return `${owner} --${flag.name}${flag.alias ? `, -${flag.alias}` : ''} <${type}>${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

const globalFlagLines = (): string[] => sortBy(GLOBAL_CLI_FLAGS, (f) => f.name).map((flag) => flagLine('(global)', flag, []));

function commandLines(spec: CommandSpec): string[] {
  const name = spec.path.join(' ');
  const notes = [
    spec.aliases.length ? `aliases: ${spec.aliases.join(', ')}` : '',
    spec.hidden ? 'hidden' : '',
    spec.deprecated ? 'deprecated' : '',
  ].filter(Boolean);
  return [
    `${name}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    ...sortBy(spec.flags, (f) => f.name).map((flag) => flagLine(name, flag, spec.positionals)),
  ];
}

/** Lines of `command-surface.md`; undefined while the CLI package has no start-up table yet. */
export function cliSurfaceLines(files: readonly EmittedFile[]): string[] | undefined {
  if (!files.some((f) => f.path === COMMANDS)) return undefined;
  // Every command module is in the start-up table (emit/cli/cli.ts); each carries the spec it prints.
  const specs = files.filter((f) => /^export const spec\b/m.test(f.content)).map((f) => printedData(f, `the spec of ${f.path}`) as CommandSpec);
  const commands = sortBy(specs.map(commandLines), (lines) => lines[0]!);
  return [...globalFlagLines(), ...commands.flat()];
}
