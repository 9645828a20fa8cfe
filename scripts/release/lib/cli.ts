/**
 * What the release commands share: exit codes, argument parsing, the config, and one place that turns
 * an expected failure into a one-line message (a bug keeps its stack).
 *
 * Exit codes: 0 ok · 1 the check failed (a breaking change without --allow-breaking, a bump smaller than
 * the report needs, a pack whose tarballs do not install) · 2 usage or configuration · 3 a contract does
 * not load or validate · 70 internal error. 2, 3 and 70 are the generator's own.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { GeneratorError, GeneratorExit } from '../../../generator/errors.js';
import { formatReport, type ChangeReport } from './report.js';

export const ReleaseExit = {
  ok: 0,
  failed: 1,
  usage: GeneratorExit.usage,
  contract: GeneratorExit.contract,
  internal: GeneratorExit.internal,
} as const;

/** A failure the user can fix, with the exit code it maps to. */
export class ReleaseError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = ReleaseExit.failed,
  ) {
    super(message);
  }
}

export const CONFIG_OPTION = { config: { type: 'string', default: 'gpuaas.codegen.json' } } as const;

export function parse<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, usage: string) {
  try {
    return parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    throw new ReleaseError(`${(err as Error).message}\n${usage}`, ReleaseExit.usage);
  }
}

/** Run a command's main, print what went wrong, and set the exit code. */
export async function run(name: string, main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (err) {
    if (err instanceof GeneratorError) {
      process.stderr.write(`${name}: ${err.format()}\n`);
      process.exitCode = err.exitCode;
    } else if (err instanceof ReleaseError) {
      process.stderr.write(`${name}: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(`${name}: internal error: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = ReleaseExit.internal;
    }
  }
}

export const REPORT_OPTIONS = {
  ...CONFIG_OPTION,
  json: { type: 'boolean', default: false },
  'allow-breaking': { type: 'boolean', default: false },
} as const;

/** Print a diff command's report (text or JSON); 1 when it has breaking changes that were not allowed. */
export function printReport(
  name: string,
  report: ChangeReport,
  options: { json: boolean; 'allow-breaking': boolean },
): number {
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  if (!report.breaking || options['allow-breaking']) return ReleaseExit.ok;
  process.stderr.write(`${name}: ${report.breaking} breaking change(s); pass --allow-breaking to accept them\n`);
  return ReleaseExit.failed;
}
