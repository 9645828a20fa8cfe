// Copied verbatim from templates/mcp/core/index.ts. DO NOT EDIT: change the template and regenerate.
// The public MCP runtime API; the generated tool table and the CLI's `mcp` commands import from here.
export { INSTRUCTIONS_MAX, LIVE_CREDENTIAL_PREFIX, budget, listToolsPayload, resolveMode, serverInstructions, type Budget, type Cost } from './budget.js';
export { DEFAULT_TOOL_BUDGET, type ToolMode, type ToolSetOptions } from './mode.js';
export { callTool, type CallOptions, type ListResult } from './call.js';
export { CALL_TOOL, DESCRIBE_TOOL, DynamicTools, SEARCH_TOOL, searchEndpoints, type EndpointSummary, type SearchInput, type SearchResult } from './dynamic.js';
export { INVALID_ARGUMENTS, WAIT_FAILED, WAIT_TIMEOUT, type ToolError } from './errors.js';
export { ToolFilterError, selectTools, type ToolFilter } from './filter.js';
export { ListenError, MCP_PATH, serveHttp, type HttpMcpServer, type HttpServeOptions } from './http.js';
export { createMcpServer, serveStdio, type McpServerOptions, type StdioOptions } from './server.js';
export type { ObjectSchema, ToolAnnotations, ToolDefinition, WaitTool } from './tool.js';
