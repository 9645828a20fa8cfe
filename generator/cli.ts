/**
 * `npm run generate [-- --check] [--config FILE] [--no-build]`
 * Exit codes: 0 ok · 1 drift found by --check · 2 usage or config error · 3 invalid contract ·
 * 4 cannot write · 70 internal error (a generator bug; --debug shows the stack).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { GeneratorError, GeneratorExit } from './errors.js';
import { generate } from './generate.js';

const USAGE = 'usage: generate [--check] [--config FILE] [--no-build] [--debug]\n(default config: the one *.codegen.json file in the working directory)';

/** The generator knows no project: it takes the one config file the project keeps at its root. */
function findConfig(cwd: string): string {
  const found = readdirSync(cwd).filter((name) => name.endsWith('.codegen.json'));
  if (found.length === 1) return found[0]!;
  throw new GeneratorError(
    found.length ? `several configs (${found.join(', ')}): choose one with --config` : 'no *.codegen.json in the working directory: pass --config',
    {},
    GeneratorExit.usage,
  );
}

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        config: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    process.stderr.write(`generate: ${(err as Error).message}\n${USAGE}\n`);
    return GeneratorExit.usage;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return GeneratorExit.ok;
  }
  const started = performance.now();
  try {
    const { drift, written, buildOrder } = await generate({ config: args.config ?? findConfig(process.cwd()), cwd: process.cwd(), check: args.check });
    const changes = [...drift.added.map((f) => `added    ${f}`), ...drift.changed.map((f) => `changed  ${f}`), ...drift.removed.map((f) => `removed  ${f}`)];
    const ms = Math.round(performance.now() - started);
    if (args.check) {
      if (changes.length === 0) {
        process.stdout.write(`generate --check: generated/ is up to date (${ms} ms)\n`);
        return GeneratorExit.ok;
      }
      process.stderr.write(`generate --check: ${changes.length} generated file(s) differ from the contract and templates; run npm run generate and commit:\n${changes.map((c) => `  ${c}`).join('\n')}\n`);
      return GeneratorExit.drift;
    }
    process.stdout.write(written ? `generated ${changes.length} change(s) in ${ms} ms:\n${changes.map((c) => `  ${c}`).join('\n')}\n` : `generated/ already up to date (${ms} ms)\n`);
    if (!args['no-build']) {
      // npm runs the named workspaces in the order given: dependencies first.
      const build = spawnSync('npm', ['run', 'build', '--if-present', ...buildOrder.flatMap((d) => ['-w', d])], { stdio: 'inherit' });
      if (build.status !== 0) {
        process.stderr.write('generate: building the generated packages failed (see above)\n');
        return GeneratorExit.internal;
      }
    }
    return GeneratorExit.ok;
  } catch (err) {
    if (err instanceof GeneratorError) {
      process.stderr.write(`generate: ${err.format()}\n`);
      if (args.debug) process.stderr.write(`${err.stack}\n`);
      return err.exitCode;
    }
    process.stderr.write(`generate: internal error: ${(err as Error).message ?? String(err)}\n`);
    if (args.debug) process.stderr.write(`${(err as Error).stack}\n`);
    else process.stderr.write('(run with --debug for the stack trace, and report it: this is a generator bug)\n');
    return GeneratorExit.internal;
  }
}

process.exitCode = await main(process.argv.slice(2));
