// Copied verbatim from templates/cli/run/session.ts. DO NOT EDIT: change the template and regenerate.
/**
 * What a command that talks to the API needs, resolved once: the SDK binding, config and credentials,
 * the base URL, the project, a token provider, and a client with --debug, -H and --timeout applied.
 */
import {
  CliError,
  ExitCode,
  UsageError,
  envVar,
  formatExchange,
  loadContext,
  requireProject,
  type CliContext,
} from '../core/index.js';
import {
  StaticTokenProvider,
  type ApiClient,
  type ClientOptions,
  type RequestOptions,
  type TokenProvider,
} from '../sdk.js';
import { storedTokenProvider, type StoredCredentials } from './credentials.js';
import type { GlobalOptions } from './global.js';
import type { CliApi, RunContext } from './types.js';

export interface Session {
  api: CliApi;
  context: CliContext;
  baseUrl: string;
  client: ApiClient;
  tokenProvider?: TokenProvider;
  /** Set when the command is project-scoped, or when a project resolves anyway. */
  projectId?: string;
  /** Per call: -H headers (sent last, so they override), Ctrl-C. */
  requestOptions(extra?: RequestOptions): RequestOptions;
}

export interface SessionRequirements {
  /** The command's project flag value (`--project-id`), merged with `--project`. */
  project?: string;
  /** Fail with exit 13 when no project resolves. */
  needsProject?: boolean;
  /** Fail with exit 4 when there is no token. */
  needsToken?: boolean;
}

/** `--project` and the per-command project flag mean the same; given both, they must agree. */
export function mergeProject(
  global: string | undefined,
  command: string | undefined,
  commandFlag: string,
): string | undefined {
  if (global !== undefined && command !== undefined && global !== command) {
    throw new UsageError(`--project ${global} and --${commandFlag} ${command} disagree; pass one of them`);
  }
  return command ?? global;
}

/** Options every client the CLI makes shares: fetch (tests), --timeout, --max-response-size, --insecure, --debug. */
export function transportOptions(ctx: RunContext, global: GlobalOptions, baseUrl: string): ClientOptions {
  return {
    baseUrl,
    ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
    ...(global.timeoutMs ? { timeoutMs: global.timeoutMs } : {}),
    ...(global.maxResponseBytes ? { maxResponseBytes: global.maxResponseBytes } : {}),
    ...(global.insecure ? { allowInsecureHttp: true } : {}),
    ...(global.debug ? { onExchange: (exchange) => void ctx.stderr.write(formatExchange(exchange)) } : {}),
  };
}

export async function openSession(
  ctx: RunContext,
  global: GlobalOptions,
  needs: SessionRequirements = {},
): Promise<Session> {
  const { identity } = ctx;
  const api = await ctx.loadApi();
  const context = await loadContext({
    identity,
    flags: { project: needs.project, baseUrl: global.baseUrl },
    defaultBaseUrl: api.contract.defaultBaseUrl,
    env: ctx.env,
  });
  const baseUrl = context.baseUrl?.value ?? api.contract.defaultBaseUrl;
  const projectId = needs.needsProject
    ? requireProject(context, {
        identity,
        flag: 'project',
        ...(ctx.projectUseCommand ? { useCommand: ctx.projectUseCommand } : {}),
      })
    : context.project?.value;
  const transport = transportOptions(ctx, global, baseUrl);

  let tokenProvider: TokenProvider | undefined;
  if (context.token?.source === 'env') tokenProvider = new StaticTokenProvider(context.token.value);
  else if (context.token && context.credentials) {
    tokenProvider = storedTokenProvider({
      api,
      dir: context.dir,
      credentials: context.credentials as StoredCredentials,
      bin: identity.bin,
      client: transport,
    });
  }
  if (needs.needsToken && !tokenProvider) {
    throw new CliError(
      'not logged in',
      ExitCode.auth,
      `run \`${identity.bin} auth login\`, or set ${envVar(identity, 'TOKEN')}`,
    );
  }

  const client = api.createClient({
    ...transport,
    ...(tokenProvider ? { tokenProvider } : {}),
    ...(projectId ? { projectId } : {}),
  });
  return {
    api,
    context,
    baseUrl,
    client,
    ...(tokenProvider ? { tokenProvider } : {}),
    ...(projectId ? { projectId } : {}),
    requestOptions: (extra = {}) => ({
      ...(ctx.signal ? { signal: ctx.signal } : {}),
      ...extra,
      ...(Object.keys(global.headers).length ? { headers: { ...global.headers, ...extra.headers } } : {}),
    }),
  };
}
