// Copied verbatim from templates/mcp/core/mode.ts. DO NOT EDIT: change the template and regenerate.
/**
 * How a server offers its tools. Its own module, free of runtime imports, because the generator reads
 * the default budget for the CLI's help.
 */
import type { ToolFilter } from './filter.js';

/** `static`: one tool per endpoint. `dynamic`: three meta-tools that search, describe and call endpoints. */
export type ToolMode = 'static' | 'dynamic';

export interface ToolSetOptions extends ToolFilter {
  /** `auto` (default): static while its tools/list costs at most `toolBudget` tokens, dynamic above. */
  mode?: ToolMode | 'auto';
  /** Approximate tokens (bytes / 4) that `auto` allows the static list. Default DEFAULT_TOOL_BUDGET. */
  toolBudget?: number;
  /**
   * Send each tool's outputSchema in tools/list (default false). Off, the list costs about half, and
   * results are the same JSON, in text and structuredContent; a client that validates results asks for them.
   */
  outputSchemas?: boolean;
}

/**
 * 25,000 tokens: about where agent hosts start warning that MCP tool definitions crowd out the
 * conversation. A hundred well-described endpoints fit; an API of a thousand does not.
 */
export const DEFAULT_TOOL_BUDGET = 25_000;
