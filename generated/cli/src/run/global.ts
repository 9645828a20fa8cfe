// Copied verbatim from templates/cli/run/global.ts. DO NOT EDIT: change the template and regenerate.
/** The global flags, read once per invocation into plain options. */
import { UsageError, parseHeaders } from '../core/index.js';
import { scalar, stringList } from './params.js';
import type { ParsedArgs } from './types.js';

export interface GlobalOptions {
  baseUrl?: string;
  /** `--project`; the per-command project flag is merged in by the command. */
  project?: string;
  /** The `-o` value as given; resolved against the terminal by resolveFormat. */
  output?: string;
  noHeading: boolean;
  /** `--no-color`; NO_COLOR and FORCE_COLOR are read where colour is decided. */
  noColor: boolean;
  headers: Record<string, string>;
  debug: boolean;
  timeoutMs?: number;
  yes: boolean;
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000 };

/** `500` (milliseconds), `500ms`, `1.5s`, `2m`; at least 1 ms. */
export function parseDuration(value: string, flag: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(value);
  const ms = match ? Math.round(Number(match[1]) * UNIT_MS[match[2] ?? 'ms']!) : NaN;
  if (!Number.isSafeInteger(ms) || ms < 1) {
    throw new UsageError(
      `invalid value "${value}" for --${flag}: expected milliseconds or a duration such as 500ms, 30s, 2m`,
    );
  }
  return ms;
}

const text = (value: unknown): string | undefined => (value === undefined ? undefined : String(value));

export function globalOptions(args: ParsedArgs): GlobalOptions {
  const timeout = text(scalar(args, 'timeout'));
  return {
    baseUrl: text(scalar(args, 'base-url')),
    project: text(scalar(args, 'project')),
    output: text(scalar(args, 'output')),
    noHeading: scalar(args, 'no-heading') === true,
    noColor: scalar(args, 'no-color') === true,
    headers: parseHeaders(stringList(args, 'header')),
    debug: scalar(args, 'debug') === true,
    ...(timeout === undefined ? {} : { timeoutMs: parseDuration(timeout, 'timeout') }),
    yes: scalar(args, 'yes') === true,
  };
}
