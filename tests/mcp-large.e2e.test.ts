/**
 * A 1,200-operation API through the real pipeline (load, validate, IR, the SDK and MCP emitters, the
 * emitted tool table and runtime) and a Prism mock of it. Static mode would send megabytes of tool
 * definitions; dynamic mode (what `auto` picks here) sends three tools, and an agent that knows only
 * the task ("Archive a storage volume") finds and calls each of the 1,200 operations in three calls:
 * search_endpoints, describe_endpoint, call_endpoint. Prism checks every request against the contract.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../generator/config.js';
import { emitMcp } from '../generator/emit/mcp/mcp.js';
import { operationsFile } from '../generator/emit/sdk/sdk.js';
import type { EmittedFile } from '../generator/emit/types.js';
import { copyRuntime } from '../generator/emit/runtime.js';
import { buildIR } from '../generator/ir/build.js';
import { loadSpec } from '../generator/load/load.js';
import { loadExtensionSchemas, validateSpec } from '../generator/validate/validate.js';
import { largeApi, type LargeOperation } from './support/large-api.js';
import { ROOT, startMock, type Mock } from './support/mock.js';

type McpPackage = typeof import('../templates/mcp/core/index.js') & { tools: readonly import('../templates/mcp/core/index.js').ToolDefinition[] };
type SdkCore = typeof import('../templates/sdk/core/index.js');
type JsonSchema = { type?: string | string[]; enum?: unknown[]; default?: unknown; minimum?: number; minLength?: number; minItems?: number; items?: JsonSchema; properties?: Record<string, JsonSchema>; required?: string[] };

const DYNAMIC_LIST_MAX_BYTES = 3 * 1024;

let dir: string;
let mock: Mock;
let operations: LargeOperation[];
let mcp: McpPackage;
let client: Client;
const bytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

async function writeAll(root: string, files: EmittedFile[]): Promise<void> {
  for (const file of files) {
    await mkdir(path.dirname(path.join(root, file.path)), { recursive: true });
    await writeFile(path.join(root, file.path), file.content);
  }
}

beforeAll(async () => {
  await mkdir(path.join(ROOT, '.tmp'), { recursive: true });
  // Inside the repository, so the emitted code resolves its dependencies from node_modules.
  dir = await mkdtemp(path.join(ROOT, '.tmp', 'large-api-'));
  const large = largeApi();
  operations = large.operations;
  const specFile = path.relative(ROOT, path.join(dir, 'large.json'));
  await writeFile(path.join(ROOT, specFile), JSON.stringify(large.document));
  const configFile = path.join(dir, 'large.codegen.json');
  await writeFile(
    configFile,
    JSON.stringify({
      version: '1.0.0',
      extensions: 'openapi/extensions',
      clients: [{ name: 'large', spec: specFile, className: 'Large' }],
      targets: { sdk: { dir: `${dir}/sdk`, package: '@large/sdk' }, mcp: { dir: `${dir}/mcp`, package: '@large/mcp', serverName: 'large' } },
    }),
  );
  const [config, spec] = await Promise.all([loadConfig(configFile, ROOT), loadSpec(specFile, ROOT)]);
  await validateSpec(spec, await loadExtensionSchemas(path.join(ROOT, 'openapi/extensions')));
  const model = { name: 'large', className: 'Large', ir: buildIR(spec), modelTypes: '' };
  const ctx = { config, clients: [model] };
  // Of the SDK, the tool table needs only its runtime and the operations module: no model types (hey-api).
  await writeAll(path.join(dir, 'sdk'), [...copyRuntime('sdk/core', 'src/core'), { path: 'src/large/operations.ts', content: operationsFile(model, '1.0.0', '@large/sdk') }]);
  await writeAll(path.join(dir, 'mcp'), emitMcp(ctx));
  // The emitted bridge names the SDK package; here the SDK is the source tree beside it.
  await writeFile(path.join(dir, 'mcp/src/sdk.ts'), "export * from '../../sdk/src/core/index.js';\nexport { operations, waiters } from '../../sdk/src/large/operations.js';\n");
  mcp = (await import(path.join(dir, 'mcp/src/index.ts'))) as McpPackage;
  const sdk = (await import(path.join(dir, 'sdk/src/core/index.ts'))) as SdkCore;
  const { contract } = (await import(path.join(dir, 'sdk/src/large/operations.ts'))) as { contract: ConstructorParameters<SdkCore['ApiClient']>[1] };

  mock = await startMock(specFile);
  const server = mcp.createMcpServer({
    client: new sdk.ApiClient({ baseUrl: mock.url, token: 'agent-token', maxRetries: 0 }, contract),
    tools: mcp.tools,
    serverName: 'large',
    version: '1.0.0',
  });
  client = new Client({ name: 'agent', version: '1.0.0' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
});

afterAll(async () => {
  await client?.close();
  await mock?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Arguments an agent would write from an input schema: every required one, with a valid value. */
function sample(schema: JsonSchema, name = ''): unknown {
  if (schema.enum) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return schema.minItems ? [sample(schema.items ?? {})] : [];
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((key) => [key, sample(schema.properties?.[key] ?? {}, key)]));
    default:
      return name === 'idempotency_key' ? 'agent-key' : 'x'.repeat(Math.max(1, schema.minLength ?? 1));
  }
}

const structured = <T>(result: CallToolResult): T => {
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  return result.structuredContent as T;
};

describe('a 1,200-operation API', () => {
  it('costs far past the token budget in static mode and under 3 KB in dynamic mode, which auto picks', async () => {
    expect(operations).toHaveLength(1200);
    const staticList = mcp.listToolsPayload(mcp.tools, { mode: 'static' });
    const dynamicList = mcp.listToolsPayload(mcp.tools, { mode: 'dynamic' });
    expect(staticList.tools.length).toBeGreaterThanOrEqual(1200);
    // Hundreds of kilobytes even compact: many times the default budget (tokens = bytes / 4).
    expect(bytes(staticList)).toBeGreaterThan(4 * 4 * mcp.DEFAULT_TOOL_BUDGET);
    expect(bytes(dynamicList)).toBeLessThanOrEqual(DYNAMIC_LIST_MAX_BYTES);
    expect(mcp.resolveMode(mcp.tools)).toBe('dynamic');
    expect(await client.listTools()).toEqual(dynamicList);
  });

  it('lets an agent find and call every operation in three calls, each request valid for the contract', async () => {
    for (const op of operations) {
      let calls = 0;
      const call = (name: string, args: Record<string, unknown>) => {
        calls++;
        return client.callTool({ name, arguments: args }) as Promise<CallToolResult>;
      };
      // 1. Search with the words of the task; the agent takes the endpoint whose title is its task.
      const found = structured<{ endpoints: { name: string; title: string }[] }>(await call('search_endpoints', { query: op.task }));
      const hit = found.endpoints.find((e) => e.title === op.task);
      expect(hit, `${op.task}: not in ${found.endpoints.map((e) => e.title).join(', ')}`).toBeDefined();
      // 2. Its arguments.
      const described = structured<{ method: string; path: string; inputSchema: JsonSchema }>(await call('describe_endpoint', { name: hit!.name }));
      expect([described.method, described.path]).toEqual([op.method, op.path]);
      // 3. The call; Prism answers 4xx for any request the contract does not allow.
      const before = mock.requests.length;
      structured(await call('call_endpoint', { name: hit!.name, arguments: sample(described.inputSchema) }));
      const sent = mock.requests.slice(before);
      expect(sent.map((r) => r.method)).toEqual([op.method]);
      expect(sent[0]!.url.pathname).toMatch(new RegExp(`^${op.path.replace('{id}', '[^/]+')}$`));
      expect(calls).toBe(3);
    }
  });
});
