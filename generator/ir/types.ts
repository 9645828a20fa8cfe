/**
 * The one normalized intermediate representation every target reads. Built once per contract by
 * ir/build.ts: parameters grouped by location with defaults filled in, every x-codegen-* extension
 * resolved into plain fields (and, where a contract has none, what the generator inferred, listed in
 * `inferred`), everything sorted. It names things in the contract's own terms: identifiers, type names and
 * cases of any one language are the emitters'.
 *
 * Schemas keep their references to components, always in one form, `{"$ref": "#/components/schemas/<Name>"}`
 * with the target in `ContractIR.schemas` (references elsewhere are inlined): inlining every reference would
 * make the IR grow with the product of nesting depth and sharing, which real contracts (recursive trees,
 * one `repository` schema inside hundreds of others) turn into gigabytes. Parameter and body-field schemas
 * are resolved at their top level (and their `items`), so their type, enum and default read directly; a
 * target that needs self-contained schemas inlines them with ir/schema.ts `inlineSchema`, under its limits.
 */
export type JsonSchema = Record<string, unknown>;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'TRACE';
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ContractIR {
  source: { file: string; sha256: string };
  title: string;
  version: string;
  description: string;
  defaultBaseUrl: string;
  errors: ErrorEnvelopeIR;
  project?: { header: string; cliFlag: string };
  auth?: AuthIR;
  operations: OperationIR[];
  /** components.schemas, by name; their references point into this map (see the module comment). */
  schemas: Record<string, JsonSchema>;
  /** What the generator inferred where the contract has no extension, for `generate --explain`. */
  inferred: InferenceIR[];
}

/** One inference: what was concluded about which operation (or the whole contract), from what. */
export interface InferenceIR {
  subject: 'operation-id' | 'parameter' | 'flag' | 'pagination' | 'idempotency' | 'errors' | 'mcp-tool';
  /** The operation it concerns; absent for the whole contract. */
  operationId?: string;
  detail: string;
}

export interface CredentialIR {
  in: 'header' | 'query';
  name: string;
  /** Put before the token, with a space (`Basic`). */
  prefix?: string;
}

export interface ErrorEnvelopeIR {
  schemaName?: string;
  /** Dotted field paths into the error body (`code`, `error.code`, `type` for RFC 9457 problem details). */
  codeField: string;
  messageField: string;
  /** Read when `messageField` is absent from a body (problem details: `detail`, else `title`). */
  messageFallbackField?: string;
  correlationIdField?: string;
  detailsField?: string;
  correlationIdResponseHeader?: string;
  correlationIdRequestHeader?: string;
}

export interface AuthIR {
  tokenFields: { accessToken: string; refreshToken?: string; expiresIn?: string };
  operations: Partial<
    Record<'passwordLogin' | 'refresh' | 'logout' | 'whoami' | 'oidcAuthorize' | 'oidcToken' | 'deviceAuthorize' | 'deviceToken', string>
  >;
}

export interface ParameterIR {
  name: string;
  location: ParameterLocation;
  required: boolean;
  description: string;
  schema: JsonSchema;
  default?: unknown;
  enum?: readonly (string | number | boolean)[];
  cliFlag: string;
}

export interface BodyFieldIR {
  name: string;
  required: boolean;
  description: string;
  schema: JsonSchema;
  default?: unknown;
  enum?: readonly (string | number | boolean)[];
  cliFlag: string;
  /** Scalar (or array of scalars): settable from a flag; anything else only through --body. */
  flaggable: boolean;
  /**
   * A file part of a multipart body (`format: binary`, `contentMediaType`, `contentEncoding`): bytes, not
   * text (`array` when the field takes several files). Set only in multipart bodies.
   */
  file?: 'single' | 'array';
}

/**
 * How a body goes on the wire: `json` (JSON text), `form` (application/x-www-form-urlencoded), `multipart`
 * (multipart/form-data: fields and file parts), `text` (a string as is: text/plain, text/x-markdown, …),
 * `binary` (bytes as is: application/octet-stream, image/png, …).
 */
export type BodyEncoding = 'json' | 'form' | 'multipart' | 'text' | 'binary';

export interface BodyIR {
  /** The media type sent as Content-Type, exactly as the contract names it (`application/vnd.api+json`). */
  mediaType: string;
  encoding: BodyEncoding;
  required: boolean;
  schemaName?: string;
  schema: JsonSchema;
  /** Properties of an object body (json, form, multipart), `allOf` members merged; empty otherwise. */
  fields: BodyFieldIR[];
  example?: unknown;
}

export interface ResponseIR {
  status: string;
  description: string;
  isError: boolean;
  /** The media type of its content (the JSON one when several are offered); absent when it has no content. */
  mediaType?: string;
  schemaName?: string;
  schema?: JsonSchema;
  exampleNames: string[];
  headers: string[];
}

export type IdempotencyIR =
  /** `keyLifetimeSeconds` is absent when inferred from a declared Idempotency-Key header. */
  | { kind: 'key'; header: string; required: boolean; keyLifetimeSeconds?: number }
  | { kind: 'exempt'; reason: string; naturallyIdempotent: boolean };

/**
 * How a listing goes from one page to the next. Every kind yields a continuation a client keeps as an opaque
 * string (its "cursor"), so `--cursor`, MCP's `cursor` argument and the SDK's `Page.nextCursor` work alike:
 * - `cursor`: the response's `nextCursorField` is sent back in query parameter `cursorParam`
 *   (`cursor`/`next_cursor`, `page_token`/`next_page_token`, …); the list ends when it is null or absent.
 * - `has-more`: the last item's `idField` is sent in `cursorParam` (`starting_after`) while the boolean
 *   `hasMoreField` (`has_more`) is true.
 * - `link`: the `Link` response header's `rel="next"` URL is requested as is (RFC 8288).
 * - `offset`: `offsetParam` advances by the items received (`offset`/`limit`); the list ends on an empty
 *   or short page.
 * - `page`: the page number `pageParam` advances by one (`page`/`per_page`); the list ends on an empty or
 *   short page.
 */
export type PaginationKind = 'cursor' | 'has-more' | 'link' | 'offset' | 'page';

export interface PaginationIR {
  kind: PaginationKind;
  /** The query parameter a continuation is sent in (cursor, has-more, offset, page); absent for link. */
  cursorParam?: string;
  /** Absent when the operation has no page-size parameter. */
  pageSizeParam?: string;
  /** Dotted path of the items array in the response; '' when the response is the array itself. */
  itemsField: string;
  /** cursor: dotted path of the next cursor in the response. */
  nextCursorField?: string;
  /** has-more: the boolean field saying another page follows. */
  hasMoreField?: string;
  /** has-more: the item field whose last value is the next cursor. */
  idField?: string;
  defaultPageSize?: number;
  maxPageSize?: number;
  itemSchemaName?: string;
  itemSchema: JsonSchema;
  /** From x-codegen-pagination (false: inferred from the parameter and field names). */
  declared: boolean;
}

export interface WaiterIR {
  name: string;
  description: string;
  field: string;
  success: string[];
  failure: string[];
  minDelaySeconds: number;
  maxDelaySeconds: number;
  maxWaitSeconds: number;
  /** The MCP tool that runs this waiter (when its operation is a tool). */
  mcpTool: string;
}

/** A default table column (x-codegen-cli.columns): which field, how soon it is dropped to fit, whether it wraps. */
export interface ColumnIR {
  /** Dotted field path of the result row. */
  field: string;
  /** Dropped first (highest first) when a table does not fit the terminal; default 1. */
  priority: number;
  /** Free text that may wrap rather than be dropped. */
  wrap: boolean;
}

export interface WaitLinkIR {
  operationId: string;
  waiter: string;
  /** Polled operation's parameter name -> runtime expression on this operation's exchange. */
  parameters: Record<string, string>;
}

export interface OperationIR {
  id: string;
  method: HttpMethod;
  path: string;
  summary: string;
  description: string;
  tags: string[];
  deprecated: boolean;
  /** Grouped by location; the project, idempotency and correlation headers are modelled separately. */
  parameters: Record<ParameterLocation, ParameterIR[]>;
  body?: BodyIR;
  responses: ResponseIR[];
  success?: ResponseIR;
  auth: boolean;
  /**
   * Where the token goes when it is not `Authorization: Bearer` (the default, also for OAuth 2 and OpenID
   * Connect): an API key header or query parameter, or HTTP basic (`Authorization: Basic <token>`).
   */
  credential?: CredentialIR;
  projectScoped: boolean;
  idempotency?: IdempotencyIR;
  /** May be repeated without another effect: GET/HEAD/PUT/DELETE, or the contract says so. */
  retrySafe: boolean;
  readOnly: boolean;
  destructive: boolean;
  pagination?: PaginationIR;
  waiters: WaiterIR[];
  wait?: WaitLinkIR;
  cli: {
    command: string[];
    aliases: string[];
    positionals: string[];
    columns: ColumnIR[];
    confirm: boolean;
    hidden: boolean;
    /** The operation mints a terminal token: the CLI command that opens the terminal, and the response fields it reads. */
    terminal?: { command: string[]; urlField: string; tokenField: string };
  };
  /**
   * Where the operation sits in every SDK, in language-neutral kebab-case words (`['shared-runtimes',
   * 'attachments']`, `'wait-until-active'`); each SDK target applies its own case (naming.ts).
   */
  sdk: { resource: string[]; method: string };
  /**
   * `description`: the contract's own words for a tool (x-codegen-mcp.description, else the summary and the
   * description), before any budget. `liveCredential`: the result is a secret that grants access.
   */
  mcp: { name: string; exclude?: string; description: string; liveCredential: boolean };
}
