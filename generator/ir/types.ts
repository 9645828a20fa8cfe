/**
 * The one normalized intermediate representation every target reads. Built once per contract by
 * ir/build.ts: parameters grouped by location with defaults filled in, every x-codegen-* extension
 * resolved into plain fields, schemas with their `$ref`s inlined, everything sorted. It names things in
 * the contract's own terms: identifiers, type names and cases of any one language are the emitters'.
 */
export type JsonSchema = Record<string, unknown>;
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
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
  /** components.schemas, each with `$ref`s inlined: what `schema <resource>` prints. */
  schemas: Record<string, JsonSchema>;
}

export interface ErrorEnvelopeIR {
  schemaName?: string;
  codeField: string;
  messageField: string;
  correlationIdField?: string;
  detailsField?: string;
  correlationIdResponseHeader?: string;
  correlationIdRequestHeader?: string;
}

export interface AuthIR {
  tokenFields: { accessToken: string; refreshToken?: string; expiresIn?: string };
  operations: Partial<Record<'passwordLogin' | 'refresh' | 'logout' | 'whoami' | 'oidcAuthorize' | 'oidcToken', string>>;
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
}

export interface BodyIR {
  mediaType: 'application/json' | 'application/x-www-form-urlencoded';
  required: boolean;
  schemaName?: string;
  schema: JsonSchema;
  fields: BodyFieldIR[];
  example?: unknown;
}

export interface ResponseIR {
  status: string;
  description: string;
  isError: boolean;
  schemaName?: string;
  schema?: JsonSchema;
  exampleNames: string[];
  headers: string[];
}

export type IdempotencyIR =
  | { kind: 'key'; header: string; required: boolean; keyLifetimeSeconds: number }
  | { kind: 'exempt'; reason: string; naturallyIdempotent: boolean };

export interface PaginationIR {
  cursorParam: string;
  pageSizeParam: string;
  itemsField: string;
  nextCursorField: string;
  defaultPageSize: number;
  maxPageSize: number;
  itemSchemaName?: string;
  itemSchema: JsonSchema;
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
  projectScoped: boolean;
  idempotency?: IdempotencyIR;
  /** May be repeated without another effect: GET/HEAD/PUT/DELETE, or the contract says so. */
  retrySafe: boolean;
  readOnly: boolean;
  destructive: boolean;
  pagination?: PaginationIR;
  waiters: WaiterIR[];
  wait?: WaitLinkIR;
  cli: { command: string[]; aliases: string[]; positionals: string[]; columns: string[]; confirm: boolean; hidden: boolean };
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
