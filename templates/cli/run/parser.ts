/**
 * The yargs parser over the command tree. Only the command the argv names is registered with its
 * flags (its module is already loaded); every other command is a name and a help line, and groups
 * register their children only when yargs enters them, so start-up does not grow with the contract.
 */
import yargs, { type Argv } from 'yargs';
import { UsageError } from '../core/errors.js';
import { closest } from '../core/suggest.js';
import type { CliIdentity } from '../core/identity.js';
import type { CommandNode } from './tree.js';
import type { CommandEntry, CommandModule, CommandSpec, FlagSpec, ParsedArgs } from './types.js';

const PARSER_CONFIGURATION = {
  // Flags keep exactly the names users type; values are converted by the declared types, not guessed.
  'camel-case-expansion': false,
  'dot-notation': false,
  'parse-numbers': false,
  'parse-positional-numbers': false,
  // `--no-heading` and `--no-browser` are flags of their own, not negations.
  'boolean-negation': false,
  'greedy-arrays': false,
  'strip-aliased': true,
} as const;

/** The help line of a flag: its description plus what yargs would print as types, in words. */
function describeFlag(flag: FlagSpec): string {
  const notes = [
    flag.required && 'required',
    flag.enum && `one of: ${flag.enum.join(', ')}`,
    flag.default !== undefined && `default: ${String(flag.default)}`,
    flag.array && 'repeatable',
  ].filter(Boolean);
  return `${flag.description}${notes.length ? ` [${notes.join('; ')}]` : ''}`;
}

/**
 * `get [id]`, `explain [command..]`: positionals are optional to yargs because the same value may come
 * as a flag (`--id`); the runtime checks required inputs itself, naming the flag.
 */
function commandUsage(name: string, spec: Pick<CommandSpec, 'flags' | 'positionals'>): string {
  const words = spec.positionals.map(
    (positional) => `[${positional}${spec.flags.find((f) => f.name === positional)?.variadic ? '..' : ''}]`,
  );
  return [name, ...words].join(' ');
}

function addFlags(y: Argv, flags: readonly FlagSpec[], positionals: readonly string[] = []): void {
  for (const flag of flags) {
    if (positionals.includes(flag.name)) {
      y.positional(flag.name, { type: flag.type === 'boolean' ? 'boolean' : 'string', describe: describeFlag(flag) });
      continue;
    }
    y.option(flag.name, {
      type: flag.type === 'boolean' ? 'boolean' : 'string',
      describe: describeFlag(flag),
      // A value flag with nothing after it is a mistake, not an empty string; a bare secret flag asks for it.
      requiresArg: flag.type !== 'boolean' && !flag.secret,
      ...(flag.alias ? { alias: flag.alias } : {}),
      ...(flag.hidden ? { hidden: true } : {}),
    });
  }
}

function addCommandFlags(y: Argv, bin: string, spec: CommandSpec): Argv {
  const text = [spec.summary, spec.description && spec.description !== spec.summary ? spec.description : '']
    .filter(Boolean)
    .join('\n\n');
  y.usage(`${commandUsage(`${bin} ${spec.path.join(' ')}`, spec)} [flags]${text ? `\n\n${text}` : ''}`);
  addFlags(y, spec.flags, spec.positionals);
  const own = spec.flags.filter((f) => !spec.positionals.includes(f.name) && !f.hidden).map((f) => f.name);
  if (own.length) y.group(own, 'Flags:');
  if (spec.example) y.epilogue(`Example:\n  ${spec.example}`);
  return y;
}

export interface ParserInput {
  argv: readonly string[];
  identity: CliIdentity;
  globalFlags: readonly FlagSpec[];
  root: CommandNode;
  /** The command the argv names, already loaded. */
  target?: { entry: CommandEntry; module: CommandModule };
  width?: number;
  onCommand(entry: CommandEntry, args: ParsedArgs): void;
  /** Where usage errors point for help: the command or group the argv names. */
  helpPath: readonly string[];
  /** The first word that names no command, if any. */
  unknownWord?: string;
  /** Where the group's help goes when a command is missing. */
  stderr: NodeJS.WritableStream;
}

const MISSING_COMMAND = 'a command is required';

/** yargs' wording for a word that is not a command, made to say so. */
function usageMessage(message: string, unknownWord: string | undefined): string {
  if (unknownWord === undefined) return message;
  if (message.startsWith('Did you mean')) return `unknown command "${unknownWord}". ${message}`;
  if (message === `Unknown argument: ${unknownWord}`) return `unknown command "${unknownWord}"`;
  return message;
}

/**
 * yargs' "Unknown argument(s): stauts" for flags typed with dashes, with the closest flag the command
 * has: `unknown flag --stauts (did you mean --status?)`.
 */
function unknownFlags(message: string, argv: readonly string[], known: readonly FlagSpec[]): string | undefined {
  const listed = /^Unknown arguments?: (.+)$/.exec(message)?.[1]?.split(', ');
  const typed = new Set(argv.filter((a) => a.startsWith('-')).map((a) => a.replace(/^-+/, '').split('=')[0]!));
  const flags = listed?.filter((name) => typed.has(name));
  if (!flags?.length || flags.length !== listed!.length) return undefined;
  const names = known.flatMap((f) => (f.hidden ? [] : [f.name]));
  return flags
    .map((name) => {
      const near = closest(name, names);
      return `unknown flag ${name.length === 1 ? '-' : '--'}${name}${near ? ` (did you mean --${near}?)` : ''}`;
    })
    .join('; ');
}

function addChildren(y: Argv, node: CommandNode, input: ParserInput): Argv {
  const { bin } = input.identity;
  for (const child of node.children) {
    // yargs hides a command whose description is `false`; its typings want the literal.
    const describe = (child.hidden ? false : child.describe) as string;
    const { entry } = child;
    if (!entry) {
      y.command(child.name, describe, (inner) =>
        addChildren(inner, child, input).demandCommand(1, `${MISSING_COMMAND} for \`${bin} ${child.path.join(' ')}\``),
      );
      continue;
    }
    const loaded = input.target?.entry === entry ? input.target.module.spec : undefined;
    const name = loaded ? commandUsage(child.name, loaded) : child.name;
    y.command(
      [name, ...child.aliases],
      describe,
      (inner) => (loaded ? addCommandFlags(inner, bin, loaded) : inner),
      (args) => input.onCommand(entry, args),
      [],
      loaded?.deprecated ?? false,
    );
  }
  return y;
}

/** yargs 18 has it; @types/yargs 17 does not know it yet. */
type WithUsageConfiguration = Argv & { usageConfiguration(config: { 'hide-types'?: boolean }): Argv };

export function buildParser(input: ParserInput): Argv {
  const { bin, version } = input.identity;
  const width = input.width ? Math.min(input.width, 120) : 100;
  // Help is wrapped only when it is shown: yargs also renders a command's help after starting its handler
  // (to show on a later failure), and wrapping it cost `mcp serve` a third of its start-up.
  const help = input.argv.some((arg) => arg === '--help' || arg === '-h');
  const base = yargs([...input.argv])
    .scriptName(bin)
    .parserConfiguration(PARSER_CONFIGURATION) as WithUsageConfiguration;
  // Types are said in words by describeFlag; yargs would print every string-typed number as [string].
  const y = base
    .usageConfiguration({ 'hide-types': true })
    .exitProcess(false)
    .strict()
    .recommendCommands()
    .help()
    .version(version)
    .wrap(help ? width : null)
    .fail((message: string | null, error: Error | undefined, failed: Argv) => {
      if (error && !message) throw error;
      // `gpuaas apps`: what is there to choose from is the useful answer.
      if (message?.startsWith(MISSING_COMMAND)) {
        // yargs passes its usage object here: its wrap() returns nothing.
        failed.wrap(width);
        failed.showHelp((usage: string) => void input.stderr.write(`${usage}\n\n`));
      }
      const text = message ?? String(error);
      const flags = [...input.globalFlags, ...(input.target?.module.spec.flags ?? [])];
      throw new UsageError(
        unknownFlags(text, input.argv, flags) ?? usageMessage(text, input.unknownWord),
        `run \`${[bin, ...input.helpPath].join(' ')} --help\` for usage`,
      );
    });
  addFlags(y, input.globalFlags);
  y.group([...input.globalFlags.map((f) => f.name), 'help', 'version'], 'Global flags:');
  return addChildren(y, input.root, input).demandCommand(1, MISSING_COMMAND);
}
