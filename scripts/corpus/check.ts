/**
 * One corpus contract through every column: generate all targets (timed, peak memory), install and build
 * them where they were generated (SDK and MCP by tsc, the CLI bundled and type-checked), the CLI's `--help`
 * and `mcp list-tools`, one GET through the generated CLI against Prism serving the same file, and hey-api
 * alone on it for comparison.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildIR } from '../../generator/ir/build.js';
import type { OperationIR, ParameterIR } from '../../generator/ir/types.js';
import { loadSpec } from '../../generator/load/load.js';
import { specConfig } from '../../generator/config.js';
import { ROOT, startMock } from '../mock/prism.js';
import type { CorpusSpec } from './specs.js';

const TSX = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const GENERATOR = path.join(ROOT, 'generator/cli.ts');
const TIME = '/usr/bin/time';

export interface Measured {
  ok: boolean;
  wallS: number;
  cpuS?: number;
  peakMiB?: number;
  /** The last lines of output, when it failed. */
  output: string;
  /** What it printed on stdout. */
  stdout: string;
}

export interface CorpusResult {
  spec: CorpusSpec;
  operations: number;
  generate: Measured;
  build: Measured;
  help: Measured;
  tools: Measured & { count?: number };
  get: Measured & { command?: string };
  heyApi: Measured;
}

const tail = (text: string, lines = 12): string => text.trim().split('\n').slice(-lines).join('\n');

/** Runs a command to its end; with /usr/bin/time (GNU) when there is one, for CPU time and peak memory. */
export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Measured> {
  const timed = existsSync(TIME);
  const stats = path.join(mkdtempSync(path.join(tmpdir(), 'corpus-time-')), 'stats');
  const [file, argv] = timed ? [TIME, ['-f', '%e %U %S %M', '-o', stats, command, ...args]] : [command, args];
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(file, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const stdout: Buffer[] = [];
    const keep = (chunk: Buffer) => void (output = `${output}${chunk.toString()}`.slice(-20_000));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      keep(chunk);
    });
    child.stderr.on('data', keep);
    const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallS = (performance.now() - started) / 1000;
      let cpuS: number | undefined;
      let peakMiB: number | undefined;
      if (timed && existsSync(stats)) {
        const fields = readFileSync(stats, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        if (fields.length === 4 && fields.every(Number.isFinite)) {
          cpuS = fields[1]! + fields[2]!;
          peakMiB = fields[3]! / 1024;
        }
      }
      rmSync(path.dirname(stats), { recursive: true, force: true });
      resolve({ ok: code === 0, wallS, ...(cpuS !== undefined ? { cpuS } : {}), ...(peakMiB !== undefined ? { peakMiB } : {}), output: code === 0 ? output : tail(output), stdout: Buffer.concat(stdout).toString() });
    });
  });
}

/** A value Prism accepts for a path parameter: the contract's own example, enum or default, else one of its type. */
function sampleValue(param: ParameterIR): string {
  const { schema } = param;
  const given = schema.example ?? (Array.isArray(schema.examples) ? schema.examples[0] : undefined) ?? (Array.isArray(schema.enum) ? schema.enum[0] : undefined) ?? schema.default;
  if (given !== undefined && typeof given !== 'object') return String(given);
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('integer') || types.includes('number')) return String(typeof schema.minimum === 'number' ? schema.minimum : 1);
  if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  return 'sample';
}

/** The GET the corpus sends: one that needs nothing but path parameters, a listing first, the fewest path parameters. */
export function pickGet(operations: readonly OperationIR[]): OperationIR | undefined {
  const candidates = operations.filter(
    (op) =>
      op.method === 'GET' &&
      !op.cli.hidden &&
      op.success?.schema !== undefined &&
      !op.parameters.query.some((p) => p.required) &&
      !op.parameters.header.some((p) => p.required) &&
      !op.projectScoped,
  );
  const rank = (op: OperationIR) => `${op.parameters.path.length}\0${op.pagination ? 0 : 1}\0${op.cli.command.join(' ')}`;
  return candidates.sort((a, b) => (rank(a) < rank(b) ? -1 : rank(a) > rank(b) ? 1 : 0))[0];
}

const failed = (output: string): Measured => ({ ok: false, wallS: 0, output, stdout: '' });

export interface CheckOptions {
  /**
   * Time generation on its own (no build, no cache) and run hey-api beside it, for the corpus table
   * (default). Without it, generation is checked by the build run alone: what a test needs, in half the time.
   */
  compare?: boolean;
}

export async function checkSpec(spec: CorpusSpec, file: string, work: string, options: CheckOptions = {}): Promise<CorpusResult> {
  const compare = options.compare ?? true;
  const out = path.join(work, spec.name);
  const config = specConfig(file, out, spec.name);
  const cli = config.targets.cli!;
  const bin = path.join(out, 'cli', 'bin', `${cli.bin}.js`);
  const generatorArgs = ['--import', TSX, GENERATOR, '--spec', file, '--out', out, '--name', spec.name];

  let heyApi: Measured = { ok: true, wallS: 0, output: '', stdout: '' };
  if (compare) {
    const heyOut = mkdtempSync(path.join(tmpdir(), 'corpus-hey-'));
    heyApi = await measure(process.execPath, ['--import', TSX, path.join(ROOT, 'scripts/corpus/hey-api.ts'), file, heyOut]);
    rmSync(heyOut, { recursive: true, force: true });
  }

  const generate = compare ? await measure(process.execPath, [...generatorArgs, '--no-build'], { env: { CODEGEN_CACHE: 'off' } }) : undefined;
  let operations = 0;
  let get: CorpusResult['get'] = failed('not run: generation failed');
  const skipped = failed('not run: generation failed');
  if (generate && !generate.ok) return { spec, operations, generate, build: skipped, help: skipped, tools: skipped, get, heyApi };

  const build = await measure(process.execPath, generatorArgs);
  const typecheck = build.ok ? await measure('npm', ['run', 'typecheck', '-w', 'cli'], { cwd: out }) : build;
  const types = { ...build, ok: build.ok && typecheck.ok, output: build.ok ? typecheck.output : build.output };
  const configDir = mkdtempSync(path.join(tmpdir(), 'corpus-config-'));
  const env = { [`${cli.envPrefix}_CONFIG_DIR`]: configDir, [`${cli.envPrefix}_TOKEN`]: 'corpus-token', NO_COLOR: '1' };
  const help = types.ok ? await measure(process.execPath, [bin, '--help'], { env }) : failed('not run: no build');
  const listed = types.ok ? await measure(process.execPath, [bin, 'mcp', 'list-tools', '-o', 'json'], { env }) : failed('not run: no build');
  let count: number | undefined;
  if (listed.ok) {
    try {
      count = (JSON.parse(listed.stdout) as { tools: unknown[] }).tools.length;
    } catch {
      listed.ok = false;
      listed.output = `not a tools/list payload: ${tail(listed.output, 3)}`;
    }
  }
  const tools = { ...listed, output: listed.ok ? '' : listed.output, ...(count !== undefined ? { count } : {}) };

  const ir = buildIR(await loadSpec(file, ROOT));
  operations = ir.operations.length;
  const op = pickGet(ir.operations);
  if (!types.ok) get = failed('not run: no build');
  else if (!op) get = failed('no GET operation without required query parameters');
  else {
    let mock: Awaited<ReturnType<typeof startMock>> | undefined;
    try {
      mock = await startMock(file, { startupTimeoutMs: 900_000 });
    } catch (error) {
      get = failed(`Prism did not serve the contract: ${tail(String((error as Error).message ?? error), 4)}`);
    }
    if (mock) try {
      const args = [...op.cli.command, ...op.parameters.path.flatMap((p) => [`--${p.cliFlag}`, sampleValue(p)]), '-o', 'json', '--base-url', mock.url];
      const result = await measure(process.execPath, [bin, ...args], { env, timeoutMs: 120_000 });
      let ok = result.ok;
      if (ok) {
        try {
          JSON.parse(result.stdout);
        } catch {
          ok = false;
        }
      }
      get = { ...result, ok, output: ok ? '' : tail(result.output), command: `${cli.bin} ${args.slice(0, -2).join(' ')}` };
    } finally {
      await mock.stop();
    }
  }
  rmSync(configDir, { recursive: true, force: true });
  return { spec, operations, generate: generate ? { ...generate, output: generate.ok ? '' : generate.output } : { ...build, ok: existsSync(path.join(out, 'cli', 'package.json')), output: '' }, build: types, help: { ...help, output: help.ok ? '' : help.output }, tools, get, heyApi: { ...heyApi, output: heyApi.ok ? '' : heyApi.output } };
}

/** Which columns failed, for a test's message. */
export const failures = (r: CorpusResult): string[] =>
  (['generate', 'build', 'help', 'tools', 'get'] as const).filter((c) => !r[c].ok).map((c) => `${c}: ${r[c].output}`);
