// Copied verbatim from templates/mcp/core/budget.ts. DO NOT EDIT: change the template and regenerate.
/**
 * What the tool list costs an agent: every tools/list entry is sent to the model with each request, so
 * the payload size is a standing token bill (`mcp list-tools --budget`).
 */
import type { ListToolsResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { DESCRIBE_TOOL, describeEntry, dynamicToolList } from './dynamic.js';
import { selectTools } from './filter.js';
import { DEFAULT_TOOL_BUDGET, type ToolMode, type ToolSetOptions } from './mode.js';
import type { ToolAnnotations, ToolDefinition } from './tool.js';
import { commonArguments, wireInput } from './wire.js';

/** MCP's defaults (spec, ToolAnnotations): a hint equal to its default says nothing. */
const HINT_DEFAULTS: Record<string, boolean> = { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true };

/**
 * The hints a client needs, as sent: defaults left out, and `title`, which repeats the description's
 * first words, too (the CLI and describe_endpoint still show it).
 */
function wireAnnotations(annotations: ToolAnnotations): ToolAnnotations {
  const { title: _title, ...hints } = annotations;
  return Object.fromEntries(Object.entries(hints).filter(([hint, value]) => HINT_DEFAULTS[hint] !== value));
}

/**
 * The static tools/list entries of these tools: runtime-only fields stay out. When some input schema is
 * sent in outline (core/wire.ts), describe_endpoint is offered too, to read it in full.
 */
function staticList(tools: readonly ToolDefinition[], outputSchemas: boolean): Tool[] {
  let outlined = false;
  const common = sharedArguments(tools);
  const list = tools.map((tool): Tool => {
    const annotations = wireAnnotations(tool.annotations);
    const input = wireInput(tool.inputSchema, common);
    outlined ||= input.outlined;
    return {
      name: tool.name,
      description: tool.description,
      inputSchema: input.schema,
      ...(outputSchemas && tool.outputSchema ? { outputSchema: tool.outputSchema } : {}),
      ...(Object.keys(annotations).length ? { annotations } : {}),
    };
  });
  return (outlined || common.length) && offersDescribe(tools) ? [...list, describeEntry(true)] : list;
}

/** The longest line naming the arguments every tool shares: past it, each schema keeps them. */
const SHARED_LINE_MAX = 300;
const sharedLine = (names: readonly string[]): string =>
  `Every tool also takes these optional arguments (${DESCRIBE_TOOL} gives their schemas): ${names.join(', ')}.`;

/** The optional arguments said once in the instructions instead of in every schema (core/wire.ts). */
function sharedArguments(tools: readonly ToolDefinition[]): string[] {
  const names = offersDescribe(tools) ? commonArguments(tools.map((t) => t.inputSchema)) : [];
  return names.length && sharedLine(names).length <= SHARED_LINE_MAX ? names : [];
}

/** Static mode offers describe_endpoint beside the tools unless a tool has its name. */
export function offersDescribe(tools: readonly ToolDefinition[]): boolean {
  return !tools.some((tool) => tool.name === DESCRIBE_TOOL);
}

/** What a tool description starting with it means (the generator's LIVE_CREDENTIAL). */
export const LIVE_CREDENTIAL_PREFIX = 'Live credential.';
/** The instructions stay this short whatever the tools: they reach the model once per session. */
export const INSTRUCTIONS_MAX = 1_000;

/**
 * The rules every tool of this server shares, said once instead of in each tool's description: only the
 * ones some offered tool needs, with that tool's own argument names.
 */
export function serverInstructions(serverName: string, tools: readonly ToolDefinition[], mode: ToolMode = 'static'): string {
  const names = (pick: (tool: ToolDefinition) => string | undefined): string[] => [...new Set(tools.map(pick).filter((n): n is string => Boolean(n)))];
  const or = (words: string[]): string => words.join(' or ');
  const project = names((t) => t.projectArg);
  const key = names((t) => t.idempotencyArg);
  const cursor = names((t) => (t.operation.pagination ? (t.cursorArg ?? t.operation.pagination.cursorParam) : undefined));
  const wait = names((t) => t.wait?.maxWaitArg);
  const common = mode === 'static' ? sharedArguments(tools) : [];
  const lines = [
    `Tools of the ${serverName} API. A tool takes only the arguments in its inputSchema, which gives types, enums and required ones; lengths, ranges, patterns and defaults are the server's to check: a bad call fails before any request with code invalid_arguments and what to fix.`,
    'A failed call returns isError and {code, message, correlation_id, http_status, retryable}: retry only when retryable is true.',
    project.length ? `${or(project)}: the project to act in; omitted, the configured project.` : '',
    key.length
      ? `${or(key)}: optional; a repeated key returns the first result instead of acting twice. If a call fails, pass the ${or(key)} from its error back when retrying: never a new one.`
      : '',
    cursor.length ? `List tools return one page, {items, next_cursor}; pass next_cursor as ${or(cursor)} for the next (null: no more).` : '',
    wait.length ? `wait_ tools poll until the state and return what the polled tool does, at most ${or(wait)}; still waiting then, they fail with retryable true: call again.` : '',
    common.length ? sharedLine(common) : '',
    mode === 'static' && offersDescribe(tools) && tools.some((t) => wireInput(t.inputSchema, common).outlined)
      ? `An inputSchema in outline (objects without their fields, strings without their enum) is in full in ${DESCRIBE_TOOL}.`
      : '',
    tools.some((t) => t.liveCredential) ? `"${LIVE_CREDENTIAL_PREFIX}" tools return a secret: keep it out of logs, files and replies.` : '',
  ];
  return lines.filter(Boolean).join('\n').slice(0, INSTRUCTIONS_MAX);
}

/** The mode `auto` stands for here; an explicit mode is kept. */
export function resolveMode(tools: readonly ToolDefinition[], options: ToolSetOptions = {}): ToolMode {
  const { mode = 'auto', toolBudget = DEFAULT_TOOL_BUDGET } = options;
  if (mode !== 'auto') return mode;
  return cost({ tools: staticList(selectTools(tools, options), options.outputSchemas === true) }).tokens <= toolBudget ? 'static' : 'dynamic';
}

/** Exactly what tools/list returns for these tools, filter and mode. */
export function listToolsPayload(tools: readonly ToolDefinition[], options: ToolSetOptions = {}): ListToolsResult {
  const selected = selectTools(tools, options);
  return { tools: resolveMode(tools, options) === 'static' ? staticList(selected, options.outputSchemas === true) : dynamicToolList(selected) };
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
