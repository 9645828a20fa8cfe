// Copied verbatim from templates/mcp/core/budget.ts. DO NOT EDIT: change the template and regenerate.
/**
 * What the tool list costs an agent: every tools/list entry is sent to the model with each request, so
 * the payload size is a standing token bill (`mcp list-tools --budget`).
 */
import type { ListToolsResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { dynamicToolList } from './dynamic.js';
import { selectTools } from './filter.js';
import { DEFAULT_TOOL_BUDGET, type ToolMode, type ToolSetOptions } from './mode.js';
import type { ToolDefinition } from './tool.js';

/**
 * The static tools/list of these tools: the runtime-only fields stay out, and so does the top-level
 * `title`, which would repeat `annotations.title` on every tool.
 */
function staticList(tools: readonly ToolDefinition[]): Tool[] {
  return tools.map(
    (tool): Tool => ({
      name: tool.name,
      description: tool.description,
      inputSchema: tool.inputSchema,
      ...(tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
      annotations: tool.annotations,
    }),
  );
}

/** The mode `auto` stands for here; an explicit mode is kept. */
export function resolveMode(tools: readonly ToolDefinition[], options: ToolSetOptions = {}): ToolMode {
  const { mode = 'auto', toolBudget = DEFAULT_TOOL_BUDGET } = options;
  if (mode !== 'auto') return mode;
  return cost({ tools: staticList(selectTools(tools, options)) }).tokens <= toolBudget ? 'static' : 'dynamic';
}

/** Exactly what tools/list returns for these tools, filter and mode. */
export function listToolsPayload(tools: readonly ToolDefinition[], options: ToolSetOptions = {}): ListToolsResult {
  const selected = selectTools(tools, options);
  return { tools: resolveMode(tools, options) === 'static' ? staticList(selected) : dynamicToolList(selected) };
}

export interface Cost {
  /** UTF-8 bytes of the JSON. */
  bytes: number;
  /** Approximate: bytes / 4, rounded up. Real tokenizers differ by model; use it to compare, not to bill. */
  tokens: number;
}

export interface Budget {
  /** The mode the list is in (what `auto` chose, if it was asked for). */
  mode: ToolMode;
  tools: (Cost & { name: string })[];
  /** The whole tools/list payload, envelope included. */
  total: Cost;
  /** What the whole list would cost in each mode, to choose one. */
  modes: Record<ToolMode, Cost>;
  /** How `tokens` is estimated. */
  estimate: 'tokens = ceil(bytes / 4)';
}

function cost(value: unknown): Cost {
  const bytes = Buffer.byteLength(JSON.stringify(value), 'utf8');
  return { bytes, tokens: Math.ceil(bytes / 4) };
}

export function budget(tools: readonly ToolDefinition[], options: ToolSetOptions = {}): Budget {
  const mode = resolveMode(tools, options);
  const payload = listToolsPayload(tools, { ...options, mode });
  const other = listToolsPayload(tools, { ...options, mode: mode === 'static' ? 'dynamic' : 'static' });
  const total = cost(payload);
  return {
    mode,
    tools: payload.tools.map((tool) => ({ name: tool.name, ...cost(tool) })),
    total,
    modes: mode === 'static' ? { static: total, dynamic: cost(other) } : { static: cost(other), dynamic: total },
    estimate: 'tokens = ceil(bytes / 4)',
  };
}
