/**
 * The static description the generator emits for each operation. The runtime reads only this,
 * so generated resource classes carry per-operation shape and nothing else.
 */

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface PaginationSpec {
  cursorParam: string;
  pageSizeParam: string;
  itemsField: string;
  nextCursorField: string;
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
  body?: { mediaType: 'application/json' | 'application/x-www-form-urlencoded'; required: boolean };
  /** Send the bearer token. */
  auth: boolean;
  /** Project header name when the operation is project-scoped. */
  projectHeader?: string;
  /** The contract asks for an idempotency key: one is sent on every call. */
  idempotency?: { header: string; required: boolean };
  /** Repeating the request has no further effect (GET/PUT/DELETE or declared naturally idempotent). */
  retrySafe: boolean;
  pagination?: PaginationSpec;
}

export interface RequestInput {
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
  headers?: Record<string, string | undefined>;
  body?: unknown;
  /** Overrides the client's projectId for this call. */
  projectId?: string;
}
