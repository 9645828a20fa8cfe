// Copied verbatim from templates/cli/core/errors.ts. DO NOT EDIT: change the template and regenerate.
import { ApiError } from '../sdk.js';
import { CliError, ExitCode, exitCodeFor } from './exit-codes.js';

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
  retryable: boolean;
  retry_after: number | null;
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
  if (options.output === 'json') {
    stderr.write(JSON.stringify(report) + '\n');
    return report.exit_code;
  }
  const lines = [`Error: ${report.message}`];
  if (report.code !== null) lines.push(`code: ${report.code}`);
  if (report.correlation_id !== null) lines.push(`correlation_id: ${report.correlation_id}`);
  if (report.http_status !== null) lines.push(`http_status: ${report.http_status}`);
  if (error instanceof ApiError && error.details !== undefined && error.details !== null) {
    lines.push(`details: ${JSON.stringify(error.details)}`);
  }
  const hint = hintFor(error, report, options);
  if (hint) lines.push(`hint: ${hint}`);
  if (options.debug) lines.push(...stackLines(error));
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
  };
}

/**
 * The SDK's message is `<status> <code>: <server message> (correlation_id: <id>)`; the CLI prints
 * status, code and id on their own lines, so it keeps only the server's words. Built from the error's
 * own fields: if the SDK format changes, the full message is kept rather than mangled.
 */
function serverMessage(error: ApiError): string {
  let message = error.message;
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
