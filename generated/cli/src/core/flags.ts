// Copied verbatim from templates/cli/core/flags.ts. DO NOT EDIT: change the template and regenerate.
import { UsageError } from './errors.js';
import { closest } from './suggest.js';

/**
 * Flag values into typed values, failing before any request (exit 2). Errors name the flag as the user
 * typed it (`--scheduler-type`), which is why each parser takes the flag name.
 */

/**
 * Exact match first; otherwise case and `-`/`_` are ignored, so `--scheduler-type bare-metal` finds the
 * contract's `bare_metal`.
 */
export function parseEnum<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  const exact = allowed.find((candidate) => candidate === value);
  if (exact !== undefined) return exact;
  const loose = allowed.filter((candidate) => normalize(candidate) === normalize(value));
  if (loose.length === 1) return loose[0]!;
  const near = closest(value, allowed);
  throw new UsageError(
    `invalid value "${value}" for --${flag}: allowed values are ${allowed.join(', ')}`,
    near === undefined ? undefined : `did you mean --${flag} ${near}?`,
  );
}

function normalize(value: string): string {
  return value.toLowerCase().replace(/-/g, '_');
}

export function parseInteger(
  value: string | number,
  flag: string,
  range: { min?: number; max?: number } = {},
): number {
  const number = typeof value === 'number' ? value : /^\s*[-+]?\d+\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(number)) throw new UsageError(`invalid value "${value}" for --${flag}: expected an integer`);
  const { min, max } = range;
  if ((min !== undefined && number < min) || (max !== undefined && number > max)) {
    const bounds = [min !== undefined && `>= ${min}`, max !== undefined && `<= ${max}`].filter(Boolean).join(' and ');
    throw new UsageError(`invalid value "${value}" for --${flag}: must be ${bounds}`);
  }
  return number;
}

/** For object- or array-valued body fields, given inline as JSON. */
export function parseJson(value: string, flag: string): unknown {
  try {
    return JSON.parse(value);
  } catch (error) {
    throw new UsageError(`invalid JSON for --${flag}: ${(error as Error).message}`);
  }
}
