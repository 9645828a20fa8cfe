// Copied verbatim from templates/mcp/core/server.ts. DO NOT EDIT: change the template and regenerate.
/**
 * The MCP server over the generated tool table. The low-level Server is used (not McpServer) so tools/list
 * serves the generated JSON Schemas byte for byte instead of schemas rebuilt from zod.
 */
import type { Readable, Writable } from 'node:stream';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { ApiClient } from '../sdk.js';
import { listToolsPayload } from './budget.js';
import { callTool } from './call.js';
import { selectTools, type ToolFilter } from './filter.js';
import type { ToolDefinition } from './tool.js';

export interface McpServerOptions extends ToolFilter {
  /** A configured SDK client: base URL, credentials and default project come from the caller, never from tool arguments. */
  client: ApiClient;
  tools: readonly ToolDefinition[];
  serverName: string;
  version: string;
}

export function createMcpServer(options: McpServerOptions): Server {
  const { client, serverName, version } = options;
  const tools = selectTools(options.tools, options);
  const byName = new Map(tools.map((tool) => [tool.name, tool]));
  const payload = listToolsPayload(tools);
  const server = new Server({ name: serverName, version }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => payload);
  server.setRequestHandler(CallToolRequestSchema, (request, extra) => {
    const tool = byName.get(request.params.name);
    // An unknown tool is a protocol error, not a tool result (MCP spec, tools/call).
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
    const progressToken = request.params._meta?.progressToken;
    // Only when the client asked (a progress token): each notification also resets its request timeout.
    const onProgress =
      progressToken === undefined
        ? undefined
        : (progress: number, message: string) =>
            void extra.sendNotification({ method: 'notifications/progress', params: { progressToken, progress, message } }).catch(() => undefined);
    return callTool(client, tool, request.params.arguments, { signal: extra.signal, ...(onProgress ? { onProgress } : {}) });
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
