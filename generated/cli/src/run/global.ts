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
  /** `--max-response-size`, in bytes. */
  maxResponseBytes?: number;
  /** `--insecure`: plain http to another host is allowed. */
  insecure: boolean;
  yes: boolean;
}

const UNIT_MS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000 };

/** The longest timer Node keeps (about 24.8 days); a longer one would fire at once. */
export const MAX_DURATION_MS = 2 ** 31 - 1;

/** `500` (milliseconds), `500ms`, `1.5s`, `2m`; at least 1 ms, at most MAX_DURATION_MS. */
export function parseDuration(value: string, flag: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m)?\s*$/.exec(value);
  const ms = match ? Math.round(Number(match[1]) * UNIT_MS[match[2] ?? 'ms']!) : NaN;
  if (!Number.isSafeInteger(ms) || ms < 1) {
    throw new UsageError(
      `invalid value "${value}" for --${flag}: expected milliseconds or a duration such as 500ms, 30s, 2m`,
    );
  }
  if (ms > MAX_DURATION_MS) {
    throw new UsageError(`invalid value "${value}" for --${flag}: at most ${MAX_DURATION_MS} ms (about 24 days)`);
  }
  return ms;
}

const UNIT_BYTES: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** `1048576` (bytes), `500KB`, `100MB`, `1GB` (K/KB/KiB alike, powers of 1024); at least 1 byte. */
export function parseSize(value: string, flag: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|(b))?\s*$/i.exec(value);
  const unit = (match?.[2] ?? match?.[3] ?? '').toLowerCase();
  const bytes = match ? Math.floor(Number(match[1]) * UNIT_BYTES[unit]!) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new UsageError(`invalid value "${value}" for --${flag}: expected bytes or a size such as 500KB, 100MB, 1GB`);
  }
  return bytes;
}

const text = (value: unknown): string | undefined => (value === undefined ? undefined : String(value));

export function globalOptions(args: ParsedArgs): GlobalOptions {
  const timeout = text(scalar(args, 'timeout'));
  const maxResponseSize = text(scalar(args, 'max-response-size'));
  return {
    baseUrl: text(scalar(args, 'base-url')),
    project: text(scalar(args, 'project')),
    output: text(scalar(args, 'output')),
    noHeading: scalar(args, 'no-heading') === true,
    noColor: scalar(args, 'no-color') === true,
    headers: parseHeaders(stringList(args, 'header')),
    debug: scalar(args, 'debug') === true,
    ...(timeout === undefined ? {} : { timeoutMs: parseDuration(timeout, 'timeout') }),
    ...(maxResponseSize === undefined ? {} : { maxResponseBytes: parseSize(maxResponseSize, 'max-response-size') }),
    insecure: scalar(args, 'insecure') === true,
    yes: scalar(args, 'yes') === true,
  };
}
