/**
 * Generation rows: our whole pipeline (`generate --check`: load, validate, IR, hey-api models, every
 * target, prettier, surfaces) against @hey-api/openapi-ts alone (types + sdk + fetch client) on the same
 * contract. Cold = CODEGEN_CACHE=off (every step computed); warm = the content cache as the previous run
 * left it, the usual maintainer run. The 13 MB GitHub spec (1,223 operations) goes through all targets
 * without the build, against hey-api alone on the same file; its peak RSS is the child's own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fetchSpec } from '../../corpus/fetch.js';
import { CORPUS } from '../../corpus/specs.js';
import { ROOT, TSX, cpuOf, interleave, notAvailable, ratioFigure, runChild, runOk, summarize, type ChildRun, type Figure, type Row } from '../harness.js';
import { heyApiScript } from '../peers.js';
import { profileNodeChild } from '../profile.js';

const CONTRACT = path.join(ROOT, 'openapi/gpuaas.yaml');
const GENERATOR = path.join(ROOT, 'generator/cli.ts');
const HEY_API = 'hey-api alone (types + sdk + client)';

async function generationRow(cache: 'cold' | 'warm', runs: number): Promise<Figure[]> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-gen-'));
  try {
    const hey = heyApiScript(scratch);
    const { args, options } = generatorArgs(cache);
    const generate = () => runOk(process.execPath, args, options);
    if (cache === 'warm') await generate(); // fill the cache
    const samples = await interleave(runs, {
      hey: () => runOk(process.execPath, [hey, CONTRACT, path.join(scratch, 'out')]),
      ours: generate,
    });
    const ours = summarize(samples.ours);
    const anchor = summarize(samples.hey);
    return [ratioFigure(`generate --check, ${cache} cache, our contract, all targets (CPU)`, cpuOf(ours), HEY_API, cpuOf(anchor), { op: '<=', limit: cache === 'cold' ? 1.5 : 1.0, on: 'ratio' })];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const generatorArgs = (cache: 'cold' | 'warm') => ({ args: ['--import', TSX, GENERATOR, '--check', '--no-build'], options: cache === 'cold' ? { env: { CODEGEN_CACHE: 'off' } } : {} });

/** One generation under --cpu-prof (the warm one after a run that fills the cache). */
async function generationProfile(cache: 'cold' | 'warm', dir: string) {
  const { args, options } = generatorArgs(cache);
  if (cache === 'warm') await runOk(process.execPath, args, options);
  return [(await profileNodeChild(`ours, one ${cache}-cache generate --check`, args, dir, options)).profile];
}

const GITHUB = CORPUS.find((s) => s.name === 'github')!;

const githubArgs = (spec: string, scratch: string) => ['--import', TSX, GENERATOR, '--spec', spec, '--out', path.join(scratch, 'ours'), '--name', 'github', '--no-build'];

async function largeSpecProfile(dir: string) {
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-github-'));
  try {
    return [(await profileNodeChild('ours, one generation of the GitHub spec', githubArgs(fetchSpec(GITHUB), scratch), dir, { env: { CODEGEN_CACHE: 'off' } })).profile];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function largeSpecRow(runs: number): Promise<Figure[]> {
  const spec = fetchSpec(GITHUB);
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-github-'));
  try {
    const hey = heyApiScript(scratch);
    const samples = await interleave(runs, {
      hey: () => runChild(process.execPath, [hey, spec, path.join(scratch, 'hey')]),
      ours: () => runChild(process.execPath, githubArgs(spec, scratch), { env: { CODEGEN_CACHE: 'off' } }),
    });
    const failedNote = (runs: ChildRun[], who: string): string | undefined => {
      const bad = runs.filter((r) => r.code !== 0);
      return bad.length ? `${who} failed ${bad.length} of ${runs.length} runs (exit ${bad[0]!.code}: ${bad[0]!.stderr.trim().split('\n').slice(-2).join(' ').slice(0, 300)})` : undefined;
    };
    const notes = [failedNote(samples.ours, 'ours'), failedNote(samples.hey, 'hey-api')].filter(Boolean).join('; ');
    const ours = summarize(samples.ours);
    const anchor = summarize(samples.hey);
    const title = `${GITHUB.package}@${GITHUB.version} ${GITHUB.file} (13 MB, 1,223 operations), all targets`;
    const cpu = ratioFigure(`${title} (CPU)`, cpuOf(ours), HEY_API, cpuOf(anchor), { op: '<=', limit: 1.0, on: 'ratio' }, notes || undefined);
    const peak = ratioFigure(`${title} (peak RSS)`, { value: ours.maxRssMiB!, unit: 'MiB' }, HEY_API, { value: anchor.maxRssMiB!, unit: 'MiB' }, { op: '<=', limit: 1024, on: 'MiB' });
    // A generation that refused the spec has not met its goal, whatever its CPU time.
    if (samples.ours.some((r) => r.code !== 0)) for (const f of [cpu, peak]) f.met = false;
    return [cpu, peak];
  } catch (error) {
    return [notAvailable('13 MB GitHub spec, all targets', `could not fetch ${GITHUB.package}@${GITHUB.version}: ${(error as Error).message}`)];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export const generationRows: Row[] = [
  { id: 'generate-cold', title: 'generate --check, cold cache, our contract, all targets', goal: '≤ 1.5× hey-api CPU', run: (ctx) => generationRow('cold', ctx.runs), profile: (_ctx, dir) => generationProfile('cold', dir) },
  { id: 'generate-warm', title: 'generate --check, warm cache, our contract, all targets', goal: '≤ 1.0× hey-api CPU', run: (ctx) => generationRow('warm', ctx.runs), profile: (_ctx, dir) => generationProfile('warm', dir) },
  { id: 'generate-github', title: '1,223-operation 13 MB spec (GitHub), all targets', goal: '≤ 1.0× hey-api CPU, ≤ 1 GiB peak', slow: true, run: (ctx) => largeSpecRow(ctx.slowRuns), profile: (_ctx, dir) => largeSpecProfile(dir) },
];
