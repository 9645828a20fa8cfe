// Copied verbatim from templates/mcp/core/budget.ts. DO NOT EDIT: change the template and regenerate.
/**
 * What the tool list costs an agent: every tools/list entry is sent to the model with each request, so
 * the payload size is a standing token bill (`mcp list-tools --budget`).
 */
import type { ListToolsResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { selectTools, type ToolFilter } from './filter.js';
import type { ToolDefinition } from './tool.js';

/**
 * Exactly what tools/list returns for these tools: the runtime-only fields stay out, and so does the
 * top-level `title`, which would repeat `annotations.title` on every tool.
 */
export function listToolsPayload(tools: readonly ToolDefinition[], filter: ToolFilter = {}): ListToolsResult {
  return {
    tools: selectTools(tools, filter).map(
      (tool): Tool => ({
        name: tool.name,
        description: tool.description,
        inputSchema: tool.inputSchema,
        ...(tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
        annotations: tool.annotations,
      }),
    ),
  };
}

export interface Cost {
  /** UTF-8 bytes of the JSON. */
  bytes: number;
  /** Approximate: bytes / 4, rounded up. Real tokenizers differ by model; use it to compare, not to bill. */
  tokens: number;
}

export interface Budget {
  tools: (Cost & { name: string })[];
  /** The whole tools/list payload, envelope included. */
  total: Cost;
  /** How `tokens` is estimated. */
  estimate: 'tokens = ceil(bytes / 4)';
}

function cost(value: unknown): Cost {
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  return { bytes, tokens: Math.ceil(bytes / 4) };
}

export function budget(tools: readonly ToolDefinition[], filter: ToolFilter = {}): Budget {
  const payload = listToolsPayload(tools, filter);
  return {
    tools: payload.tools.map((tool) => ({ name: tool.name, ...cost(tool) })),
    total: cost(payload),
    estimate: 'tokens = ceil(bytes / 4)',
  };
}
