// Copied verbatim from templates/mcp/core/server.ts. DO NOT EDIT: change the template and regenerate.
/**
 * The MCP server over the generated tool table. The low-level Server is used (not McpServer) so tools/list
 * serves the generated JSON Schemas byte for byte instead of schemas rebuilt from zod.
 */
import type { Readable, Writable } from 'node:stream';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { ApiClient } from '../sdk.js';
import { listToolsPayload, resolveMode, serverInstructions } from './budget.js';
import type { ToolSetOptions } from './mode.js';
import { callTool, type CallOptions } from './call.js';
import { DESCRIBE_TOOL, DynamicTools, SEARCH_TOOL } from './dynamic.js';
import { selectTools } from './filter.js';
import type { ToolDefinition } from './tool.js';

export interface McpServerOptions extends ToolSetOptions {
  /** A configured SDK client: base URL, credentials and default project come from the caller, never from tool arguments. */
  client: ApiClient;
  tools: readonly ToolDefinition[];
  serverName: string;
  version: string;
}

/** Calls one tool by name: undefined when the name is not one this server offers. */
type Dispatch = (name: string, args: Record<string, unknown> | undefined, options: CallOptions) => Promise<CallToolResult> | undefined;

/** `describe`: static mode offers describe_endpoint beside the tools (some schema is sent in outline). */
function dispatcher(client: ApiClient, tools: readonly ToolDefinition[], dynamic: boolean, describe: boolean): Dispatch {
  if (dynamic) {
    const meta = new DynamicTools(tools);
    return (name, args, options) => (meta.has(name) ? meta.call(client, name, args, options) : undefined);
  }
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  let meta: DynamicTools | undefined;
  return (name, args, options) => {
    const tool = byName.get(name);
    if (tool) return callTool(client, tool, args, options);
    if (describe && name === DESCRIBE_TOOL) return (meta ??= new DynamicTools(tools)).call(client, name, args, options);
    return undefined;
  };
}

export function createMcpServer(options: McpServerOptions): Server {
  const { client, serverName, version } = options;
  // Without their schemas in tools/list, results must not be held to them: errors then carry structuredContent too (see call.ts).
  const tools = options.outputSchemas ? options.tools : options.tools.map(({ outputSchema: _schema, ...tool }): ToolDefinition => tool);
  const dynamic = resolveMode(tools, options) === 'dynamic';
  // Computed once: every tools/list is answered with this same object.
  const payload = listToolsPayload(tools, { ...options, mode: dynamic ? 'dynamic' : 'static' });
  const selected = selectTools(tools, options);
  const call = dispatcher(client, selected, dynamic, !dynamic && payload.tools.some((tool) => tool.name === DESCRIBE_TOOL));
  const shared = serverInstructions(serverName, selected, dynamic ? 'dynamic' : 'static');
  const server = new Server(
    { name: serverName, version },
    {
      capabilities: { tools: {} },
      instructions: dynamic ? `Tools here search, describe and call the ${serverName} API's endpoints: start with ${SEARCH_TOOL}.\n${shared}` : shared,
    },
  );
  server.setRequestHandler(ListToolsRequestSchema, () => payload);
  server.setRequestHandler(CallToolRequestSchema, (request, extra) => {
    const progressToken = request.params._meta?.progressToken;
    // Only when the client asked (a progress token): each notification also resets its request timeout.
    const onProgress =
      progressToken === undefined
        ? undefined
        : (progress: number, message: string) =>
            void extra.sendNotification({ method: 'notifications/progress', params: { progressToken, progress, message } }).catch(() => undefined);
    const result = call(request.params.name, request.params.arguments, { signal: extra.signal, ...(onProgress ? { onProgress } : {}) });
    // An unknown tool is a protocol error, not a tool result (MCP spec, tools/call).
    if (!result) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
    return result;
  });
  return server;
}

export interface StdioOptions {
  /** Default process.stdin. */
  stdin?: Readable;
  /** Default process.stdout: nothing else may write there while serving. */
  stdout?: Writable;
}

/** Serves over stdio until the client disconnects; resolves once connected. */
export async function serveStdio(options: McpServerOptions & StdioOptions): Promise<Server> {
  const server = createMcpServer(options);
  await server.connect(new StdioServerTransport(options.stdin, options.stdout));
  return server;
}
