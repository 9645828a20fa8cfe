/**
 * `npm run generate [-- --check] [--config FILE | --spec FILE --out DIR [--name NAME]] [--no-build] [--explain]`
 * Exit codes (errors.ts GeneratorExit): 0 ok · 1 drift found by --check · 2 usage or config error ·
 * 3 invalid contract · 4 cannot write · 70 internal error (a generator bug; --debug shows the stack).
 * The command runs in-process too (the fuzz suite calls runGenerator thousands of times), writing through `io`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { specConfig, type CodegenConfig } from './config.js';
import { ContractErrors, GeneratorError, GeneratorExit } from './errors.js';
import type { GenerateResult } from './generate.js';
import { cacheDir } from './cache.js';
import { Replay } from './replay.js';

const USAGE = [
  'usage: generate [--check] [--config FILE] [--no-build] [--explain] [--debug]',
  '       generate --spec FILE --out DIR [--name NAME] [--check] [--no-build] [--explain] [--debug]',
  '(default config: the one *.codegen.json file in the working directory; --spec needs none: every target goes',
  ' to DIR/sdk, DIR/cli and DIR/mcp, named after NAME, by default the spec file name)',
].join('\n');

/** The generator knows no project: it takes the one config file the project keeps at its root. */
function findConfig(cwd: string): string {
  const found = readdirSync(cwd).filter((name) => name.endsWith('.codegen.json'));
  if (found.length === 1) return found[0]!;
  throw new GeneratorError(
    found.length ? `several configs (${found.join(', ')}): choose one with --config` : 'no *.codegen.json in the working directory: pass --config, or --spec FILE --out DIR',
    {},
    GeneratorExit.usage,
  );
}

type Args = { config?: string; spec?: string; out?: string; name?: string };

function chooseConfig(args: Args, cwd: string): string | CodegenConfig {
  if (args.spec !== undefined || args.out !== undefined) {
    if (args.config !== undefined) throw new GeneratorError('--config and --spec/--out exclude each other', {}, GeneratorExit.usage);
    if (!args.spec || !args.out) throw new GeneratorError('--spec FILE and --out DIR go together', {}, GeneratorExit.usage);
    return specConfig(args.spec, args.out, args.name);
  }
  if (args.name !== undefined) throw new GeneratorError('--name only goes with --spec', {}, GeneratorExit.usage);
  return args.config ?? findConfig(cwd);
}

function npm(args: string[], cwd: string): boolean {
  return spawnSync('npm', args, { cwd, stdio: 'inherit' }).status === 0;
}

/**
 * Builds the packages in dependency order where npm finds them as workspaces; a workspace root the
 * generator wrote gets `npm install` first, whenever a package manifest changed or nothing is installed.
 */
function build({ workspace, drift }: GenerateResult): boolean {
  const manifests = [...drift.added, ...drift.changed].some((f) => path.basename(f) === 'package.json');
  if (workspace.generated && (manifests || !existsSync(path.join(workspace.root, 'node_modules')))) {
    if (!npm(['install', '--no-audit', '--no-fund', '--loglevel=error'], workspace.root)) return false;
  }
  // npm runs the named workspaces in the order given: dependencies first.
  return npm(['run', 'build', '--if-present', ...workspace.dirs.flatMap((d) => ['-w', d])], workspace.root);
}

export interface GeneratorIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const PROCESS_IO: GeneratorIo = { stdout: (text) => void process.stdout.write(text), stderr: (text) => void process.stderr.write(text) };

export async function runGenerator(argv: string[], io: GeneratorIo = PROCESS_IO): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        check: { type: 'boolean', default: false },
        config: { type: 'string' },
        spec: { type: 'string' },
        out: { type: 'string' },
        name: { type: 'string' },
        'no-build': { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    io.stderr(`generate: ${(err as Error).message}\n${USAGE}\n`);
    return GeneratorExit.usage;
  }
  if (args.help) {
    io.stdout(`${USAGE}\n`);
    return GeneratorExit.ok;
  }
  const started = performance.now();
  try {
    const cwd = process.cwd();
    const config = chooseConfig(args, cwd);
    // A check of an unchanged run needs neither the pipeline nor the tools it loads (replay.ts).
    const cache = cacheDir();
    const replay = cache && !args.explain ? new Replay(cache, JSON.stringify([cwd, typeof config === 'string' ? path.resolve(cwd, config) : config])) : undefined;
    if (args.check && (await replay?.upToDate())) {
      io.stdout(`generate --check: the generated files are up to date (${Math.round(performance.now() - started)} ms, unchanged inputs)\n`);
      return GeneratorExit.ok;
    }
    const { generate } = await import('./generate.js');
    const result = await generate({ config, cwd, check: args.check });
    const { drift, written, clients } = result;
    if (args.explain) {
      const { explainLines } = await import('./ir/explain.js');
      for (const client of clients) io.stdout(`${explainLines(client.ir).join('\n')}\n`);
    }
    const clean = drift.added.length + drift.changed.length + drift.removed.length === 0;
    if (written || clean) {
      await replay?.record({
        inputs: result.inputs,
        targets: result.targets.map((t) => ({ dir: path.resolve(cwd, t.dir), files: t.files })),
        rootFiles: result.rootFiles.map((f) => ({ path: path.resolve(cwd, f.path), content: f.content })),
      });
    }
    const changes = [...drift.added.map((f) => `added    ${f}`), ...drift.changed.map((f) => `changed  ${f}`), ...drift.removed.map((f) => `removed  ${f}`)];
    const ms = Math.round(performance.now() - started);
    if (args.check) {
      if (changes.length === 0) {
        io.stdout(`generate --check: the generated files are up to date (${ms} ms)\n`);
        return GeneratorExit.ok;
      }
      io.stderr(`generate --check: ${changes.length} generated file(s) differ from the contract and templates; run npm run generate and commit:\n${changes.map((c) => `  ${c}`).join('\n')}\n`);
      return GeneratorExit.drift;
    }
    io.stdout(written ? `generated ${changes.length} change(s) in ${ms} ms:\n${changes.map((c) => `  ${c}`).join('\n')}\n` : `the generated files are already up to date (${ms} ms)\n`);
    if (!args['no-build'] && !build(result)) {
      io.stderr('generate: building the generated packages failed (see above); the generator emitted code that does not build, which is a generator bug: please report it with the contract\n');
      return GeneratorExit.internal;
    }
    return GeneratorExit.ok;
  } catch (err) {
    if (err instanceof ContractErrors) {
      io.stderr(`${err.lines().map((line) => `generate: ${line}`).join('\n')}\n`);
      return err.exitCode;
    }
    if (err instanceof GeneratorError) {
      io.stderr(`generate: ${err.format()}\n`);
      if (args.debug) io.stderr(`${err.stack}\n`);
      return err.exitCode;
    }
    io.stderr(`generate: internal error: ${(err as Error).message ?? String(err)}\n`);
    if (args.debug) io.stderr(`${(err as Error).stack}\n`);
    else io.stderr('(run with --debug for the stack trace, and report it: this is a generator bug)\n');
    return GeneratorExit.internal;
  }
}

