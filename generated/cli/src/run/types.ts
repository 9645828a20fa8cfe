// Copied verbatim from templates/cli/run/types.ts. DO NOT EDIT: change the template and regenerate.
/**
 * The shapes the generator emits for the CLI (one CommandSpec per command module, one CommandEntry per
 * command in the start-up table) and what the runtime hands every command when it runs.
 */
import type { CliIdentity, ColumnSpec } from '../core/index.js';
import type { ToolDefinition } from '../mcp.js';
import type {
  ApiClient,
  ClientOptions,
  ContractMeta,
  OperationSpec,
  TokenProvider,
  TokenSet,
  WaiterSpec,
} from '../sdk.js';

export type JsonSchema = Record<string, unknown>;
export type FlagType = 'string' | 'integer' | 'number' | 'boolean';

/** Flags the runtime acts on itself; it finds them by role, so their names are the generator's choice. */
export type FlagRole =
  | 'project'
  | 'body'
  | 'file'
  | 'all'
  | 'maxItems'
  | 'pageSize'
  | 'cursor'
  | 'idempotencyKey'
  | 'wait'
  | 'serverUrl'
  | 'secretStdin'
  | 'device';

export interface FlagSpec {
  /** As typed, without dashes: `scheduler-type`. */
  name: string;
  /** One-letter alias (`-o`). */
  alias?: string;
  /** The operation input the flag fills: a parameter or a body field, by its wire name. */
  target?: { in: 'path' | 'query' | 'header' | 'body'; name: string };
  role?: FlagRole;
  type: FlagType;
  /** Repeatable; the value is a list of `type`. */
  array?: boolean;
  /** A positional list (`explain <command...>`). */
  variadic?: boolean;
  required?: boolean;
  description: string;
  /** Allowed values, as strings (checked before any request). */
  enum?: readonly string[];
  /** Shown in help. Operation commands leave it to the server; builtins apply it. */
  default?: string | number | boolean;
  minimum?: number;
  maximum?: number;
  hidden?: boolean;
  /**
   * A secret (`format: password`): asked for with a hidden prompt on a terminal when it is required and
   * missing, or given without a value; never shown in examples.
   */
  secret?: boolean;
  /** On a `secretStdin` flag (`--password-stdin`): the secret flag it reads from stdin. */
  secretOf?: string;
  /** Only meaningful with this boolean flag (`--realm` of `auth login` with `--device`). */
  appliesWith?: string;
}

export interface WaitInfo {
  operationId: string;
  waiter: string;
  /** Polled operation's parameter -> runtime expression (`$response.body#/id`, `$request.path.org_id`). */
  parameters: Readonly<Record<string, string>>;
  /** What is waited on, for progress lines (`allocation`). */
  resource: string;
  success: readonly string[];
  failure: readonly string[];
  /** Columns of the polled operation: the final state is its result. */
  columns: readonly ColumnSpec[];
}

/** What an operation command sends and how the runtime treats it. */
export interface OperationInfo {
  id: string;
  method: string;
  path: string;
  auth: boolean;
  projectScoped: boolean;
  /**
   * `encoding` (default json): how `--body` is read: JSON (json, form, multipart), text or bytes as they
   * are (text, binary). `files`: the multipart fields that take a file (`--file name=@path`).
   */
  body?: { required: boolean; mediaType: string; encoding?: 'json' | 'form' | 'multipart' | 'text' | 'binary'; schema: JsonSchema; files?: readonly string[] };
  pagination?: { defaultPageSize?: number; maxPageSize?: number };
  /** Repeating the request cannot apply it twice (retry-safe method, or an idempotency key). */
  idempotent: boolean;
  /** The idempotency header, when the contract declares one. */
  idempotencyHeader?: string;
  confirm: boolean;
  /** What it prints: a list of items (paginated), one object, or nothing (no response body). */
  result: 'list' | 'object' | 'none';
  /** Table/CSV columns: dotted fields of the result or of each listed item. */
  columns: readonly ColumnSpec[];
  /** What a list holds, in words (`nodes`, `worker operations`): "No nodes found." */
  items?: string;
  /** Declared response statuses, for `explain`'s exit codes. */
  responses: readonly string[];
  wait?: WaitInfo;
}

/** Where the values of an id flag come from when the shell completes it. */
export type CompletionSource =
  | {
      /** The list command whose items hold them (`allocations list` for `--id` of `allocations release`). */
      command: readonly string[];
      /** Its flags that scope the list (`--org-id`), filled from this command line's flags of these names. */
      args: Readonly<Record<string, string>>;
      /** The field of an item that is the value, and the one that describes it. */
      value: string;
      label?: string;
    }
  | {
      /** No list has them: the values this parameter had in earlier successful commands. */
      recent: string;
    };

export interface CommandSpec {
  path: readonly string[];
  aliases: readonly string[];
  summary: string;
  description: string;
  hidden: boolean;
  deprecated: boolean;
  flags: readonly FlagSpec[];
  /** Flag names also accepted positionally, in order. */
  positionals: readonly string[];
  /** A complete invocation, e.g. `gpuaas nodes list --status available`. */
  example: string;
  /** Present on commands that send one contract operation. */
  operation?: OperationInfo;
  /** A terminal command: the fields of the token response it connects with. */
  terminal?: { urlField: string; tokenField: string };
  /** Id flags (and the global `--project`) the shell completes from the API, by flag name. */
  completions?: Readonly<Record<string, CompletionSource>>;
}

/** Parsed command line: flag name -> value, positional lists included. */
export type ParsedArgs = Readonly<Record<string, unknown>>;

export interface CommandModule {
  spec: CommandSpec;
  /** Resolves to the exit code, or nothing for 0. */
  run(args: ParsedArgs, ctx: RunContext): Promise<number | void>;
}

/** One row of the start-up table: enough to list the command in help and to load it on demand. */
export interface CommandEntry {
  path: readonly string[];
  describe: string;
  aliases: readonly string[];
  hidden: boolean;
  load(): Promise<CommandModule>;
}

export type AuthRole =
  'passwordLogin' | 'refresh' | 'logout' | 'whoami' | 'oidcAuthorize' | 'oidcToken' | 'deviceAuthorize' | 'deviceToken';

export interface TokenFields {
  accessToken: string;
  refreshToken?: string;
  expiresIn?: string;
}

/** The generated SDK as the CLI runtime needs it (src/api.ts binds it). */
export interface CliApi {
  contract: ContractMeta;
  operations: Readonly<Record<string, OperationSpec>>;
  waiters: Readonly<Record<string, Readonly<Record<string, WaiterSpec>>>>;
  createClient(options: ClientOptions): ApiClient;
  /**
   * The SDK's refreshing provider over the contract's refresh operation, when there is one. The SDK
   * passes the client options on to the client that refreshes, so --debug shows those exchanges too.
   */
  refreshingTokenProvider?(
    tokens: { accessToken: string; refreshToken?: string; expiresAt?: number },
    options: Pick<ClientOptions, 'baseUrl' | 'fetch' | 'timeoutMs' | 'onExchange' | 'allowInsecureHttp' | 'maxResponseBytes'> & {
      onRefresh?: (tokens: TokenSet) => void | Promise<void>;
    },
  ): TokenProvider;
  auth: { tokenFields: TokenFields; operations: Readonly<Partial<Record<AuthRole, string>>> };
  /** A separate OpenID provider contract whose token endpoint takes the password and refresh grants. */
  identityProvider?: {
    name: string;
    defaultBaseUrl: string;
    createClient(options: ClientOptions): ApiClient;
    operation: OperationSpec;
    tokenFields: TokenFields;
    /** Its device authorization grant (RFC 8628), when it declares one: `auth login --device`. */
    device?: { authorize: OperationSpec; token: OperationSpec };
  };
}

/** The generated MCP package, as `mcp list-tools` / `mcp serve` need it. */
export interface McpBinding {
  tools: readonly ToolDefinition[];
  serverInfo: { name: string; version: string };
}

export interface RunContext {
  identity: CliIdentity;
  /**
   * How this CLI was started: the Node binary and the script, resolved (`npx` runs it from a cache that
   * is not on PATH). Completion scripts call it, so they work however the CLI was installed.
   */
  entry?: readonly string[];
  commands: readonly CommandEntry[];
  /** The arguments as typed (after the binary): what a failed keyed mutation's repeat command is built from. */
  argv?: readonly string[];
  loadApi(): Promise<CliApi>;
  loadMcp(): Promise<McpBinding>;
  /**
   * components.schemas of the contract, `$ref`s inlined, and which schema each command group reads, by
   * the names a user types for it (`allocations` -> `Allocation`).
   */
  loadSchemas(): Promise<{
    schemas: Readonly<Record<string, JsonSchema>>;
    resources: Readonly<Record<string, string>>;
  }>;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  tty: { stdin: boolean; stdout: boolean; stderr: boolean };
  /** Terminal width for tables, when stdout is one. */
  columns?: number;
  /** Replaces the SDK's fetch (tests). */
  fetch?: typeof fetch;
  /** Waits between polls of a device login (tests replace it, to see the waits without spending them). */
  sleep?(ms: number): Promise<void>;
  /** Opens a URL in the user's browser (tests replace it). */
  openBrowser?(url: string): Promise<void>;
  /** How to choose a project, for the hint when none is set: `projects use --id <id>`. */
  projectUseCommand?: string;
  /** Cancels in-flight requests and waits (Ctrl-C). */
  signal?: AbortSignal;
}
