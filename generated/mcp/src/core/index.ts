// Copied verbatim from templates/mcp/core/index.ts. DO NOT EDIT: change the template and regenerate.
// The public MCP runtime API; the generated tool table and the CLI's `mcp` commands import from here.
export { budget, listToolsPayload, type Budget, type Cost } from './budget.js';
export { callTool, type CallOptions, type ListResult } from './call.js';
export { INVALID_ARGUMENTS, type ToolError } from './errors.js';
export { ToolFilterError, selectTools, type ToolFilter } from './filter.js';
export { createMcpServer, serveStdio, type McpServerOptions, type StdioOptions } from './server.js';
export type { ObjectSchema, ToolAnnotations, ToolDefinition } from './tool.js';
