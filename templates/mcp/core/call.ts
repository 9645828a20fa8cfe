/**
 * One tool call: validate the arguments, turn them into the operation's request with the SDK's own
 * splitParams (so the MCP server and the CLI send identical requests for identical inputs), send it
 * through the caller's client, and shape the outcome as an MCP result.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { inputProblems, splitParams, waitFor, type ApiClient, type FlatParams, type RequestInput, type RequestOptions } from '../sdk.js';
import { argumentProblems } from './arguments.js';
import { invalidArguments, toolError, type ToolError } from './errors.js';
import type { ToolDefinition, WaitTool } from './tool.js';

export interface CallOptions {
  /** Cancels the request (the MCP client's cancellation). */
  signal?: AbortSignal;
  /** Told after every poll of a wait tool (MCP progress notifications keep the client from timing out). */
  onProgress?: (progress: number, message: string) => void;
}

/** What a list tool returns, whatever the contract calls these fields. */
export interface ListResult {
  items: unknown[];
  next_cursor: string | null;
}

const NO_CONTENT = 'Done: the API returned no content.';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The project argument becomes splitParams' `projectId` (without it the client's configured project
 * applies); the idempotency argument is not part of the request's parameters but of its options.
 */
function flatParams(tool: ToolDefinition, args: Record<string, unknown>): FlatParams {
  const { [tool.projectArg ?? '']: projectId, [tool.idempotencyArg ?? '']: _key, [tool.wait?.maxWaitArg ?? '']: _wait, [tool.cursorArg ?? '']: _cursor, ...rest } = args;
  const params = decodeUploads(tool, rest);
  return projectId === undefined ? params : { ...params, projectId: projectId as string };
}

/** Base64 file arguments as bytes (`body`, `file`, `body.file`; lists element by element). */
function decodeUploads(tool: ToolDefinition, args: Record<string, unknown>): Record<string, unknown> {
  const decode = (value: unknown): unknown =>
    typeof value === 'string' ? Buffer.from(value, 'base64') : Array.isArray(value) ? value.map(decode) : value;
  let out = args;
  for (const path of tool.uploads ?? []) {
    const [head, field] = path.split('.') as [string, string | undefined];
    const value = out[head];
    if (value === undefined) continue;
    if (field === undefined) out = { ...out, [head]: decode(value) };
    else if (isObject(value) && value[field] !== undefined) out = { ...out, [head]: { ...value, [field]: decode(value[field]) } };
  }
  return out;
}

/** Polls the tool's operation with its waiter, reporting each poll; resolves with the final result. */
function runWaiter(client: ApiClient, tool: ToolDefinition, wait: WaitTool, input: RequestInput, requestOptions: RequestOptions, args: Record<string, unknown>, options: CallOptions): Promise<unknown> {
  const seconds = typeof args[wait.maxWaitArg] === 'number' ? (args[wait.maxWaitArg] as number) : wait.defaultWaitSeconds;
  const { field } = wait.waiter;
  return waitFor(() => client.request(tool.operation, input, requestOptions), wait.waiter, {
    maxWaitMs: seconds * 1000,
    ...(options.signal ? { signal: options.signal } : {}),
    onPoll: (state, _data, attempt) => options.onProgress?.(attempt, `${field}: ${state ?? 'none'}`),
  });
}

function success(data: unknown): CallToolResult {
  if (data === undefined) return { content: [{ type: 'text', text: NO_CONTENT }] };
  const content: CallToolResult['content'] = [{ type: 'text', text: JSON.stringify(data) }];
  // MCP structured content must be an object; anything else is carried by the text alone.
  return isObject(data) ? { content, structuredContent: data } : { content };
}

function failure(tool: ToolDefinition, error: ToolError): CallToolResult {
  const content: CallToolResult['content'] = [{ type: 'text', text: JSON.stringify(error) }];
  // A tool with an output schema promises structured content of that shape, and the TypeScript SDK's
  // client (through 1.32) validates it even on errors (typescript-sdk#1943): there the text carries the error.
  return tool.outputSchema ? { isError: true, content } : { isError: true, content, structuredContent: { ...error } };
}

export async function callTool(client: ApiClient, tool: ToolDefinition, args: Record<string, unknown> = {}, options: CallOptions = {}): Promise<CallToolResult> {
  try {
    const problems = await argumentProblems(tool, args);
    if (problems.length) return failure(tool, invalidArguments(tool.name, problems));
    const input = splitParams(tool.operation, flatParams(tool, args), tool.bodyInline);
    // The contract's constraints as the CLI checks them, whatever the input schema could express.
    const broken = inputProblems(tool.operation, input).map((p) =>
      p.name === undefined ? `argument "body" ${p.message}` : `argument "${p.in === 'body' && !tool.bodyInline ? `body.${p.name}` : p.name}" ${p.message}`,
    );
    if (broken.length) return failure(tool, invalidArguments(tool.name, broken));
    const key = tool.idempotencyArg ? args[tool.idempotencyArg] : undefined;
    // An agent that retries with the same key gets the first result back instead of a second resource.
    const cursor = tool.cursorArg ? args[tool.cursorArg] : undefined;
    const requestOptions = {
      signal: options.signal,
      ...(typeof key === 'string' ? { idempotencyKey: key } : {}),
      ...(typeof cursor === 'string' ? { cursor } : {}),
    };
    if (tool.wait) return success(await runWaiter(client, tool, tool.wait, input, requestOptions, args, options));
    if (tool.operation.pagination) {
      // One page per call: the agent decides whether to follow next_cursor.
      const page = await client.requestPage(tool.operation, input, requestOptions);
      const result: ListResult = { items: page.items, next_cursor: page.nextCursor };
      return success(result);
    }
    return success(await client.request(tool.operation, input, requestOptions));
  } catch (error) {
    return failure(tool, toolError(error));
  }
}
