// Copied verbatim from templates/mcp/core/filter.ts. DO NOT EDIT: change the template and regenerate.
/** Which tools a server offers: read-only mode, an explicit list of names, contract tags. */
import type { ToolDefinition } from './tool.js';

export interface ToolFilter {
  /** Only tools that change nothing (readOnlyHint) and return no live credential. */
  readOnly?: boolean;
  /** Only these tools; an empty list means no restriction. */
  toolNames?: readonly string[];
  /** Only tools carrying at least one of these contract tags; an empty list means no restriction. */
  tags?: readonly string[];
}

/** A name or tag the tool table does not know: a typo the user must hear about, not an empty server. */
export class ToolFilterError extends Error {
  override name = 'ToolFilterError';
}

function checkKnown(kind: string, wanted: readonly string[], known: ReadonlySet<string>): void {
  const unknown = wanted.filter((value) => !known.has(value));
  if (unknown.length) {
    throw new ToolFilterError(`Unknown ${kind}${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}; known: ${[...known].sort().join(', ')}`);
  }
}

/** The tools passing every filter given, in table order. */
export function selectTools(tools: readonly ToolDefinition[], filter: ToolFilter = {}): ToolDefinition[] {
  const { readOnly = false, toolNames = [], tags = [] } = filter;
  checkKnown('tool', toolNames, new Set(tools.map((t) => t.name)));
  checkKnown('tag', tags, new Set(tools.flatMap((t) => t.tags)));
  const names = new Set(toolNames);
  const tagSet = new Set(tags);
  return tools.filter(
    (tool) =>
      // A read-only agent must not mint or read secrets, whatever the operation's method.
      (!readOnly || (tool.annotations.readOnlyHint === true && tool.liveCredential !== true)) &&
      (names.size === 0 || names.has(tool.name)) &&
      (tagSet.size === 0 || tool.tags.some((tag) => tagSet.has(tag))),
  );
}
