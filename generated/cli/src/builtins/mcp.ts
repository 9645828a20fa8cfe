// Copied verbatim from templates/cli/builtins/mcp.ts. DO NOT EDIT: change the template and regenerate.
/**
 * `mcp list-tools` and `mcp serve`: the generated MCP package's tool table, served over stdio or
 * Streamable HTTP with a client configured exactly like every other command's (flags, environment,
 * stored login).
 */
import type { Readable, Writable } from 'node:stream';
import { CliError, ExitCode, UsageError, envVar, parseInteger } from '../core/index.js';
import {
  DEFAULT_TOOL_BUDGET,
  ListenError,
  ToolFilterError,
  budget,
  listToolsPayload,
  serveHttp,
  serveStdio,
  type ToolMode,
  type ToolSetOptions,
} from '../mcp.js';
import { globalOptions } from '../run/global.js';
import { scalar, stringList } from '../run/params.js';
import { printer } from '../run/print.js';
import { openSession, transportOptions } from '../run/session.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

/** `--tools a,b --tools c` -> [a, b, c]. */
const listFlag = (args: ParsedArgs, name: string): string[] =>
  (stringList(args, name) ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

const MODES = ['static', 'dynamic', 'auto'] as const;
type ModeWord = (typeof MODES)[number];
const isMode = (value: string): value is ModeWord => (MODES as readonly string[]).includes(value);

/** `--tools` takes a mode (static, dynamic, auto) and/or tool names; names restrict either mode. */
function toolSetOptions(args: ParsedArgs): ToolSetOptions {
  const values = listFlag(args, 'tools');
  const modes = values.filter(isMode);
  if (modes.length > 1) throw new UsageError(`--tools takes one mode, got ${modes.join(' and ')}`);
  const budgetValue = scalar(args, 'tool-budget');
  return {
    mode: modes[0] ?? 'auto',
    ...(budgetValue === undefined ? {} : { toolBudget: parseInteger(budgetValue as string, 'tool-budget', { min: 1 }) }),
    readOnly: args['read-only'] === true,
    outputSchemas: args['output-schemas'] === true,
    toolNames: values.filter((v) => !isMode(v)),
    tags: listFlag(args, 'tags'),
  };
}

/** An unknown tool name or tag is a typo to report (exit 2), not an empty server. */
function filtered<T>(select: () => T): T {
  try {
    return select();
  } catch (error) {
    if (error instanceof ToolFilterError) throw new UsageError(error.message);
    throw error;
  }
}

export async function listTools(_spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  const out = await printer(ctx, global);
  const { tools } = await ctx.loadMcp();
  const options = toolSetOptions(args);
  const cost = filtered(() => budget(tools, options));
  if (args.budget === true) {
    if (out.format === 'json' || out.format === 'yaml') out.print(cost);
    else out.print([...cost.tools, { name: 'total', ...cost.total }], ['name', 'bytes', 'tokens']);
    return;
  }
  const payload = listToolsPayload(tools, { ...options, mode: cost.mode });
  if (out.format === 'json' || out.format === 'yaml') {
    out.print(payload);
    return;
  }
  // What each tool costs an agent's context, beside what it does: tool lists are paid in tokens.
  const costOf = new Map(cost.tools.map((c) => [c.name, c]));
  const titleOf = new Map(tools.map((t) => [t.name, t.title]));
  const rows = payload.tools.map((tool) => ({
    name: tool.name,
    // tools/list leaves the title out (it repeats the description): the tool table still has it.
    title: titleOf.get(tool.name) ?? '',
    read_only: tool.annotations?.readOnlyHint === true,
    destructive: tool.annotations?.destructiveHint === true,
    idempotent: tool.annotations?.idempotentHint === true || tool.annotations?.readOnlyHint === true,
    bytes: costOf.get(tool.name)?.bytes,
    tokens: costOf.get(tool.name)?.tokens,
  }));
  out.print(rows, ['name', 'title', 'read_only', 'destructive', 'idempotent', 'bytes', 'tokens']);
  ctx.stderr.write(`${modeSummary(cost.mode, rows.length, cost.modes, options)} (${cost.estimate})\n`);
}

/** The two modes side by side, and why `auto` chose the one it did. */
function modeSummary(mode: ToolMode, count: number, modes: Record<ToolMode, { bytes: number; tokens: number }>, options: ToolSetOptions): string {
  const price = (m: ToolMode) => `${m} ${modes[m].bytes} bytes, ~${modes[m].tokens} tokens`;
  const why = options.mode === 'auto' ? `; auto chose ${mode}: the static list ${modes.static.tokens <= (options.toolBudget ?? DEFAULT_TOOL_BUDGET) ? 'fits' : 'exceeds'} the ${options.toolBudget ?? DEFAULT_TOOL_BUDGET}-token budget` : '';
  return `${count} tools (${mode} mode); tools/list: ${price('static')} | ${price('dynamic')}${why}`;
}

/** `--http [HOST:]PORT`: `8080`, `127.0.0.1:8080`, `[::1]:8080`, `0.0.0.0:8080`; port 0 picks a free one. */
export function parseListenAddress(value: string): { host: string; port: number } {
  const match = /^(?:(\[[0-9a-fA-F:.]+\]|[^:[\]]+):)?(\d{1,5})$/.exec(value.trim());
  const port = match ? Number(match[2]) : NaN;
  if (!match || port > 65535) {
    throw new UsageError(`invalid value "${value}" for --http: expected [HOST:]PORT, e.g. 8080 or 127.0.0.1:8080`);
  }
  const host = match[1]?.replace(/^\[(.*)\]$/, '$1') ?? '127.0.0.1';
  return { host, port };
}

/**
 * Serves until the client closes stdin (stdio), or until Ctrl-C or SIGTERM (HTTP); nothing but protocol
 * messages is written to stdout.
 */
export async function serve(_spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  const { tools, serverInfo } = await ctx.loadMcp();
  const options = toolSetOptions(args);
  filtered(() => listToolsPayload(tools, options));
  const http = scalar(args, 'http');
  const address = http === undefined ? undefined : parseListenAddress(String(http));
  // Without a login the server still starts: listing tools needs none, and each call then reports the API's
  // 401 to the agent (isError with its code and correlation_id) rather than the client seeing a dead server.
  const session = await openSession(ctx, global, { needsToken: false });
  const bin = ctx.identity.bin;
  const common = { client: session.client, tools, serverName: serverInfo.name, version: serverInfo.version, ...options };
  if (!address) {
    if (!session.tokenProvider) {
      ctx.stderr.write(`${bin} mcp serve: not logged in, so tool calls will fail with 401 (run \`${bin} auth login\`, or set ${envVar(ctx.identity, 'TOKEN')})\n`);
    }
    const server = await serveStdio({ ...common, stdin: ctx.stdin as Readable, stdout: ctx.stdout as Writable });
    await new Promise<void>((resolve) => {
      server.onclose = resolve;
      ctx.stdin.once('end', () => void server.close());
      ctx.signal?.addEventListener('abort', () => void server.close(), { once: true });
    });
    return;
  }
  const allowedHosts = listFlag(args, 'allowed-hosts');
  const server = await serveHttp({
    ...common,
    ...address,
    allowedHosts,
    allowedOrigins: listFlag(args, 'allowed-origins'),
    // A session opened with a bearer token calls the API with it: same base URL, project, --debug, --timeout.
    clientFor: (tokenProvider) =>
      session.api.createClient({ ...transportOptions(ctx, global, session.baseUrl), tokenProvider, ...(session.projectId ? { projectId: session.projectId } : {}) }),
    log: (line) => void ctx.stderr.write(`${bin} mcp serve: ${line}\n`),
  }).catch((error: unknown) => {
    if (error instanceof ListenError) throw new CliError(error.message, ExitCode.network, 'choose another port with --http [HOST:]PORT');
    throw error;
  });
  const credentials = session.tokenProvider ? 'the configured login' : `none (run \`${bin} auth login\`, or set ${envVar(ctx.identity, 'TOKEN')})`;
  ctx.stderr.write(`${bin} mcp serve: listening on ${server.url}; a session's Authorization: Bearer token is its API token, else ${credentials}\n`);
  if (['0.0.0.0', '::'].includes(address.host) && allowedHosts.length === 0) {
    ctx.stderr.write(`${bin} mcp serve: bound to every interface without --allowed-hosts, so the Host header is not checked\n`);
  }
  await new Promise<void>((resolve) => {
    if (ctx.signal?.aborted) resolve();
    ctx.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  await server.close();
}
