// Copied verbatim from templates/cli/run/secrets.ts. DO NOT EDIT: change the template and regenerate.
/**
 * Secret flags (`--password`, `--client-secret`: fields the contract marks `format: password`) are kept
 * off the command line, where shell history and `ps` would show them: a script pipes one to
 * `--password-stdin`; a person on a terminal is asked with a hidden prompt when a required secret is
 * missing, or when the flag is given without a value (`--client-secret`).
 */
import { CliError, ExitCode, UsageError } from '../core/index.js';
import type { CommandSpec, FlagSpec, ParsedArgs } from './types.js';

export interface SecretSources {
  stdin: NodeJS.ReadableStream;
  /** Where the prompt and warnings go. */
  stderr?: NodeJS.WritableStream;
  /** A person can answer: stdin and stderr are terminals. */
  interactive?: boolean;
}

async function readLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return text.split(/\r?\n/)[0] ?? '';
}

/** "Password: ", "Client secret: ". */
const label = (flag: FlagSpec): string => {
  const words = flag.name.replace(/-/g, ' ');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}:`;
};

/**
 * Rejects when the user ends the input at the prompt (Ctrl-D), which `read` itself would wait through.
 * readline decodes the terminal's keys into `keypress` events on the input stream.
 */
function endOfInput(stream: NodeJS.ReadableStream): { ended: Promise<never>; dispose(): void } {
  let onKey: (text: string, key?: { ctrl?: boolean; name?: string }) => void = () => undefined;
  const ended = new Promise<never>((_resolve, reject) => {
    onKey = (_text, key) => {
      if (key?.ctrl && key.name === 'd') reject(new UsageError('no answer at the prompt: the input ended'));
    };
    stream.on('keypress', onKey);
  });
  return { ended, dispose: () => void stream.off('keypress', onKey) };
}

async function prompt(flag: FlagSpec, sources: SecretSources): Promise<string> {
  // Imported when a prompt is shown: most commands never ask.
  const { read } = await import('read');
  const answer = read({
    prompt: label(flag),
    silent: true,
    input: sources.stdin as NodeJS.ReadStream,
    output: sources.stderr as NodeJS.WriteStream,
    terminal: true,
  });
  const input = endOfInput(sources.stdin);
  try {
    return await Promise.race([answer, input.ended]);
  } catch (error) {
    // The prompt line has no newline yet.
    sources.stderr?.write('\n');
    if (error instanceof UsageError) throw error;
    // read rejects on Ctrl-C.
    throw new CliError('interrupted', ExitCode.interrupted);
  } finally {
    input.dispose();
  }
}

/**
 * The values of the command's secret flags that come from stdin or a prompt, by flag name; flags given
 * with a value are left as they are (with a warning on a terminal). Runs before the check for missing
 * inputs, so an answered prompt counts as given.
 */
export async function secretArguments(
  spec: CommandSpec,
  args: ParsedArgs,
  sources: SecretSources,
): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  const fromStdin = spec.flags.filter((f) => f.role === 'secretStdin' && args[f.name] === true);
  if (fromStdin.length > 1)
    throw new UsageError(`${fromStdin.map((f) => `--${f.name}`).join(' and ')} both read stdin; pass one of them`);
  for (const flag of spec.flags.filter((f) => f.secret)) {
    const raw = args[flag.name];
    const stdinFlag = fromStdin.find((f) => f.secretOf === flag.name);
    if (stdinFlag) {
      if (raw !== undefined) throw new UsageError(`pass --${flag.name} or --${stdinFlag.name}, not both`);
      values[flag.name] = await readLine(sources.stdin);
      if (!values[flag.name]) throw new UsageError(`--${stdinFlag.name}: stdin is empty`);
      continue;
    }
    const bare = raw === '' || raw === true;
    if (raw !== undefined && !bare) {
      if (sources.interactive)
        sources.stderr?.write(
          `warning: --${flag.name} on the command line can end up in your shell history; leave its value out to be asked\n`,
        );
      continue;
    }
    if (!bare && !flag.required) continue;
    const stdinName = spec.flags.find((f) => f.secretOf === flag.name)?.name;
    if (!sources.interactive) {
      // Left missing: the check for required inputs reports it, with this hint.
      if (bare)
        throw new UsageError(
          `--${flag.name} needs a value, and there is no terminal to ask on`,
          stdinName ? `pipe it to --${stdinName}` : undefined,
        );
      continue;
    }
    values[flag.name] = await prompt(flag, sources);
  }
  return values;
}
