// Copied verbatim from templates/mcp/core/tool.ts. DO NOT EDIT: change the template and regenerate.
/**
 * What the generator emits per tool (src/tools.ts): the MCP-facing description plus what the runtime
 * needs to send the operation through the SDK client.
 */
import type { OperationSpec, WaiterSpec } from '../sdk.js';

/** A JSON Schema with an object root, as MCP requires of tool input and output schemas. */
export interface ObjectSchema {
  type: 'object';
  properties?: Record<string, object>;
  required?: string[];
  [keyword: string]: unknown;
}

/** MCP tool annotations; an absent hint takes the protocol's default. */
export interface ToolAnnotations {
  title?: string;
  readOnlyHint?: boolean;
  destructiveHint?: boolean;
  idempotentHint?: boolean;
  openWorldHint?: boolean;
}

export interface ToolDefinition {
  name: string;
  /** The operation's summary. */
  title: string;
  description: string;
  inputSchema: ObjectSchema;
  /** Present when the success response is an object (`{items, next_cursor}` for list tools). */
  outputSchema?: ObjectSchema;
  annotations: ToolAnnotations;
  /** The operation's contract tags, for filtering. */
  tags: readonly string[];
  operationId: string;
  operation: OperationSpec;
  /** Body fields are arguments beside the parameters; otherwise the body is the `body` argument (see splitParams). */
  bodyInline: boolean;
  /** The argument that overrides the client's project, on project-scoped tools. */
  projectArg?: string;
  /** The optional argument carrying the caller's Idempotency-Key, on tools whose operation takes one. */
  idempotencyArg?: string;
  /** The result is a secret that grants access: the description says so, and read-only mode leaves it out. */
  liveCredential?: boolean;
  /** A wait tool: polls `operation` until the waiter's success (or failure) state instead of calling it once. */
  wait?: WaitTool;
  /** The argument a listing resumes from (a previous result's next_cursor) when no parameter takes it. */
  cursorArg?: string;
  /** Arguments (dotted paths) holding base64 file content: decoded to bytes before the request. */
  uploads?: readonly string[];
}

export interface WaitTool {
  waiter: WaiterSpec;
  /** The argument bounding the wait, in seconds. */
  maxWaitArg: string;
  defaultWaitSeconds: number;
}
