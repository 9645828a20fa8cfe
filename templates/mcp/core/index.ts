// The public MCP runtime API; the generated tool table and the CLI's `mcp` commands import from here.
export { argumentProblems } from './arguments.js';
export { budget, listToolsPayload, type Budget, type Cost } from './budget.js';
export { callTool, type CallOptions, type ListResult } from './call.js';
export { INVALID_ARGUMENTS, invalidArguments, toolError, type ToolError } from './errors.js';
export { ToolFilterError, selectTools, type ToolFilter } from './filter.js';
export { createMcpServer, serveStdio, type McpServerOptions, type StdioOptions } from './server.js';
export type { ObjectSchema, ToolAnnotations, ToolDefinition } from './tool.js';
