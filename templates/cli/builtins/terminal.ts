/**
 * `allocations terminal --id ID`: mints a terminal token through the contract's terminal-token operation
 * (x-codegen-cli.terminal names it and its response fields), then attaches this terminal to the
 * WebSocket it names (terminal-session.ts) and exits with the remote exit status.
 */
import { CliError, ExitCode } from '../core/index.js';
import { splitParams } from '../sdk.js';
import { globalOptions } from '../run/global.js';
import { flagByRole, inputSources, operationInput, roleValue } from '../run/params.js';
import { mergeProject, openSession } from '../run/session.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';
import { attachTerminal, type TerminalIO } from './terminal-session.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

/**
 * The token travels in the first message, so the connection must be encrypted: wss://, or ws:// to this
 * machine only (a local server, a tunnel).
 */
export function terminalUrl(value: unknown): URL {
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    throw new CliError(`the terminal token response has no valid WebSocket URL (${String(value)})`, ExitCode.server);
  }
  if (url.protocol === 'wss:' || (url.protocol === 'ws:' && LOOPBACK.has(url.hostname))) return url;
  throw new CliError(
    `refusing to send the terminal token to ${url.protocol}//${url.host}: the connection must be wss:// (ws:// only to this machine)`,
    ExitCode.server,
  );
}

export async function run(spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<number> {
  const operation = spec.operation;
  const fields = spec.terminal;
  if (!operation || !fields) throw new Error(`${spec.path.join(' ')} is not a terminal command`);
  const global = globalOptions(args);
  const input = await operationInput(spec, args, inputSources(ctx));
  const project = mergeProject(
    global.project,
    roleValue(spec, args, 'project') as string | undefined,
    flagByRole(spec, 'project')?.name ?? 'project',
  );
  const session = await openSession(ctx, global, {
    project,
    needsProject: operation.projectScoped,
    needsToken: operation.auth,
  });
  const op = session.api.operations[operation.id];
  if (!op) throw new Error(`the SDK has no operation ${operation.id}`);
  const minted = (await session.client.request(op, splitParams(op, input.params, false), session.requestOptions())) as
    Record<string, unknown> | undefined;
  const token = minted?.[fields.tokenField];
  if (typeof token !== 'string' || token === '')
    throw new CliError(`the terminal token response has no "${fields.tokenField}"`, ExitCode.server);
  const url = terminalUrl(minted?.[fields.urlField]);
  const io: TerminalIO = {
    stdin: ctx.stdin as TerminalIO['stdin'],
    stdout: ctx.stdout,
    stderr: ctx.stderr,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  };
  return attachTerminal(url.href, token, io);
}
