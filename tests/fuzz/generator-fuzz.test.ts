/**
 * The generator on hostile contracts (issue 12). One run of the fuzz suite (tests/support/fuzz): the named
 * mutations, each a case that once ended in an internal error, a hang, code that did not compile, a stray
 * file or a file read from outside the contract, then random mutations of the fixtures from a fixed seed.
 * Each must generate code that type-checks and runs nothing it was fed, or fail with located lines and
 * exit 3; never exit 70, hang, write part of its output or leave a file behind.
 *
 * Longer runs: FUZZ_COUNT=2000 FUZZ_SEED=7 FUZZ_TYPECHECK=all npx vitest run tests/fuzz (FUZZ_WORKERS, FUZZ_KEEP=1).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSpec } from '../../generator/load/load.js';
import { runFuzz, summarize, timing, type FuzzResult } from '../support/fuzz/harness.js';
import { mutations, namedMutations } from '../support/fuzz/mutations.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COUNT = Number(process.env.FUZZ_COUNT ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 12);
const WORKERS = Number(process.env.FUZZ_WORKERS ?? 2);
/** Outputs type-checked besides the named cases': a spread sample in npm test, every one in a long run. */
const TYPECHECK = process.env.FUZZ_TYPECHECK === 'all' ? undefined : Number(process.env.FUZZ_TYPECHECK ?? 40);
/** A run this long is a hang, whatever the load: the slowest mutation takes seconds. */
const HANG_MS = 180_000;

const NAMED = new Set(namedMutations().map((m) => m.name));
let root: string;
let results: FuzzResult[];
const result = (name: string): FuzzResult => {
  const found = results.find((r) => r.mutation.name === name);
  if (!found) throw new Error(`no mutation ${name}`);
  return found;
};

beforeAll(async () => {
  mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  // Inside the repository: the generated packages resolve its node_modules for the type check.
  root = mkdtempSync(path.join(ROOT, '.tmp/fuzz-'));
  results = await runFuzz(mutations(SEED, COUNT), { root, workers: WORKERS, hangMs: HANG_MS, typecheckSample: TYPECHECK, alwaysCheck: (m) => NAMED.has(m.name) });
  const report = results.map((r) => ({ name: r.mutation.name, category: r.mutation.category, outcome: r.outcome, exitCode: r.exitCode, ms: r.ms, typechecked: r.typechecked === true, stderr: r.stderr.slice(0, 2000), findings: r.findings }));
  writeFileSync(path.join(ROOT, '.tmp/fuzz-report.json'), `${JSON.stringify({ seed: SEED, summary: summarize(results), timing, results: report }, null, 1)}\n`);
  // A bound for a hang of the whole run, never for speed: every mutation could take up to HANG_MS.
}, (COUNT * HANG_MS) / WORKERS);

afterAll(() => {
  if (root && !process.env.FUZZ_KEEP) rmSync(root, { recursive: true, force: true });
});

const located = (pattern: string): RegExp => new RegExp(`^generate: spec/api\\.(yaml|json)(:\\d+:\\d+)? #/[^\\n]*: ${pattern}`, 'm');

describe('the cases issue 12 found', () => {
  it.each([
    // operationIds no target can name code after: replaced like a missing one (see --explain), and the code compiles.
    ['operationId-quote', 'typed-ok', undefined],
    ['operationId-backtick-template', 'typed-ok', undefined],
    ['operationId-comment-end', 'typed-ok', undefined],
    ['operationId-newline', 'typed-ok', undefined],
    ['operationId-non-ascii', 'typed-ok', undefined],
    ['operationId-proto', 'typed-ok', undefined],
    ['operationId-at-sign', 'typed-ok', undefined],
    ['operationId-mixed-separators', 'typed-ok', undefined],
    ['operationId-slash-and-dash', 'typed-ok', undefined],
    ['operationId-type-name-collision', 'typed-ok', undefined],
    ['query-parameter-proto', 'exit-3', located('a parameter named "__proto__" cannot be generated')],
    ['header-parameter-constructor', 'exit-3', located('a parameter named "constructor" cannot be generated')],
    // A name with a line break, in the message's pointer too, is written as an escape: still one line.
    ['schema-name-line-break', 'exit-3', /^generate: spec\/api\.yaml:\d+:\d+ #\/components\/schemas\/carriage\\r\\nreturn: component name "carriage\\r\\nreturn" cannot be referenced as written/],
    ['allOf-cycle', 'exit-3', located('CycA -> CycB -> CycA: defined only through itself')],
    ['self-ref', 'exit-3', located('Self -> Self: defined only through itself')],
    ['ref-alias-cycle', 'exit-3', located('AliasA -> AliasB -> AliasA: defined only through itself')],
    ['parameter-ref-cycle', 'exit-3', located('Loop -> Loop: defined only through itself')],
    ['nest-object-200', 'exit-3', located('nested more than 128 levels deep')],
    ['nest-array-200', 'exit-3', located('nested more than 128 levels deep')],
    ['nest-object-2000', 'exit-3', located('nested more than 128 levels deep')],
    ['nest-array-2000', 'exit-3', located('nested more than 128 levels deep')],
    ['recursive-tree', 'typed-ok', undefined],
    ['nest-ref-chain-300', 'typed-ok', undefined],
    ['yaml-alias-bomb', 'exit-3', /^generate: spec\/api\.yaml: YAML aliases expand too far/],
    ['yaml-aliases-modest', 'typed-ok', undefined],
    ['duplicate-templated-paths', 'exit-3', located('path "/jobs/\\{id\\}" is path "/jobs/\\{job_id\\}" with other template names, and both declare GET')],
    ['templated-paths-distinct-methods', 'typed-ok', undefined],
    ['path-root-and-query', 'exit-3', located('path "/q\\?x=1#f" holds a query or fragment')],
    ['ref-etc-passwd', 'exit-3', located('\\$ref "/etc/passwd" reads /etc/passwd, which is outside the contract\'s folder')],
    ['ref-file-url-etc-passwd', 'exit-3', located('\\$ref "file:///etc/passwd" reads /etc/passwd, which is outside')],
    ['ref-dotdot-escape', 'exit-3', located('\\$ref "\\.\\./\\.\\./\\.\\./\\.\\./\\.\\./\\.\\./etc/passwd" reads .*, which is outside')],
    ['ref-sibling-outside', 'exit-3', located('\\$ref "\\.\\./outside\\.yaml" reads .*outside\\.yaml, which is outside')],
    ['ref-percent-encoded-escape', 'exit-3', located('\\$ref "%2E%2E/outside\\.yaml" reads .*outside\\.yaml, which is outside')],
    ['ref-symlink-escape', 'exit-3', /^generate: spec\/api\.yaml: a \$ref reads \/etc\/passwd, which is outside the contract's folder/],
    ['ref-inside-then-escape', 'exit-3', /^generate: spec\/api\.yaml: a \$ref reads .*outside\.yaml, which is outside the contract's folder/],
    ['ref-http', 'exit-3', located('broken \\$ref "http://127\\.0\\.0\\.1:9/schema\\.yaml": .*references to other hosts are not fetched')],
    ['ref-inside-ok', 'typed-ok', undefined],
    ['enum-mixed-types', 'typed-ok', undefined],
    ['project-openapi-ts-config', 'typed-ok', undefined],
    // Every target of the fixtures themselves: the hostile one's CLI once gave flags named by Object.prototype.
    ['unchanged-hostile', 'typed-ok', undefined],
    ['unchanged-generality', 'typed-ok', undefined],
  ] as const)('%s: %s', (name, outcome, message) => {
    const r = result(name);
    expect({ outcome: r.outcome, findings: r.findings }, r.stderr).toEqual({ outcome, findings: [] });
    if (message) expect(r.stderr).toMatch(message);
    if (outcome === 'typed-ok') expect(r.typechecked).toBe(true);
  });

  it('a $ref may read a folder the config names in refRoots, and only then', async () => {
    const dir = mkdtempSync(path.join(ROOT, '.tmp/refroots-'));
    try {
      mkdirSync(path.join(dir, 'spec'));
      mkdirSync(path.join(dir, 'shared'));
      writeFileSync(path.join(dir, 'shared/tokens.yaml'), 'type: object\nproperties:\n  token: { type: string }\n');
      writeFileSync(
        path.join(dir, 'spec/api.yaml'),
        'openapi: 3.1.0\ninfo: { title: t, version: "1" }\npaths:\n  /t:\n    get:\n      operationId: getT\n      responses:\n        "200":\n          description: ok\n          content: { application/json: { schema: { $ref: "../shared/tokens.yaml" } } }\n',
      );
      await expect(loadSpec('spec/api.yaml', dir)).rejects.toThrow(/reads .*shared\/tokens\.yaml, which is outside the contract's folder/);
      const spec = await loadSpec('spec/api.yaml', dir, { refRoots: ['shared'] });
      expect(JSON.stringify(spec.document)).toContain('"token"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('fuzz suite', () => {
  it(`${COUNT} mutations (seed ${SEED}): code that type-checks or a located exit 3, nothing else`, () => {
    const summary = summarize(results);
    console.log(`generator fuzz, seed ${SEED}: ${JSON.stringify(summary)}; generating ${timing.generateMs} ms, type-checking ${timing.typecheckMs} ms (per mutation: .tmp/fuzz-report.json)`);
    expect(summary.mutations).toBeGreaterThanOrEqual(200);
    const bad = results.filter((r) => r.outcome === 'internal' || r.outcome === 'hang' || r.findings.length > 0);
    expect(bad.map((r) => `${r.mutation.name}: ${r.outcome} ${r.stderr.split('\n')[0]!.slice(0, 200)} ${r.findings.join('; ').slice(0, 300)}`)).toEqual([]);
    // Every category of the issue is exercised, by the named cases or the seeded ones.
    expect(new Set(results.map((r) => r.mutation.category))).toEqual(
      new Set(['unchanged', 'injection', 'odd-names', 'cyclic-ref', 'deep-nesting', 'odd-paths', 'wrong-types', 'missing-fields', 'huge', 'alias-bomb', 'ref-confinement']),
    );
  });
});
