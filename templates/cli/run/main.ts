/**
 * The CLI's entry. `runCli` finds the command the argv names, imports that one module, parses, runs it
 * and turns any error into the report and exit code; `start` wires it to the process.
 */
import { realpathSync } from 'node:fs';
import { isatty } from 'node:tty';
import { setFlagsFromString } from 'node:v8';
// Start-up path: modules are imported one by one, not through the core barrel, so the bundle's main chunk
// does not pull in output, config or SDK client code that only commands need.
import { reportError } from '../core/errors.js';
import { ExitCode } from '../core/exit-codes.js';
import { globalFlags } from './global-flags.js';
import { COMPLETE_COMMAND } from './complete.js';
import { buildParser } from './parser.js';
import { commandTree, findCommand, type GroupEntry } from './tree.js';
import type { CommandEntry, CommandModule, ParsedArgs, RunContext } from './types.js';

export interface CliOptions extends RunContext {
  argv: readonly string[];
  groups: readonly GroupEntry[];
}

/** `-o json` / `--debug` as typed, for reporting errors that happen before (or while) parsing. */
function earlyFlags(argv: readonly string[]): { output?: string; debug: boolean } {
  let output: string | undefined;
  argv.forEach((token, i) => {
    const inline = /^(?:-o|--output)=(.*)$/.exec(token);
    if (inline) output = inline[1];
    else if (token === '-o' || token === '--output') output = argv[i + 1];
  });
  return { ...(output ? { output } : {}), debug: argv.includes('--debug') };
}

export async function runCli(options: CliOptions): Promise<number> {
  const { argv, identity } = options;
  const flags = globalFlags(identity);
  const valueFlags = new Set(
    flags.filter((f) => f.type !== 'boolean').flatMap((f) => [f.name, ...(f.alias ? [f.alias] : [])]),
  );
  const root = commandTree(options.commands, options.groups);
  if (argv[0] === COMPLETE_COMMAND) {
    const { runCompletion } = await import('./complete.js');
    return runCompletion(options, root, flags, argv.slice(1));
  }
  const found = findCommand(root, argv, valueFlags);
  try {
    const target = found.entry ? { entry: found.entry, module: await found.entry.load() } : undefined;
    let invoked: { entry: CommandEntry; args: ParsedArgs } | undefined;
    const parser = buildParser({
      argv,
      identity,
      globalFlags: flags,
      root,
      ...(target ? { target } : {}),
      ...(options.columns ? { width: options.columns } : {}),
      helpPath: found.path,
      stderr: options.stderr,
      ...(found.unknownWord === undefined ? {} : { unknownWord: found.unknownWord }),
      onCommand: (entry, args) => (invoked = { entry, args }),
    });
    await parser.parseAsync();
    // Help, --version and completions were printed by yargs.
    if (!invoked) return ExitCode.ok;
    const module: CommandModule = invoked.entry === target?.entry ? target.module : await invoked.entry.load();
    return (await module.run(invoked.args, options)) ?? ExitCode.ok;
  } catch (error) {
    return reportError(error, { ...earlyFlags(argv), stderr: options.stderr, bin: identity.bin });
  }
}

/** Resolves once everything written so far has been handed to the OS. */
const drain = (stream: NodeJS.WriteStream): Promise<void> =>
  new Promise((resolve) => stream.write('', () => resolve()));

export type StartOptions = Pick<
  CliOptions,
  'identity' | 'commands' | 'groups' | 'loadApi' | 'loadMcp' | 'loadSchemas' | 'projectUseCommand'
>;

/**
 * Runs the CLI as this process: real streams, exits with the code. Ctrl-C or SIGTERM cancels what is in
 * flight (a second one exits at once; a server such as `mcp serve --http` shuts down cleanly); the
 * handlers are set up when a command first asks for the signal, since until then Node's own exit (130
 * on Ctrl-C) is right, and AbortController costs start-up time.
 */
export async function start(options: StartOptions): Promise<never> {
  // A command makes a request or a few: undici's HTTP parser (WebAssembly) compiled by Liftoff alone is
  // ready at once, while V8 tiering it up to TurboFan costs ~80 ms of CPU a run, more than a command's
  // parsing could win back. `mcp serve` runs for long, so it keeps the tier-up.
  if (process.argv[2] !== 'mcp') setFlagsFromString('--liftoff-only');
  // A reader that has what it wants (`| head`) closes the pipe: the output ends there, quietly and with
  // success, as Unix tools end on SIGPIPE. Any other failure to write is said in one line.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`${options.identity.bin}: cannot write the output: ${error.code ?? error.message}\n`);
    process.exit(error.code === 'EPIPE' ? ExitCode.ok : ExitCode.internal);
  });
  let controller: AbortController | undefined;
  const code = await runCli({
    ...options,
    argv: process.argv.slice(2),
    ...(process.argv[1] ? { entry: [process.execPath, realpathSync(process.argv[1])] } : {}),
    env: process.env,
    // process.stdin is created on first access; most commands never read it.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    tty: { stdin: isatty(0), stdout: isatty(1), stderr: isatty(2) },
    ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    get signal() {
      if (!controller) {
        const created = new AbortController();
        for (const name of ['SIGINT', 'SIGTERM'] as const) {
          process.once(name, () => {
            created.abort();
            process.once(name, () => process.exit(ExitCode.interrupted));
          });
        }
        controller = created;
      }
      return controller.signal;
    },
  });
  // Kept-alive HTTP connections must not hold the process open once the command is done.
  await Promise.all([drain(process.stdout), drain(process.stderr)]);
  process.exit(code);
}
