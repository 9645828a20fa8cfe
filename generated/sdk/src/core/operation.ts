// Copied verbatim from templates/sdk/core/operation.ts. DO NOT EDIT: change the template and regenerate.
/**
 * The static description the generator emits for each operation. The runtime reads only this,
 * so generated resource classes carry per-operation shape and nothing else.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS' | 'TRACE';

/**
 * How a listing reaches its next page (see Page): every kind gives an opaque continuation string.
 * - cursor: the response's `nextCursorField` goes back in query `cursorParam`;
 * - has-more: the last item's `idField` goes in `cursorParam` while `hasMoreField` is true;
 * - link: the `Link` header's rel="next" URL is requested;
 * - offset: `cursorParam` advances by the items received; page: `cursorParam` advances by one.
 */
export type PaginationKind = 'cursor' | 'has-more' | 'link' | 'offset' | 'page';

export interface PaginationSpec {
  kind?: PaginationKind;
  cursorParam?: string;
  pageSizeParam?: string;
  /** Dotted path of the items array; '' when the response body is the array. */
  itemsField: string;
  nextCursorField?: string;
  hasMoreField?: string;
  idField?: string;
  /** Page size when none is sent: a shorter page is the last (offset, page). */
  defaultPageSize?: number;
}

/** How the body goes on the wire: JSON text, a form, multipart parts, text or bytes as they are. */
export type BodyEncoding = 'json' | 'form' | 'multipart' | 'text' | 'binary';

/** The contract's constraints on one input value (JSON Schema keywords of the same names). */
export interface ValueCheck {
  /** JSON types allowed (`integer` also passes `number`), `null` included when nullable. */
  type?: readonly string[];
  enum?: readonly unknown[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  /** Each element of an array value. */
  items?: ValueCheck;
}

/** Per input location, the checks of each named input; `body.object`: the body must be a JSON object. */
export interface InputChecks {
  path?: Readonly<Record<string, ValueCheck>>;
  query?: Readonly<Record<string, ValueCheck>>;
  header?: Readonly<Record<string, ValueCheck>>;
  body?: { object?: boolean; fields?: Readonly<Record<string, ValueCheck>> };
}

/**
 * A declared 2xx or 3xx response: `body` absent when it has no content; `type`, the JSON types its schema
 * allows at the root (absent: any).
 */
export interface ResponseSpec {
  body?: 'json' | 'text' | 'binary';
  type?: readonly string[];
}

export interface OperationSpec {
  /** operationId */
  id: string;
  method: HttpMethod;
  /** Path template, e.g. '/api/v1/allocations/{allocation_id}'. */
  path: string;
  pathParams: readonly string[];
  /** Query parameter names. */
  query: readonly string[];
  /** Other header parameters the caller may pass (not project, idempotency or correlation headers). */
  headers: readonly string[];
  body?: { mediaType: string; encoding?: BodyEncoding; required: boolean };
  /** Send the token: as `Authorization: Bearer`, unless `credential` says where else. */
  auth: boolean;
  /** An API key header or query parameter, or HTTP basic (`prefix: 'Basic'`). */
  credential?: { in: 'header' | 'query'; name: string; prefix?: string };
  /** Project header name when the operation is project-scoped. */
  projectHeader?: string;
  /** The contract asks for an idempotency key: one is sent on every call. */
  idempotency?: { header: string; required: boolean };
  /** Repeating the request has no further effect (GET/PUT/DELETE or declared naturally idempotent). */
  retrySafe: boolean;
  pagination?: PaginationSpec;
  /** Declared 2xx and 3xx responses by status (`200`, `2XX`); a 3xx not listed is an error, never followed. */
  responses?: Readonly<Record<string, ResponseSpec>>;
  /** Constraints checked before sending: always by the CLI and MCP server, by the SDK with `strict`. */
  checks?: InputChecks;
}

export interface RequestInput {
  /** An absolute URL replacing path and query (a Link header's next page); it must be on the client's base URL. */
  url?: string;
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
  headers?: Record<string, string | undefined>;
  body?: unknown;
  /** Overrides the client's projectId for this call. */
  projectId?: string;
}
