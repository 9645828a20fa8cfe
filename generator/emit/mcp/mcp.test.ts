import { mkdir, mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { GeneratorError } from '../../errors.js';
import { loadClients } from '../../generate.js';
import { buildIR } from '../../ir/build.js';
import { inlineSchema } from '../../ir/schema.js';
import { loadSpec } from '../../load/load.js';
import type { ContractIR, JsonSchema, OperationIR } from '../../ir/types.js';
import { emitSdk } from '../sdk/sdk.js';
import type { EmitContext, EmittedFile } from '../types.js';
import { formatFiles } from '../../write/format.js';
import { TOOL_DESCRIPTION_MAX, emitMcp, mcpTools, type ToolView } from './mcp.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

let ctx: EmitContext;
let ir: ContractIR;
let files: EmittedFile[];
let tools: ToolView[];
const file = (p: string): string => files.find((f) => f.path === p)?.content ?? '';
const tool = (name: string): ToolView => tools.find((t) => t.name === name)!;
const properties = (t: ToolView): Record<string, JsonSchema> => t.inputSchema.properties as Record<string, JsonSchema>;
const required = (t: ToolView): string[] => (t.inputSchema.required as string[] | undefined) ?? [];

beforeAll(async () => {
  const config = await loadConfig(path.join(FIXTURES, 'mini.mcp.codegen.json'), ROOT);
  ctx = { config, clients: await loadClients(config, ROOT) };
  ir = ctx.clients[0]!.ir;
  files = emitMcp(ctx);
  tools = mcpTools(ir);
});

/** The mini IR with one operation changed, to reach shapes the fixture contract does not have. */
function variant(id: string, change: (op: OperationIR) => void): ContractIR {
  const copy = structuredClone(ir);
  change(copy.operations.find((op) => op.id === id)!);
  return copy;
}
const field = (name: string, schema: JsonSchema = { type: 'string' }, isRequired = false) => ({
  name,
  required: isRequired,
  description: '',
  schema,
  cliFlag: name,
  flaggable: true,
});

describe('emitMcp package', () => {
  it('emits the runtime, the SDK bridge, the tool table, the index and the package files', () => {
    const runtime = files.filter((f) => f.path.startsWith('src/core/')).map((f) => f.path);
    expect(runtime).toContain('src/core/server.ts');
    expect(runtime.every((p) => /^src\/core\/[a-z-]+\.ts$/.test(p) && !p.endsWith('.test.ts'))).toBe(true);
    expect(files.map((f) => f.path).filter((p) => !runtime.includes(p))).toEqual(['src/sdk.ts', 'src/tools.ts', 'src/index.ts', 'package.json', 'tsconfig.json', 'README.md']);
    expect(file('src/sdk.ts')).toMatch(/^\/\/ Code generated from generator\/fixtures\/mini\.yaml\. DO NOT EDIT.*\nexport \* from "@mini\/sdk";\n$/);
    expect(file('src/index.ts')).toContain("export { serverInfo, tools } from './tools.js';");
    expect(file('tsconfig.json')).toContain('"outDir": "dist"');
  });

  it('writes a package.json depending on the SDK at the same version', () => {
    const pkg = JSON.parse(file('package.json')) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: '@mini/mcp',
      version: '1.0.0',
      type: 'module',
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
      scripts: { build: 'tsc -p tsconfig.json' },
      dependencies: { '@mini/sdk': '1.0.0', '@modelcontextprotocol/sdk': '1.32.2', ajv: '8.20.0' },
    });
  });

  it('emits nothing without an mcp target', () => {
    const { mcp: _mcp, ...targets } = ctx.config.targets;
    expect(emitMcp({ ...ctx, config: { ...ctx.config, targets } })).toEqual([]);
  });

  it('gives only the primary client tools', () => {
    const secondary = { ...ctx.clients[0]!, name: 'other', ir: variant('getJob', (op) => (op.mcp.name = 'other_get_job')) };
    const texts = (emitted: EmittedFile[]) => emitted.map(({ path: p, content }) => ({ path: p, content }));
    expect(texts(emitMcp({ ...ctx, clients: [ctx.clients[0]!, secondary] }))).toEqual(texts(files));
  });
});

describe('tool table', () => {
  it('has one tool per operation minus exclusions, by name', () => {
    expect(tools.map((t) => t.name)).toEqual(['create_job', 'delete_job', 'get_job', 'list_jobs', 'wait_job_done']);
    expect(file('src/tools.ts')).not.toContain('login');
  });

  it('has no $ref or $defs anywhere', () => {
    expect(JSON.stringify(tools)).not.toMatch(/"\$(ref|defs|dynamicRef)"/);
    expect(file('src/tools.ts')).not.toMatch(/\$ref|\$defs/);
  });

  it.each(['create_job', 'delete_job', 'get_job', 'list_jobs', 'wait_job_done'])('%s: object root, closed, no top-level composition', (name) => {
    const { inputSchema } = tool(name);
    expect(inputSchema.type).toBe('object');
    expect(inputSchema.additionalProperties).toBe(false);
    for (const keyword of ['anyOf', 'oneOf', 'allOf', 'not', '$schema', 'title']) expect(inputSchema).not.toHaveProperty(keyword);
  });

  it('every schema compiles under JSON Schema 2020-12, as the runtime validates with it', () => {
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const t of tools) {
      expect(() => ajv.compile(t.inputSchema)).not.toThrow();
      if (t.outputSchema) expect(() => ajv.compile(t.outputSchema!)).not.toThrow();
    }
  });

  it.each([
    ['get_job', { title: 'Get a job', readOnlyHint: true, openWorldHint: true }],
    ['list_jobs', { title: 'List jobs', readOnlyHint: true, openWorldHint: true }],
    // Idempotency-Key declared: a retried create is deduplicated.
    ['create_job', { title: 'Start a job', destructiveHint: false, idempotentHint: true, openWorldHint: true }],
    ['delete_job', { title: 'Delete a job', destructiveHint: true, idempotentHint: true, openWorldHint: true }],
  ])('%s annotations', (name, expected) => {
    expect(tool(name).annotations).toEqual(expected);
  });

  it.each([
    ['naturally idempotent POST', (op: OperationIR) => Object.assign(op, { method: 'POST', readOnly: false, destructive: false, retrySafe: true, idempotency: { kind: 'exempt', reason: 'r', naturallyIdempotent: true } }), { destructiveHint: false, idempotentHint: true }],
    ['plain POST', (op: OperationIR) => Object.assign(op, { method: 'POST', readOnly: false, destructive: false, retrySafe: false, idempotency: { kind: 'exempt', reason: 'r', naturallyIdempotent: false } }), { destructiveHint: false, idempotentHint: false }],
    ['release (confirm) POST', (op: OperationIR) => Object.assign(op, { method: 'POST', readOnly: false, destructive: true, retrySafe: false, idempotency: { kind: 'key', header: 'Idempotency-Key', required: false, keyLifetimeSeconds: 60 } }), { destructiveHint: true, idempotentHint: true }],
  ])('annotations of a %s', (_name, change, expected) => {
    const t = mcpTools(variant('getJob', change)).find((x) => x.operationId === 'getJob')!;
    expect(t.annotations).toEqual({ title: 'Get a job', ...expected, openWorldHint: true });
  });

  it.each(['create_job', 'delete_job', 'get_job', 'list_jobs'])('%s takes an optional project_id', (name) => {
    // What it means is said once, in the server's instructions (core/budget.ts).
    expect(properties(tool(name)).project_id).toEqual({ type: 'string' });
    expect(required(tool(name))).not.toContain('project_id');
    expect(tool(name).projectArg).toBe('project_id');
  });

  it('list tools take the contract cursor and page size and answer {items, next_cursor}', () => {
    const list = tool('list_jobs');
    // Paging is explained once, in the server's instructions; minimum 1 is checked by the SDK's inputProblems.
    expect(properties(list).cursor).toEqual({ type: 'string' });
    expect(properties(list).page_size).toEqual({ type: 'integer', maximum: 100, default: 20 });
    expect(list.outputSchema).toEqual({
      type: 'object',
      properties: { items: { type: 'array', items: inlineSchema(ir.schemas.Job, ir.schemas) }, next_cursor: { type: ['string', 'null'] } },
      required: ['items', 'next_cursor'],
    });
  });

  it('flattens parameters and body fields, required only where the contract says', () => {
    expect(Object.keys(properties(tool('create_job')))).toEqual(['kind', 'labels', 'spec', 'project_id', 'idempotency_key']);
    expect(tool('create_job').idempotencyArg).toBe('idempotency_key');
    expect(tool('get_job').idempotencyArg).toBeNull();
    expect(required(tool('create_job'))).toEqual(['kind']);
    expect(tool('create_job').bodyInline).toBe(true);
    // A string enum says its type.
    expect(properties(tool('create_job')).kind).toEqual({ enum: ['batch', 'interactive'], default: 'batch', description: 'What to run' });
    expect(required(tool('get_job'))).toEqual(['job_id']);
  });

  it('declares an output schema only for object responses', () => {
    expect(tool('get_job').outputSchema).toEqual(inlineSchema(ir.schemas.Job, ir.schemas));
    expect(tool('delete_job').outputSchema).toBeNull();
  });
});

describe('tool descriptions', () => {
  const getJob = (change: (op: OperationIR) => void): ToolView => mcpTools(variant('getJob', change)).find((t) => t.name === 'get_job')!;
  const long = 'Returns one job. Jobs move from queued to running to done, or to failed with a reason. ' + 'A finished job is kept for thirty days and then deleted for good. '.repeat(6);

  it('carry the contract description within the budget, in whole sentences', () => {
    const t = getJob((op) => (op.mcp.description = `Get a job. ${long}`));
    // The summary it starts with is dropped: the description says what the tool does in more words.
    expect(t.description.startsWith('Returns one job. Jobs move from queued to running to done')).toBe(true);
    expect(t.description.length).toBeLessThanOrEqual(TOOL_DESCRIPTION_MAX);
    expect(t.description).toMatch(/\.$/);
  });

  it('name the wait tool after a mutation with a wait link', () => {
    // How to retry with the idempotency key is said once, in the server's instructions.
    expect(tool('create_job').description).toBe('Start a job. Then wait_job_done.');
    expect(tool('delete_job').description).toBe('Delete a job.');
  });

  it('mark a live credential, and the tool keeps its flag for read-only mode', () => {
    const t = getJob((op) => (op.mcp.liveCredential = true));
    expect(t.description).toBe('Live credential. Get a job.');
    expect(t.liveCredential).toBe(true);
    expect(tool('get_job').liveCredential).toBe(false);
  });
});

describe('wait tools', () => {
  it('take the GET tool arguments plus how long to wait, and return its result', () => {
    const wait = tool('wait_job_done');
    const get = tool('get_job');
    expect(wait).toMatchObject({ operationId: 'getJob', projectArg: 'project_id', outputSchema: get.outputSchema, waiter: { name: 'done', maxWaitArg: 'max_wait_seconds', defaultWaitSeconds: 50 } });
    expect(properties(wait)).toEqual({ ...properties(get), max_wait_seconds: { type: 'integer', minimum: 1, maximum: 60, default: 50 } });
    expect(required(wait)).toEqual(['job_id']);
    expect(wait.annotations).toEqual({ title: 'Wait until done (Get a job)', readOnlyHint: true, openWorldHint: true });
    // What happens past max_wait_seconds is said once, in the server's instructions.
    expect(wait.description).toBe('Waits until state is done.');
  });

  it('wait no longer by default than the waiter allows', () => {
    const short = mcpTools(variant('getJob', (op) => (op.waiters[0]!.maxWaitSeconds = 20))).find((t) => t.name === 'wait_job_done')!;
    expect(short.waiter?.defaultWaitSeconds).toBe(20);
  });

  it('fail generation when the GET already has a max_wait_seconds argument', () => {
    const clash = variant('getJob', (op) => op.parameters.query.push({ ...op.parameters.path[0]!, name: 'max_wait_seconds', location: 'query', required: false }));
    expect(() => mcpTools(clash)).toThrow('MCP tool wait_job_done would have two arguments named "max_wait_seconds"');
  });
});

describe('body arguments', () => {
  const createJob = (change: (op: OperationIR) => void): ToolView => mcpTools(variant('createJob', change)).find((t) => t.operationId === 'createJob')!;

  it.each<[string, (op: OperationIR) => void]>([
    ['a body field named like a parameter', (op) => op.parameters.query.push({ ...op.parameters.path[0]!, name: 'kind', location: 'query', required: false })],
    ['a body field named like the project argument', (op) => op.body!.fields.push(field('project_id'))],
    ["a body field named like splitParams' projectId", (op) => op.body!.fields.push(field('projectId'))],
    ['a body without properties', (op) => Object.assign(op.body!, { schema: { type: 'array', items: { type: 'string' } }, fields: [] })],
  ])('wraps the body in one `body` argument for %s', (_name, change) => {
    const t = createJob(change);
    expect(t.bodyInline).toBe(false);
    expect(properties(t).body).toBeDefined();
    expect(required(t)).toContain('body');
  });

  it('inlines a body field named project_id when the tool has no project argument', () => {
    const t = createJob((op) => {
      op.projectScoped = false;
      op.body!.fields.push(field('project_id', { type: 'string' }, true));
    });
    expect(t.bodyInline).toBe(true);
    expect(t.projectArg).toBeNull();
    expect(properties(t).project_id).toEqual({ type: 'string' });
  });

  it('leaves out readOnly body fields and requires nothing of an optional body', () => {
    const t = createJob((op) => {
      op.body!.required = false;
      op.body!.fields.push(field('id', { type: 'string', readOnly: true }, true));
    });
    expect(properties(t)).not.toHaveProperty('id');
    expect(required(t)).toEqual([]);
  });

  it('fails generation when two arguments would share a name', () => {
    const clash = variant('createJob', (op) => {
      op.parameters.query.push({ ...op.parameters.path[0]!, name: 'body', location: 'query', required: false });
      op.body!.fields.push(field('body'));
    });
    expect(() => mcpTools(clash)).toThrow(GeneratorError);
    expect(() => mcpTools(clash)).toThrow('MCP tool create_job would have two arguments named "body"');
  });

  it('marks deprecated operations in the description', () => {
    expect(createJob((op) => (op.deprecated = true)).description).toBe('Deprecated. Start a job. Then wait_job_done.');
  });
});

describe('generated package', () => {
  let dir: string;
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    // Only when empty: a concurrent run may still be using it.
    await rmdir(path.join(FIXTURES, 'out')).catch(() => undefined);
  });

  it('formats and type-checks against the generated SDK', async () => {
    // Under fixtures/**/out/, which the root tsconfig excludes; node_modules resolve from the repository.
    await mkdir(path.join(FIXTURES, 'out'), { recursive: true });
    dir = await mkdtemp(path.join(FIXTURES, 'out', 'typecheck-'));
    const write = async (target: string, emitted: EmittedFile[]) => {
      for (const f of await formatFiles(emitted)) {
        await mkdir(path.dirname(path.join(dir, target, f.path)), { recursive: true });
        await writeFile(path.join(dir, target, f.path), f.content);
      }
    };
    await write('sdk', emitSdk(ctx));
    await write('mcp', files);
    const mcpDir = path.join(dir, 'mcp');
    const config = ts.readConfigFile(path.join(mcpDir, 'tsconfig.json'), ts.sys.readFile);
    const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, mcpDir);
    const program = ts.createProgram(parsed.fileNames, {
      ...parsed.options,
      noEmit: true,
      // The SDK is read from source here (it is a built dependency in a real install).
      rootDir: dir,
      paths: {
        '@mini/sdk': [path.join(dir, 'sdk', 'src', 'index.ts')],
        // The SDK's own imports map points into its dist/, mapped back to src/ only by the SDK's tsconfig.
        '#default-transport': [path.join(dir, 'sdk', 'src', 'core', 'transport-web.ts')],
      },
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
    expect(parsed.fileNames.map((f) => path.relative(mcpDir, f))).toContain('src/tools.ts');
  });
});

describe('our contract', () => {
  // A description over its budget is cut mid-sentence ("…"): the contract's x-codegen-mcp.description says it shorter.
  it('gives every tool a description that fits its budget whole', async () => {
    const contract = mcpTools(buildIR(await loadSpec('openapi/gpuaas.yaml', ROOT)));
    expect(contract.filter((t) => t.description.includes('…')).map((t) => `${t.name}: ${t.description}`)).toEqual([]);
  });
});
