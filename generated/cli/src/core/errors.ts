// Copied verbatim from templates/cli/core/errors.ts. DO NOT EDIT: change the template and regenerate.
import { ApiError, idempotencyNote } from '../sdk.js';
import { isSecretHeader } from './secret-names.js';
import { CliError, ExitCode, exitCodeFor } from './exit-codes.js';
import { terminalText } from './terminal-text.js';

/** Bad flag or argument, caught before any request. */
export class UsageError extends CliError {
  override name = 'UsageError';
  constructor(message: string, hint?: string) {
    super(message, ExitCode.usage, hint);
  }
}

/** The user declined, or confirmation was needed and could not be asked. */
export class CancelledError extends CliError {
  override name = 'CancelledError';
  constructor(message: string, hint?: string) {
    super(message, ExitCode.cancelled, hint);
  }
}

/** Missing context (no project) or an unreadable config/credentials file. */
export class CliConfigError extends CliError {
  override name = 'CliConfigError';
  constructor(message: string, hint?: string) {
    super(message, ExitCode.config, hint);
  }
}

/** The object printed on stderr under `-o json`; keys are fixed, unknown values are null. */
export interface ErrorReport {
  code: string | null;
  message: string;
  correlation_id: string | null;
  http_status: number | null;
  exit_code: number;
  /** Repeating is safe and may succeed; for a keyed mutation, only with the same idempotency key (`repeat_command`). */
  retryable: boolean;
  retry_after: number | null;
  /** The key every attempt sent, on operations that take one. */
  idempotency_key: string | null;
  /** An attempt may have been applied although the command failed. */
  may_have_succeeded: boolean;
  /** The command line that repeats the call with the same idempotency key. */
  repeat_command: string | null;
}

/** Commands that failed after sending a keyed mutation, by error: the exact command that repeats it safely. */
const repeatCommands = new WeakMap<object, string>();

/** A POSIX shell word: bare when safe, else single-quoted. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * Records how to repeat a failed keyed mutation: the command as typed, its own `--<flag>` dropped and the
 * key the SDK sent appended, so the repeat is the same request. `hidden` flags (secrets) are not echoed.
 */
export function noteRepeatCommand(
  error: unknown,
  command: { bin: string; argv: readonly string[]; flag: string; hidden?: readonly string[] },
): void {
  if (!(error instanceof ApiError) || error.idempotencyKey === undefined) return;
  if (!error.retryable && !error.mayHaveSucceeded) return;
  const words: string[] = [];
  const hidden = new Set(command.hidden ?? []);
  for (let i = 0; i < command.argv.length; i++) {
    const word = command.argv[i]!;
    const name = /^--?([^=]+)/.exec(word)?.[1];
    const inline = word.includes('=');
    if (name === command.flag) {
      if (!inline) i++;
      continue;
    }
    if (name !== undefined && hidden.has(name)) {
      words.push(`--${name}`, '"$SECRET"');
      if (!inline) i++;
      continue;
    }
    if (name === 'H' || name === 'header') {
      const value = inline ? word.slice(word.indexOf('=') + 1) : (command.argv[++i] ?? '');
      const header = value.split(':')[0]!.trim();
      words.push(`-H`, isSecretHeader(header) ? `"${header}: $SECRET"` : shellQuote(value));
      continue;
    }
    words.push(shellQuote(word));
  }
  repeatCommands.set(error, [command.bin, ...words, `--${command.flag}`, shellQuote(error.idempotencyKey)].join(' '));
}

export interface ReportOptions {
  /** The resolved `-o` value: `json` selects the machine form. */
  output?: string;
  debug?: boolean;
  stderr: NodeJS.WritableStream;
  /** Binary name, for hints such as `<bin> auth login`. */
  bin: string;
}

/** Writes the error to stderr (stdout stays clean for data) and returns the exit code to use. */
export function reportError(error: unknown, options: ReportOptions): number {
  const report = toReport(error);
  const { stderr } = options;
  if (options.output === 'json' || options.output === 'jsonl') {
    stderr.write(JSON.stringify(report) + '\n');
    return report.exit_code;
  }
  // Everything here may come from the server: no escape sequence or CR in it reaches the terminal.
  const lines = [`Error: ${terminalText(report.message, { keepNewlines: true })}`];
  if (report.code !== null) lines.push(`code: ${terminalText(report.code)}`);
  if (report.correlation_id !== null) lines.push(`correlation_id: ${terminalText(report.correlation_id)}`);
  if (report.http_status !== null) lines.push(`http_status: ${report.http_status}`);
  if (error instanceof ApiError && error.details !== undefined && error.details !== null) {
    lines.push(`details: ${terminalText(JSON.stringify(error.details))}`);
  }
  if (report.idempotency_key !== null) lines.push(`idempotency_key: ${terminalText(report.idempotency_key)}`);
  const hint = hintFor(error, report, options);
  if (hint) lines.push(`hint: ${terminalText(hint)}`);
  if (report.repeat_command !== null) lines.push(`repeat: ${terminalText(report.repeat_command)}`);
  if (options.debug) lines.push(...stackLines(error).map((line) => terminalText(line, { keepNewlines: true })));
  stderr.write(lines.join('\n') + '\n');
  return report.exit_code;
}

export function toReport(error: unknown): ErrorReport {
  const exitCode = exitCodeFor(error);
  if (error instanceof ApiError) {
    return {
      code: error.errorCode ?? null,
      message: serverMessage(error),
      correlation_id: error.correlationId ?? null,
      http_status: error.status ?? null,
      exit_code: exitCode,
      retryable: error.retryable,
      retry_after: error.retryAfterMs === undefined ? null : Math.ceil(error.retryAfterMs / 1000),
      idempotency_key: error.idempotencyKey ?? null,
      may_have_succeeded: error.mayHaveSucceeded,
      repeat_command: repeatCommands.get(error) ?? null,
    };
  }
  return {
    code: null,
    message: error instanceof Error ? error.message : String(error),
    correlation_id: null,
    http_status: null,
    exit_code: exitCode,
    retryable: false,
    retry_after: null,
    idempotency_key: null,
    may_have_succeeded: false,
    repeat_command: null,
  };
}

/**
 * The SDK's message is `<status> <code>: <server message> (correlation_id: <id>)`; the CLI prints
 * status, code and id on their own lines, so it keeps only the server's words. Built from the error's
 * own fields: if the SDK format changes, the full message is kept rather than mangled.
 */
function serverMessage(error: ApiError): string {
  let message = error.message;
  // The SDK's note on how to repeat: the CLI says it with the exact command instead.
  const note = error.idempotencyKey === undefined ? undefined : idempotencyNote(error.idempotencyKey);
  if (note && message.endsWith(note)) message = message.slice(0, -note.length);
  if (error.status !== undefined) {
    const prefix = `${error.status}${error.errorCode ? ` ${error.errorCode}` : ''}: `;
    if (message.startsWith(prefix)) message = message.slice(prefix.length);
  }
  const suffix = error.correlationId ? ` (correlation_id: ${error.correlationId})` : undefined;
  if (suffix && message.endsWith(suffix)) message = message.slice(0, -suffix.length);
  return message;
}

function hintFor(error: unknown, report: ErrorReport, { bin, debug }: ReportOptions): string | undefined {
  if (error instanceof CliError) return error.hint;
  if (report.repeat_command !== null) {
    return report.may_have_succeeded
      ? 'it may have taken effect: repeat it with the same idempotency key (below) to get its result without applying it twice'
      : 'nothing was applied; repeat it with the same idempotency key (below)';
  }
  switch (report.exit_code) {
    case ExitCode.auth:
      return `run \`${bin} auth login\` to sign in`;
    case ExitCode.rateLimited:
      return report.retry_after === null ? 'retry later' : `retry after ${report.retry_after} s`;
    case ExitCode.server:
      return report.correlation_id === null ? undefined : 'if it persists, report the correlation_id above';
    case ExitCode.network:
      return 'check your network connection and the base URL';
    case ExitCode.internal:
      return debug ? undefined : 'run again with --debug for details';
  }
  return undefined;
}

function stackLines(error: unknown): string[] {
  const lines: string[] = [];
  for (let current = error, depth = 0; current instanceof Error && depth < 5; current = current.cause, depth++) {
    lines.push(`${depth === 0 ? '' : 'caused by: '}${current.stack ?? current.message}`);
  }
  return lines;
}
