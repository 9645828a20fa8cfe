// Copied verbatim from templates/mcp/core/dynamic.ts. DO NOT EDIT: change the template and regenerate.
/**
 * Dynamic mode: instead of one tool per endpoint, three meta-tools that find an endpoint, describe its
 * arguments and call it. tools/list then costs the same whatever the API's size (a 1,200-operation API
 * would otherwise put megabytes of schemas into every agent request), and an agent reaches any endpoint
 * in three calls: search_endpoints, describe_endpoint, call_endpoint. Filters (read-only, names, tags)
 * decide which endpoints the meta-tools know; calls go through callTool, so validation, requests and
 * errors are exactly those of static mode.
 */
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ApiClient } from '../sdk.js';
import { argumentProblems } from './arguments.js';
import { callTool, type CallOptions } from './call.js';
import { invalidArguments, type ToolError } from './errors.js';
import type { ObjectSchema, ToolAnnotations, ToolDefinition } from './tool.js';

export const SEARCH_TOOL = 'search_endpoints';
export const DESCRIBE_TOOL = 'describe_endpoint';
export const CALL_TOOL = 'call_endpoint';
export const UNKNOWN_ENDPOINT = 'unknown_endpoint';
export const UNKNOWN_TAG = 'unknown_tag';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 50;

const searchSchema: ObjectSchema = {
  type: 'object',
  properties: {
    query: { type: 'string', description: 'Words for the task, e.g. "create allocation".' },
    tag: { type: 'string' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
    cursor: { type: 'string', description: 'next_cursor from the previous result.' },
  },
  additionalProperties: false,
};
const describeSchema: ObjectSchema = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false };
const callSchema: ObjectSchema = {
  type: 'object',
  properties: { name: { type: 'string' }, arguments: { type: 'object', description: 'As describe_endpoint\'s inputSchema says.' } },
  required: ['name'],
  additionalProperties: false,
};

/** What call_endpoint may do is what the most dangerous endpoint it can reach may do. */
function callAnnotations(endpoints: readonly ToolDefinition[]): ToolAnnotations {
  const title = 'Call an API endpoint';
  if (endpoints.every((e) => e.annotations.readOnlyHint === true)) return { title, readOnlyHint: true, openWorldHint: true };
  return { title, destructiveHint: endpoints.some((e) => e.annotations.destructiveHint === true), idempotentHint: false, openWorldHint: true };
}

/**
 * describe_endpoint's entry: in dynamic mode for the endpoints call_endpoint calls, in static mode
 * (`tools`) for the tools whose input schema tools/list sends in outline.
 */
export function describeEntry(tools: boolean): Tool {
  return {
    name: DESCRIBE_TOOL,
    description: tools
      ? "A tool's full description, inputSchema (where tools/list has an outline) and outputSchema, by its name."
      : `One endpoint's description, inputSchema (the arguments ${CALL_TOOL} takes) and outputSchema.`,
    inputSchema: describeSchema,
    annotations: { title: tools ? 'Describe a tool' : 'Describe an API endpoint', readOnlyHint: true, openWorldHint: false },
  };
}

/** The tools/list entries of dynamic mode: three, whatever the number of endpoints. */
export function dynamicToolList(endpoints: readonly ToolDefinition[]): Tool[] {
  return [
    {
      name: SEARCH_TOOL,
      description: `Finds API endpoints by words (in names, titles, descriptions, paths) and/or tag, best first; with neither, lists them all and the tags. Then ${DESCRIBE_TOOL} gives one's arguments and ${CALL_TOOL} calls it.`,
      inputSchema: searchSchema,
      annotations: { title: 'Search API endpoints', readOnlyHint: true, openWorldHint: false },
    },
    describeEntry(false),
    {
      name: CALL_TOOL,
      description: 'Calls an endpoint; arguments are checked against its inputSchema before anything is sent. Returns its result, or an error with the API\'s code and correlation_id.',
      inputSchema: callSchema,
      annotations: callAnnotations(endpoints),
    },
  ];
}

// ---- search ---------------------------------------------------------------------------------------

/** How much a query word found in each part of an endpoint counts. */
const WEIGHTS = { name: 4, title: 3, tags: 3, path: 2, description: 1 } as const;
const STOP_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'in', 'on', 'by', 'with', 'and', 'or', 'from', 'its', 'my', 'me', 'all', 'this', 'that']);

/** Lower-case words, camelCase and snake_case split, plurals folded (`allocations` -> `allocation`). */
export function searchTerms(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !STOP_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

const indexes = new WeakMap<ToolDefinition, Map<string, number>>();

/** Each term of the endpoint with the weight of the most telling part it appears in. */
function indexOf(endpoint: ToolDefinition): Map<string, number> {
  let index = indexes.get(endpoint);
  if (!index) {
    index = new Map();
    const parts: [keyof typeof WEIGHTS, string][] = [
      ['name', endpoint.name],
      ['title', endpoint.title],
      ['tags', endpoint.tags.join(' ')],
      ['path', endpoint.operation.path],
      ['description', endpoint.description],
    ];
    for (const [part, text] of parts) for (const term of searchTerms(text)) index.set(term, Math.max(index.get(term) ?? 0, WEIGHTS[part]));
    indexes.set(endpoint, index);
  }
  return index;
}

/** Terms matched (a word or, from three letters, the start of one, at half weight) and their score. */
function rank(endpoint: ToolDefinition, query: readonly string[]): { matched: number; score: number } {
  const index = indexOf(endpoint);
  let matched = 0;
  let score = 0;
  for (const term of query) {
    let best = index.get(term) ?? 0;
    if (!best && term.length >= 3) for (const [key, weight] of index) if (key.startsWith(term)) best = Math.max(best, weight / 2);
    if (best) {
      matched++;
      score += best;
    }
  }
  return { matched, score };
}

export interface SearchInput {
  query?: string;
  tag?: string;
  limit?: number;
  cursor?: string;
}

export interface EndpointSummary {
  name: string;
  title: string;
  method: string;
  path: string;
  tags: readonly string[];
}

export interface SearchResult {
  endpoints: EndpointSummary[];
  /** How many endpoints match in all. */
  total: number;
  next_cursor: string | null;
  /** With neither query nor tag, on the first page: every tag and how many endpoints carry it. */
  tags?: { tag: string; endpoints: number }[];
}

const summary = (e: ToolDefinition): EndpointSummary => ({ name: e.name, title: e.title, method: e.operation.method, path: e.operation.path, tags: e.tags });

/** Endpoints matching the query words and tag, best first; a tag outside the endpoints' tags is an error. */
export function searchEndpoints(endpoints: readonly ToolDefinition[], input: SearchInput): SearchResult | ToolError {
  const tag = input.tag?.toLowerCase();
  const knownTags = [...new Set(endpoints.flatMap((e) => e.tags))].sort();
  if (tag !== undefined && !knownTags.some((t) => t.toLowerCase() === tag)) {
    return notFound(`No endpoint has the tag "${input.tag}"; tags: ${knownTags.join(', ')}`, UNKNOWN_TAG);
  }
  const query = searchTerms(input.query ?? '');
  let found = endpoints.filter((e) => tag === undefined || e.tags.some((t) => t.toLowerCase() === tag));
  if (query.length) {
    const ranked = found.map((e) => ({ e, ...rank(e, query) })).filter((r) => r.matched > 0);
    ranked.sort((a, b) => b.matched - a.matched || b.score - a.score || (a.e.name < b.e.name ? -1 : 1));
    found = ranked.map((r) => r.e);
  }
  const offset = Number.parseInt(input.cursor ?? '0', 10) || 0;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const page = found.slice(offset, offset + limit);
  const next = offset + limit < found.length ? String(offset + limit) : null;
  const overview = !query.length && tag === undefined && offset === 0;
  return {
    endpoints: page.map(summary),
    total: found.length,
    next_cursor: next,
    ...(overview ? { tags: knownTags.map((t) => ({ tag: t, endpoints: endpoints.filter((e) => e.tags.includes(t)).length })) } : {}),
  };
}

// ---- calls ----------------------------------------------------------------------------------------

function notFound(message: string, code = UNKNOWN_ENDPOINT): ToolError {
  return { code, message, correlation_id: null, http_status: null, retryable: false };
}

const result = (data: object): CallToolResult => ({ content: [{ type: 'text', text: JSON.stringify(data) }], structuredContent: data as Record<string, unknown> });
const failure = (error: ToolError): CallToolResult => ({ isError: true, content: [{ type: 'text', text: JSON.stringify(error) }], structuredContent: { ...error } });

function lookup(byName: ReadonlyMap<string, ToolDefinition>, endpoints: readonly ToolDefinition[], name: string): ToolDefinition | ToolError {
  const endpoint = byName.get(name);
  if (endpoint) return endpoint;
  const close = searchEndpoints(endpoints, { query: name, limit: 3 });
  const hint = 'endpoints' in close && close.endpoints.length ? ` (closest: ${close.endpoints.map((e) => e.name).join(', ')})` : '';
  return notFound(`No endpoint named "${name}"${hint}; ${SEARCH_TOOL} finds them`);
}

/** The meta-tools over a fixed set of endpoints: the MCP server's whole tools/call in dynamic mode. */
export class DynamicTools {
  readonly #endpoints: readonly ToolDefinition[];
  readonly #byName: ReadonlyMap<string, ToolDefinition>;
  readonly list: Tool[];

  constructor(endpoints: readonly ToolDefinition[]) {
    this.#endpoints = endpoints;
    this.#byName = new Map(endpoints.map((e) => [e.name, e]));
    this.list = dynamicToolList(endpoints);
  }

  has(name: string): boolean {
    return this.list.some((tool) => tool.name === name);
  }

  async call(client: ApiClient, name: string, args: Record<string, unknown> = {}, options: CallOptions = {}): Promise<CallToolResult> {
    const tool = this.list.find((t) => t.name === name);
    if (!tool) throw new Error(`${name} is not a dynamic-mode tool`);
    const problems = await argumentProblems(tool as { inputSchema: ObjectSchema }, args);
    if (problems.length) return failure(invalidArguments(name, problems));
    if (name === SEARCH_TOOL) {
      const found = searchEndpoints(this.#endpoints, args as SearchInput);
      return 'code' in found ? failure(found) : result(found);
    }
    const endpoint = lookup(this.#byName, this.#endpoints, args.name as string);
    if ('code' in endpoint) return failure(endpoint);
    if (name === DESCRIBE_TOOL) {
      const { title, description, inputSchema, outputSchema, annotations, tags, liveCredential } = endpoint;
      return result({
        name: endpoint.name,
        title,
        description,
        method: endpoint.operation.method,
        path: endpoint.operation.path,
        tags,
        annotations,
        inputSchema,
        ...(outputSchema ? { outputSchema } : {}),
        ...(liveCredential ? { liveCredential } : {}),
      });
    }
    return callTool(client, endpoint, (args.arguments ?? {}) as Record<string, unknown>, options);
  }
}
