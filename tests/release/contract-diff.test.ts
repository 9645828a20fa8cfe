/**
 * Contract diff, table-driven: fixture pairs (base.yaml against one edited copy each), single IR edits for
 * every extension rule, the direction-aware schema rules, and the command's exit codes and JSON.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContractIR, JsonSchema, OperationIR } from '../../generator/ir/types.js';
import { requiredLevel, type Change, type Level } from '../../scripts/release/lib/changes.js';
import { contractSections } from '../../scripts/release/lib/contract-diff.js';
import { RevisionTrees } from '../../scripts/release/lib/git.js';
import { diffContracts } from '../../scripts/release/lib/ir-diff.js';
import { diffSchema, type Direction } from '../../scripts/release/lib/schema-diff.js';
import { loadSide } from '../../scripts/release/lib/sources.js';
import { loadConfig } from '../../generator/config.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = 'tests/release/fixtures';
const trees = new RevisionTrees(ROOT);
afterAll(() => trees.dispose());

/** `level subject: detail`, the way the table below states expectations. */
const line = (c: Change): string => `${c.level} ${c.subject}: ${c.detail}`;

describe('fixture pairs', () => {
  const cases: { fixture: string; level: Level; includes: string[]; excludesLevel?: Level }[] = [
    {
      fixture: 'additive',
      level: 'minor',
      excludesLevel: 'major',
      includes: [
        'minor operation cancelJob: added (POST /jobs/{job_id}/cancel, CLI `jobs cancel`)',
        'minor listJobs query kind: parameter added',
        'minor createJob body.priority: field added',
        'minor getJob response.created_at: field added',
        'minor listJobs query state: enum value "cancelled" added',
      ],
    },
    {
      fixture: 'breaking',
      level: 'major',
      includes: [
        'major operation deleteJob: removed (DELETE /jobs/{job_id}, CLI `jobs delete`)',
        'major createJob body.image: new required field',
        'major getJob response.kind: field removed',
        'major listJobs response.items[].kind: field removed',
        'major listJobs query page_size: maximum 100 → 50',
      ],
    },
    {
      fixture: 'rename',
      level: 'major',
      includes: [
        'major operation getJob: removed (GET /jobs/{job_id}, CLI `jobs get`)',
        'minor operation fetchJob: added (GET /jobs/{job_id}, CLI `jobs show`)',
      ],
    },
    {
      fixture: 'enum-narrowed',
      level: 'major',
      includes: ['major createJob body.kind: enum value "interactive" removed'],
    },
    {
      fixture: 'pagination-removed',
      level: 'major',
      includes: ['major listJobs pagination: pagination removed: callers iterating pages break'],
    },
  ];

  it.each(cases)('$fixture', async ({ fixture, level, includes, excludesLevel }) => {
    const config = await loadConfig('gpuaas.codegen.json', ROOT);
    const [section] = await contractSections({
      config,
      cwd: ROOT,
      trees,
      pair: { from: `${FIXTURES}/base.yaml`, to: `${FIXTURES}/${fixture}.yaml` },
    });
    const lines = section!.changes.map(line);
    expect(lines).toEqual(expect.arrayContaining(includes));
    expect(requiredLevel(section!.changes)).toBe(level);
    if (excludesLevel) expect(section!.changes.filter((c) => c.level === excludesLevel)).toEqual([]);
  });

  it('a $ref refactor is no change: both sides are compared as IR', async () => {
    const config = await loadConfig('gpuaas.codegen.json', ROOT);
    const [section] = await contractSections({
      config,
      cwd: ROOT,
      trees,
      pair: { from: `${FIXTURES}/base.yaml`, to: `${FIXTURES}/ref-refactor.yaml` },
    });
    expect(section!.changes).toEqual([]);
  });
});

describe('operation rules (one IR edit each)', () => {
  let base: ContractIR;
  beforeAll(async () => {
    base = (await loadSide(`${FIXTURES}/base.yaml`, { cwd: ROOT, extensions: 'openapi/extensions', trees })).ir;
  });
  const op = (ir: ContractIR, id: string): OperationIR => ir.operations.find((o) => o.id === id)!;

  const cases: { name: string; edit(ir: ContractIR): void; expected: string }[] = [
    {
      name: 'project scope added',
      edit: (ir) => (op(ir, 'login').projectScoped = true),
      expected: 'major login project scope: now project-scoped: callers must send the project header',
    },
    {
      name: 'project scope dropped',
      edit: (ir) => (op(ir, 'getJob').projectScoped = false),
      expected: 'patch getJob project scope: no longer project-scoped',
    },
    {
      name: 'auth required',
      edit: (ir) => (op(ir, 'login').auth = true),
      expected: 'major login auth: now requires authentication',
    },
    {
      name: 'idempotency removed',
      edit: (ir) => delete op(ir, 'createJob').idempotency,
      expected: 'major createJob idempotency: idempotency key removed: retries are no longer deduplicated',
    },
    {
      name: 'idempotency added',
      edit: (ir) =>
        (op(ir, 'login').idempotency = {
          kind: 'key',
          header: 'Idempotency-Key',
          required: false,
          keyLifetimeSeconds: 60,
        }),
      expected: 'minor login idempotency: idempotency key added (Idempotency-Key)',
    },
    {
      name: 'pagination added',
      edit: (ir) => (op(ir, 'getJob').pagination = op(ir, 'listJobs').pagination),
      expected: 'major getJob pagination: now paginated: the SDK method returns a page instead of the response body',
    },
    {
      name: 'waiter removed',
      edit: (ir) => (op(ir, 'getJob').waiters = []),
      expected: 'major getJob waiters: waiter done removed',
    },
    {
      name: 'waiter success changed',
      edit: (ir) => (op(ir, 'getJob').waiters[0]!.success = ['finished']),
      expected:
        'major getJob waiters: waiter done: field state → state, success [done] → [finished], failure [failed] → [failed], max wait 60s → 60s',
    },
    {
      name: 'waiter timing changed',
      edit: (ir) => (op(ir, 'getJob').waiters[0]!.maxWaitSeconds = 120),
      expected:
        'patch getJob waiters: waiter done: field state → state, success [done] → [done], failure [failed] → [failed], max wait 60s → 120s',
    },
    {
      name: 'wait link removed',
      edit: (ir) => delete op(ir, 'createJob').wait,
      expected: 'major createJob wait: --wait removed',
    },
    {
      name: 'CLI command renamed',
      edit: (ir) => (op(ir, 'listJobs').cli.command = ['jobs', 'ls']),
      expected: 'major listJobs cli command: CLI command renamed `jobs list` → `jobs ls`',
    },
    {
      name: 'CLI alias removed',
      edit: (ir) => (op(ir, 'listJobs').cli.aliases = []),
      expected: 'major listJobs cli aliases: CLI alias ls removed',
    },
    {
      name: 'confirmation added',
      edit: (ir) => (op(ir, 'createJob').cli.confirm = true),
      expected: 'major createJob cli confirm: now asks for confirmation (scripts need --yes)',
    },
    {
      name: 'SDK method renamed',
      edit: (ir) => (op(ir, 'getJob').sdk.method = 'retrieve'),
      expected: 'major getJob sdk method: SDK method renamed jobs.get → jobs.retrieve',
    },
    {
      name: 'MCP tool excluded',
      edit: (ir) => (op(ir, 'getJob').mcp.exclude = 'internal'),
      expected: 'major getJob mcp tool: MCP tool get_job removed',
    },
    {
      name: 'MCP tool included',
      edit: (ir) => delete op(ir, 'login').mcp.exclude,
      expected: 'minor login mcp tool: MCP tool login added',
    },
    {
      name: 'MCP tool marked as returning a live credential',
      edit: (ir) => (op(ir, 'getJob').mcp.liveCredential = true),
      expected: 'major getJob mcp live credential: MCP tool returns a live credential (left out of read-only mode)',
    },
    {
      name: 'deprecated',
      edit: (ir) => (op(ir, 'getJob').deprecated = true),
      expected: 'patch getJob deprecated: deprecated',
    },
    {
      name: 'parameter became required',
      edit: (ir) => (op(ir, 'listJobs').parameters.query[0]!.required = true),
      expected: 'major listJobs query state: now required',
    },
    {
      name: 'CLI flag renamed',
      edit: (ir) => (op(ir, 'listJobs').parameters.query[0]!.cliFlag = 'status'),
      expected: 'major listJobs query state: CLI flag renamed --state → --status',
    },
    {
      name: 'error envelope changed',
      edit: (ir) => (ir.errors.codeField = 'error_code'),
      expected: 'major contract error envelope:',
    },
  ];

  it.each(cases)('$name', ({ edit, expected }) => {
    const after = structuredClone(base);
    edit(after);
    const lines = diffContracts(base, after).map(line);
    expect(lines.some((l) => l.startsWith(expected))).toBe(true);
  });
});

describe('schema rules depend on the direction', () => {
  const s = (schema: JsonSchema): JsonSchema => schema;
  const cases: { name: string; before: JsonSchema; after: JsonSchema; direction: Direction; level: Level }[] = [
    {
      name: 'request type narrowed',
      before: s({ type: ['string', 'null'] }),
      after: s({ type: 'string' }),
      direction: 'request',
      level: 'major',
    },
    {
      name: 'response type narrowed',
      before: s({ type: ['string', 'null'] }),
      after: s({ type: 'string' }),
      direction: 'response',
      level: 'patch',
    },
    {
      name: 'request type widened',
      before: s({ type: 'integer' }),
      after: s({ type: 'number' }),
      direction: 'request',
      level: 'minor',
    },
    {
      name: 'response type widened',
      before: s({ type: 'string' }),
      after: s({ type: ['string', 'null'] }),
      direction: 'response',
      level: 'major',
    },
    {
      name: 'type replaced',
      before: s({ type: 'string' }),
      after: s({ type: 'integer' }),
      direction: 'response',
      level: 'major',
    },
    {
      name: 'request enum introduced',
      before: s({ type: 'string' }),
      after: s({ type: 'string', enum: ['a'] }),
      direction: 'request',
      level: 'major',
    },
    {
      name: 'response enum value removed',
      before: s({ enum: ['a', 'b'] }),
      after: s({ enum: ['a'] }),
      direction: 'response',
      level: 'major',
    },
    {
      name: 'request maxLength raised',
      before: s({ type: 'string', maxLength: 5 }),
      after: s({ type: 'string', maxLength: 9 }),
      direction: 'request',
      level: 'minor',
    },
    {
      name: 'request pattern added',
      before: s({ type: 'string' }),
      after: s({ type: 'string', pattern: '^a' }),
      direction: 'request',
      level: 'major',
    },
    {
      name: 'response field became optional',
      before: s({ properties: { a: {} }, required: ['a'] }),
      after: s({ properties: { a: {} } }),
      direction: 'response',
      level: 'major',
    },
    {
      name: 'request field became optional',
      before: s({ properties: { a: {} }, required: ['a'] }),
      after: s({ properties: { a: {} } }),
      direction: 'request',
      level: 'patch',
    },
    {
      name: 'request closed to unknown fields',
      before: s({ type: 'object' }),
      after: s({ type: 'object', additionalProperties: false }),
      direction: 'request',
      level: 'major',
    },
    {
      name: 'unmodelled keyword',
      before: s({ oneOf: [{ type: 'string' }] }),
      after: s({ oneOf: [{ type: 'integer' }] }),
      direction: 'request',
      level: 'major',
    },
    {
      name: 'description only',
      before: s({ type: 'string', description: 'a' }),
      after: s({ type: 'string', description: 'b' }),
      direction: 'request',
      level: 'patch',
    },
  ];

  it.each(cases)('$name', ({ before, after, direction, level }) => {
    expect(requiredLevel(diffSchema(before, after, 'x', direction))).toBe(level);
  });
});

describe('npm run contract:diff', () => {
  const diff = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/release/contract-diff.ts', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
  const pair = (fixture: string): string[] => [`${FIXTURES}/base.yaml`, `${FIXTURES}/${fixture}.yaml`];

  it.each([
    { name: 'additive change', args: pair('additive'), status: 0 },
    { name: 'breaking change', args: pair('breaking'), status: 1 },
    { name: 'breaking change, --allow-breaking', args: [...pair('breaking'), '--allow-breaking'], status: 0 },
    { name: 'OLD without NEW', args: [`${FIXTURES}/base.yaml`], status: 2 },
    { name: 'a side that does not load', args: [`${FIXTURES}/base.yaml`, `${FIXTURES}/missing.yaml`], status: 3 },
  ])('$name: exit $status', ({ args, status }) => {
    expect(diff(...args).status).toBe(status);
  });

  it('--json gives the report with the suggested bump', () => {
    const result = diff(...pair('pagination-removed'), '--json', '--allow-breaking');
    const report = JSON.parse(result.stdout) as {
      level: Level;
      bump: Level;
      version: string;
      breaking: number;
      sections: { changes: Change[] }[];
    };
    // Pagination removed, and the cursor parameter it was inferred from (without it, it would still be inferred).
    expect(report).toMatchObject({ level: 'major', breaking: 2 });
    expect(report.sections[0]!.changes).toContainEqual({
      level: 'major',
      kind: 'removed',
      subject: 'listJobs pagination',
      detail: 'pagination removed: callers iterating pages break',
    });
  });

  it('git:<rev>:<path> reads a revision without touching the work tree', () => {
    // The work tree may hold contract edits in progress: any report is fine, a load failure is not.
    const result = diff('git:HEAD:openapi/gpuaas.yaml', 'openapi/gpuaas.yaml', '--json', '--allow-breaking');
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout).sections[0].from).toBe('git:HEAD:openapi/gpuaas.yaml');
  });

  it('without OLD NEW and without a v* tag, says it compares against HEAD', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'contract-diff-'));
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], {
        cwd: repo,
        encoding: 'utf8',
      });
    try {
      symlinkSync(path.join(ROOT, 'openapi'), path.join(repo, 'openapi'));
      copyFileSync(`${FIXTURES}/base.yaml`, path.join(repo, 'contract.yaml'));
      const config = {
        version: '1.0.0',
        extensions: 'openapi/extensions',
        clients: [{ name: 'mini', spec: 'contract.yaml', className: 'Mini' }],
        targets: { sdk: { dir: 'out/sdk', package: '@mini/sdk' } },
      };
      writeFileSync(path.join(repo, 'codegen.json'), JSON.stringify(config));
      git('init', '-q');
      git('add', '.');
      git('commit', '-qm', 'first');
      const run = () =>
        spawnSync(
          process.execPath,
          [
            '--import',
            path.join(ROOT, 'node_modules/tsx/dist/loader.mjs'),
            path.join(ROOT, 'scripts/release/contract-diff.ts'),
            '--config',
            'codegen.json',
            '--json',
          ],
          { cwd: repo, encoding: 'utf8' },
        );
      const untagged = run();
      expect(untagged.status, untagged.stderr).toBe(0);
      expect(untagged.stderr).toContain('no v* release tag yet: comparing the work tree against HEAD');
      expect(JSON.parse(untagged.stdout).sections[0].from).toBe('git:HEAD:contract.yaml');
      git('tag', 'v1.0.0');
      const tagged = run();
      expect(tagged.stderr).toBe('');
      expect(JSON.parse(tagged.stdout).sections[0].from).toBe('git:v1.0.0:contract.yaml');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
