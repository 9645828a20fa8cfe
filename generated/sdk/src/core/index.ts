// Copied verbatim from templates/sdk/core/index.ts. DO NOT EDIT: change the template and regenerate.
// The public runtime API; generated code and the CLI import from here.
export { APIPromise, type WithResponse } from './api-promise.js';
export {
  RefreshingTokenProvider,
  StaticTokenProvider,
  type RefreshResult,
  type RefreshingTokenProviderOptions,
  type TokenProvider,
  type TokenSet,
} from './auth.js';
export {
  ApiClient,
  DEFAULT_TIMEOUT_MS,
  type ClientOptions,
  type ContractMeta,
  type HttpExchange,
  type RequestOptions,
} from './client.js';
export {
  AbortError,
  ApiError,
  ApiStatusError,
  AuthenticationError,
  BadRequestError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  InternalServerError,
  NotFoundError,
  PaginationError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  TimeoutError,
  UnprocessableEntityError,
  WaiterError,
  WaiterStateError,
  WaiterTimeoutError,
  errorFromResponse,
  type ApiErrorInit,
  type ErrorEnvelopeSpec,
  type WaiterErrorInit,
} from './errors.js';
export { toBlob, type Uploadable, type WithUploads } from './build-request.js';
export { readField } from './fields.js';
export type { BodyEncoding, HttpMethod, OperationSpec, PaginationKind, PaginationSpec, RequestInput } from './operation.js';
export { Page, PagePromise, collectItems, nextLink, type PageContext, type PageLoader } from './pagination.js';
export { splitParams, type FlatParams } from './params.js';
export { APIResource } from './resource.js';
export { DEFAULT_MAX_RETRIES } from './retry.js';
export { waitFor, type WaitOptions, type WaiterSpec } from './waiter.js';
