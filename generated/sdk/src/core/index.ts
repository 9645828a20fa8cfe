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
  InvalidInputError,
  NotFoundError,
  PaginationError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
  UnexpectedResponseError,
  UnprocessableEntityError,
  WaiterError,
  WaiterStateError,
  WaiterTimeoutError,
  errorFromResponse,
  idempotencyNote,
  type ApiErrorInit,
  type InputProblem,
  type ErrorEnvelopeSpec,
  type WaiterErrorInit,
} from './errors.js';
export { toBlob, type Uploadable, type WithUploads } from './build-request.js';
export { readField } from './fields.js';
export type {
  BodyEncoding,
  HttpMethod,
  InputChecks,
  OperationSpec,
  PaginationKind,
  PaginationSpec,
  RequestInput,
  ResponseSpec,
  ValueCheck,
} from './operation.js';
export { checkBaseUrl, isLoopbackHost, redactUrl, setHeader, type UrlPolicy } from './policy.js';
export { DEFAULT_MAX_RESPONSE_BYTES } from './transport.js';
export { describeProblems, inputProblems, valueProblem } from './validate.js';
export { Page, PagePromise, collectItems, nextLink, type CursorTrail, type PageContext, type PageLoader } from './pagination.js';
export { splitParams, type FlatParams } from './params.js';
export { APIResource } from './resource.js';
export { DEFAULT_MAX_RETRIES } from './retry.js';
export { waitFor, type WaitOptions, type WaiterSpec } from './waiter.js';
