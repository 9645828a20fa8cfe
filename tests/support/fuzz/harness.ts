/**
 * Runs mutations through the generator in a bounded pool of worker processes (child.ts) and judges each
 * outcome: code that type-checks (typecheck.ts, one program for all survivors) and carries no injected
 * code, or a located error with exit 3. Anything else is a finding: an internal error, a hang (the worker
 * is killed and replaced), a stray file in the working directory or TMPDIR, a partial write.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { specConfig } from '../../../generator/config.js';
import type { FuzzJob, FuzzReply } from './child.js';
import type { Mutation } from './mutations.js';
import { sourceFiles, typecheckOutputs } from './typecheck.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');
const CHILD = path.join(import.meta.dirname, 'child.ts');

export type Outcome = 'typed-ok' | 'exit-3' | 'internal' | 'hang';

export interface FuzzResult {
  mutation: Mutation;
  dir: string;
  outcome: Outcome;
  exitCode?: number;
  stderr: string;
  ms: number;
  /** What is wrong beyond the outcome: stray files, partial writes, unlocated messages, type errors, injected code. */
  findings: string[];
  /** Whether its output was type-checked (the suite may check a sample only). */
  typechecked?: boolean;
}

/** Every target the generator writes for `--spec FILE --out out` (a target added to it is checked too), and the files beside them. */
const TARGETS = Object.keys(specConfig('api.yaml', 'out').targets);
const OUTPUT_ENTRIES = [...TARGETS, 'manifest.json', 'package.json'].sort();
/** tsx keeps its compile cache in TMPDIR: the loader's file, not the generator's. */
const TOOL_TEMP = /^tsx-\d+$/;
/** A line of a located contract error: the contract (or a file it refers to), optionally line:col and pointer. */
const LOCATED = /^generate: (spec\/|outside|\/)[^:\n]*(:\d+(:\d+)?)?( #\/[^\n]*)?: \S/;
const SUMMARY = /^generate: (\d+ problems|… and \d+ more problem\(s\), \d+ in all)$/;
export const MAX_MESSAGE_LINE = 1000;

function prepare(mutation: Mutation, dir: string): void {
  for (const [file, content] of Object.entries(mutation.files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  for (const [link, target] of Object.entries(mutation.links ?? {})) symlinkSync(target, path.join(dir, link));
}

const walk = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []);

/** Stray files, partial writes and badly formed messages of one finished run. */
function inspect(mutation: Mutation, dir: string, exitCode: number, stderr: string): string[] {
  const findings: string[] = [];
  const own = new Set(Object.keys({ ...mutation.files, ...mutation.links }));
  const ownDirs = new Set([...own].flatMap((f) => f.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'))));
  for (const entry of walk(dir)) {
    const top = entry.split(path.sep)[0]!;
    if (own.has(entry) || ownDirs.has(entry) || top === 'tmp' || (top === 'out' && exitCode === 0)) continue;
    findings.push(`stray file ${entry}`);
  }
  for (const entry of readdirSync(path.join(dir, 'tmp'))) if (!TOOL_TEMP.test(entry)) findings.push(`stray file in TMPDIR: ${entry}`);
  const out = path.join(dir, 'out');
  if (exitCode === 0) {
    const entries = readdirSync(out).sort();
    if (entries.join() !== OUTPUT_ENTRIES.join()) findings.push(`partial write: out/ holds ${entries.join(', ')}`);
    for (const target of TARGETS) if (walk(path.join(out, target)).length === 0) findings.push(`partial write: out/${target} is empty`);
    const leftovers = walk(out).filter((entry) => /\.(staging|previous)$/.test(entry));
    if (leftovers.length) findings.push(`partial write: ${leftovers.join(', ')} left in out/`);
  }
  if (exitCode === 3) {
    for (const line of stderr.trimEnd().split('\n')) {
      if (!LOCATED.test(line) && !SUMMARY.test(line)) findings.push(`unlocated message: ${line.slice(0, 300)}`);
      if (line.length > MAX_MESSAGE_LINE) findings.push(`message line of ${line.length} characters`);
    }
  }
  return findings;
}

/** Injected code: the hostile strings' `__pwned` as an identifier (outside strings and comments), or a file from outside the contract. */
function unsafeCode(out: string): string[] {
  const findings: string[] = [];
  for (const file of sourceFiles(out)) {
    const text = readFileSync(file, 'utf8');
    if (text.includes('root:x:0:0')) findings.push(`${path.relative(out, file)} embeds /etc/passwd`);
    if (!text.includes('__pwned')) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node) && node.text === '__pwned') {
        findings.push(`injected code in ${path.relative(out, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  for (const entry of walk(out)) {
    const file = path.join(out, entry);
    if (!entry.endsWith('.ts') && lstatSync(file).isFile() && readFileSync(file, 'utf8').includes('root:x:0:0')) findings.push(`${entry} embeds /etc/passwd`);
  }
  return findings;
}

export interface FuzzOptions {
  /** Scratch root (inside the repository, so generated packages resolve its node_modules). */
  root: string;
  workers: number;
  /** A run longer than this is a hang: its worker is killed. */
  hangMs: number;
  /** How many of the outputs that generated are type-checked, besides those `alwaysCheck` names (all when undefined). */
  typecheckSample?: number;
  alwaysCheck?: (mutation: Mutation) => boolean;
}

class Worker {
  private child!: ChildProcess;
  private ready!: Promise<void>;
  /** The end of what the worker printed: why it died, when it does. */
  private log = '';
  constructor() {
    this.start();
  }

  private start(): void {
    this.child = fork(CHILD, [], { execArgv: ['--import', TSX], stdio: ['ignore', 'ignore', 'pipe', 'ipc'], env: { ...process.env, NODE_OPTIONS: '' } });
    this.child.stderr!.setEncoding('utf8').on('data', (text: string) => (this.log = (this.log + text).slice(-2000)));
    this.ready = new Promise((resolve) => this.child.once('message', () => resolve()));
  }

  lastWords(): string {
    return this.log.trim();
  }

  async run(job: FuzzJob, hangMs: number): Promise<FuzzReply | 'hang' | 'crash'> {
    await this.ready;
    return new Promise((resolve) => {
      const done = (result: FuzzReply | 'hang' | 'crash') => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (result === 'hang' || result === 'crash') {
          this.child.kill('SIGKILL');
          this.start();
        }
        resolve(result);
      };
      const onMessage = (reply: FuzzReply) => reply.index === job.index && done(reply);
      const onExit = () => done('crash');
      const timer = setTimeout(() => done('hang'), hangMs);
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.child.send(job);
    });
  }

  stop(): void {
    this.child.kill();
  }
}

/** Wall time of the last runFuzz's two phases, for the suite's report. */
export const timing = { generateMs: 0, typecheckMs: 0 };

export async function runFuzz(list: readonly Mutation[], options: FuzzOptions): Promise<FuzzResult[]> {
  const started = performance.now();
  const results: FuzzResult[] = new Array(list.length);
  let next = 0;
  const pool = Array.from({ length: Math.max(1, options.workers) }, () => new Worker());
  await Promise.all(
    pool.map(async (worker) => {
      for (let index = next++; index < list.length; index = next++) {
        const mutation = list[index]!;
        const dir = path.join(options.root, String(index).padStart(4, '0'));
        prepare(mutation, dir);
        const started = performance.now();
        const reply = await worker.run({ index, dir, spec: mutation.spec, ...(mutation.env ? { env: mutation.env } : {}) }, options.hangMs);
        const ms = Math.round(performance.now() - started);
        if (reply === 'hang' || reply === 'crash') {
          results[index] = { mutation, dir, outcome: reply === 'hang' ? 'hang' : 'internal', stderr: reply === 'crash' ? `the worker process died: ${worker.lastWords()}` : '', ms, findings: [] };
          continue;
        }
        const { exitCode, stderr } = reply;
        const outcome: Outcome = exitCode === 0 ? 'typed-ok' : exitCode === 3 ? 'exit-3' : 'internal';
        const findings = inspect(mutation, dir, exitCode, stderr);
        if (exitCode === 0) findings.push(...unsafeCode(path.join(dir, 'out')));
        results[index] = { mutation, dir, outcome, exitCode, stderr, ms: reply.ms, findings };
      }
    }),
  );
  for (const worker of pool) worker.stop();
  timing.generateMs = Math.round(performance.now() - started);
  const generated = results.filter((r) => r.outcome === 'typed-ok');
  const always = generated.filter((r) => r === generated[0] || options.alwaysCheck?.(r.mutation));
  const rest = generated.filter((r) => !always.includes(r));
  // An even spread over the suite when only a sample is checked: every category has its survivors in it.
  const sample = Math.min(rest.length, options.typecheckSample ?? Infinity);
  const checked = [...always, ...Array.from({ length: sample }, (_, i) => rest[Math.floor((i * rest.length) / sample)]!)];
  for (const result of checked) result.typechecked = true;
  if (checked.length) {
    const baseline = checked[0]!;
    const errors = typecheckOutputs(path.join(baseline.dir, 'out'), checked.slice(1).map((r) => path.join(r.dir, 'out')));
    for (const result of checked) {
      const found = errors.get(path.join(result.dir, 'out')) ?? [];
      if (found.length) result.findings.push(`type errors: ${found.slice(0, 3).join(' | ')}${found.length > 3 ? ` (${found.length} in all)` : ''}`);
    }
  }
  timing.typecheckMs = Math.round(performance.now() - started) - timing.generateMs;
  return results;
}

/** Counts per outcome and finding kind, for the test's report. */
export function summarize(results: readonly FuzzResult[]): Record<string, number> {
  const counts: Record<string, number> = { mutations: results.length, 'typed-ok': 0, 'exit-3': 0, internal: 0, hang: 0, 'type-checked': results.filter((r) => r.typechecked).length, 'stray files': 0, 'partial writes': 0, 'unlocated messages': 0, 'type errors': 0, 'injected code': 0 };
  for (const r of results) {
    counts[r.outcome]!++;
    const kinds = new Set(r.findings.map((f) => (f.startsWith('stray') ? 'stray files' : f.startsWith('partial') ? 'partial writes' : f.startsWith('unlocated') || f.startsWith('message line') ? 'unlocated messages' : f.startsWith('type errors') ? 'type errors' : 'injected code')));
    for (const kind of kinds) counts[kind]!++;
  }
  return counts;
}
