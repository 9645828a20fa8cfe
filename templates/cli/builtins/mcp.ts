/**
 * `mcp list-tools` and `mcp serve`: the generated MCP package's tool table, served over stdio with a
 * client configured exactly like every other command's (flags, environment, stored login).
 */
import type { Readable, Writable } from 'node:stream';
import { UsageError, envVar } from '../core/index.js';
import { ToolFilterError, budget, listToolsPayload, serveStdio, type ToolFilter } from '../mcp.js';
import { globalOptions } from '../run/global.js';
import { stringList } from '../run/params.js';
import { printer } from '../run/print.js';
import { openSession } from '../run/session.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

/** `--tools a,b --tools c` -> [a, b, c]. */
const listFlag = (args: ParsedArgs, name: string): string[] =>
  (stringList(args, name) ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

function toolFilter(args: ParsedArgs): ToolFilter {
  return { readOnly: args['read-only'] === true, toolNames: listFlag(args, 'tools'), tags: listFlag(args, 'tags') };
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
  const out = printer(ctx, global);
  const { tools } = await ctx.loadMcp();
  const filter = toolFilter(args);
  if (args.budget === true) {
    const cost = filtered(() => budget(tools, filter));
    if (out.format === 'json' || out.format === 'yaml') out.print(cost);
    else out.print([...cost.tools, { name: 'total', ...cost.total }], ['name', 'bytes', 'tokens']);
    return;
  }
  const payload = filtered(() => listToolsPayload(tools, filter));
  if (out.format === 'json' || out.format === 'yaml') {
    out.print(payload);
    return;
  }
  // What each tool costs an agent's context, beside what it does: tool lists are paid in tokens.
  const cost = budget(tools, filter);
  const costOf = new Map(cost.tools.map((c) => [c.name, c]));
  const rows = payload.tools.map((tool) => ({
    name: tool.name,
    title: tool.annotations?.title ?? tool.title ?? '',
    read_only: tool.annotations?.readOnlyHint === true,
    destructive: tool.annotations?.destructiveHint === true,
    idempotent: tool.annotations?.idempotentHint === true || tool.annotations?.readOnlyHint === true,
    bytes: costOf.get(tool.name)?.bytes,
    tokens: costOf.get(tool.name)?.tokens,
  }));
  out.print(rows, ['name', 'title', 'read_only', 'destructive', 'idempotent', 'bytes', 'tokens']);
  ctx.stderr.write(`${rows.length} tools, tools/list payload ${cost.total.bytes} bytes, ~${cost.total.tokens} tokens (${cost.estimate})\n`);
}

/** Serves until the client closes stdin (or Ctrl-C); nothing but protocol messages is written to stdout. */
export async function serve(_spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  const { tools, serverInfo } = await ctx.loadMcp();
  const filter = toolFilter(args);
  filtered(() => listToolsPayload(tools, filter));
  // Without a login the server still starts: listing tools needs none, and each call then reports the API's
  // 401 to the agent (isError with its code and correlation_id) rather than the client seeing a dead server.
  const session = await openSession(ctx, global, { needsToken: false });
  if (!session.tokenProvider) {
    ctx.stderr.write(`${ctx.identity.bin} mcp serve: not logged in, so tool calls will fail with 401 (run \`${ctx.identity.bin} auth login\`, or set ${envVar(ctx.identity, 'TOKEN')})\n`);
  }
  const server = await serveStdio({
    client: session.client,
    tools,
    serverName: serverInfo.name,
    version: serverInfo.version,
    ...filter,
    stdin: ctx.stdin as Readable,
    stdout: ctx.stdout as Writable,
  });
  await new Promise<void>((resolve) => {
    server.onclose = resolve;
    ctx.stdin.once('end', () => void server.close());
    ctx.signal?.addEventListener('abort', () => void server.close(), { once: true });
  });
}
