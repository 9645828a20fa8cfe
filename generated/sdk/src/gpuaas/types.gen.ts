// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
export type ClientOptions = {
    baseUrl: 'http://127.0.0.1:4010' | (string & {});
};

/**
 * Canonical error envelope of every 4xx/5xx response.
 */
export type Error = {
    /**
     * Stable machine-readable error code (e.g. token_expired, slug_taken). Clients never rewrite it.
     */
    code: string;
    /**
     * Human-readable explanation.
     */
    message: string;
    /**
     * Id of the request across services; quote it to support. Also in the X-Correlation-ID header.
     */
    correlation_id: string;
    /**
     * Optional structured context (offending field, limits, current state, ...).
     */
    details?: {
        [key: string]: unknown;
    };
};

export type PersonalLoginRequest = {
    username: string;
    password: string;
};

export type RefreshTokenRequest = {
    refresh_token: string;
};

export type LogoutRequest = {
    /**
     * Refresh token of the session to end.
     */
    refresh_token: string;
};

export type OidcTokenExchangeRequest = {
    /**
     * Authorization code delivered to redirect_uri.
     */
    code: string;
    /**
     * PKCE code verifier (RFC 7636).
     */
    code_verifier: string;
    /**
     * The same loopback redirect_uri sent to oidcAuthorize.
     */
    redirect_uri: string;
};

export type TokenPair = {
    /**
     * JWT to send as `Authorization: Bearer <access_token>`.
     */
    access_token: string;
    /**
     * Opaque token for refreshToken; rotates on every use.
     */
    refresh_token: string;
    token_type: 'Bearer';
    /**
     * Seconds until the access token expires.
     */
    expires_in: number;
};

export type User = {
    id: string;
    email: string;
    display_name: string;
    tenant_id: string;
    roles: Array<string>;
    /**
     * Project used when no project is given explicitly on the client side; null when none is chosen.
     */
    active_project_id: string | null;
};

export type Sku = {
    id: string;
    name: string;
    gpu_model: string;
    gpu_count: number;
    vcpus: number;
    memory_gib: number;
    hourly_price: Decimal;
    currency: Currency;
    /**
     * Units of this SKU that can be allocated now.
     */
    available: number;
};

export type SkuPage = {
    items: Array<Sku>;
    next_cursor: NextCursor;
};

export type NodeStatus = 'available' | 'allocated' | 'maintenance' | 'offline';

export type Node = {
    id: string;
    hostname: string;
    sku_id: string;
    region: string;
    status: NodeStatus;
    gpu_model: string;
    gpu_count: number;
};

export type NodePage = {
    items: Array<Node>;
    next_cursor: NextCursor;
};

export type Project = {
    id: string;
    name: string;
    slug: string;
    created_at: string;
};

export type ProjectPage = {
    items: Array<Project>;
    next_cursor: NextCursor;
};

export type CreateProjectRequest = {
    name: string;
    /**
     * URL-safe unique name; derived from name when omitted.
     */
    slug?: string;
};

export type SchedulerType = 'bare_metal' | 'slurm' | 'k8s' | 'ray';

export type AllocationStatus = 'pending' | 'provisioning' | 'active' | 'releasing' | 'released' | 'failed';

export type Allocation = {
    id: string;
    project_id: string;
    scheduler_type: SchedulerType;
    /**
     * Node the allocation runs on; null until placed.
     */
    node_id: string | null;
    sku_id: string;
    status: AllocationStatus;
    created_at: string;
    updated_at: string;
    /**
     * Why the allocation failed; null unless status is failed.
     */
    failure_reason: string | null;
};

export type AllocationPage = {
    items: Array<Allocation>;
    next_cursor: NextCursor;
};

export type CreateAllocationRequest = {
    scheduler_type?: SchedulerType;
    /**
     * Pin the allocation to this node.
     */
    node_id?: string;
    /**
     * SKU to allocate; any available SKU when omitted.
     */
    sku_id?: string;
};

export type TerminalToken = {
    /**
     * Short-lived secret; send it over the WebSocket, never in a URL.
     */
    token: string;
    /**
     * WebSocket endpoint of the terminal (carries no credential).
     */
    websocket_url: string;
    expires_at: string;
};

export type BillingBalance = {
    balance: Decimal;
    currency: Currency;
    credit_limit: Decimal;
    updated_at: string;
};

export type SharedRuntimeStatus = 'provisioning' | 'ready' | 'degraded' | 'deleting' | 'failed';

export type SharedRuntime = {
    id: string;
    org_id: string;
    name: string;
    sku_id: string;
    /**
     * Container image the workers run.
     */
    image: string;
    min_workers: number;
    max_workers: number;
    ready_workers: number;
    status: SharedRuntimeStatus;
    created_at: string;
    updated_at: string;
};

export type SharedRuntimePage = {
    items: Array<SharedRuntime>;
    next_cursor: NextCursor;
};

export type CreateSharedRuntimeRequest = {
    name: string;
    sku_id: string;
    min_workers: number;
    max_workers: number;
    /**
     * Container image reference, e.g. vllm/vllm-openai:v0.5.0.
     */
    image: string;
};

export type SharedRuntimeAttachment = {
    id: string;
    runtime_id: string;
    project_id: string;
    name: string;
    created_at: string;
};

export type SharedRuntimeAttachmentPage = {
    items: Array<SharedRuntimeAttachment>;
    next_cursor: NextCursor;
};

export type CreateSharedRuntimeAttachmentRequest = {
    /**
     * Project to attach (not the caller's X-Project-ID; this operation is org-scoped).
     */
    project_id: string;
    name: string;
};

export type SharedRuntimeWorkerStatus = 'starting' | 'ready' | 'draining' | 'stopped' | 'failed';

export type SharedRuntimeWorker = {
    id: string;
    runtime_id: string;
    node_id: string;
    status: SharedRuntimeWorkerStatus;
    started_at: string;
};

export type SharedRuntimeWorkerPage = {
    items: Array<SharedRuntimeWorker>;
    next_cursor: NextCursor;
};

export type WorkerOperationType = 'restart' | 'drain' | 'cordon' | 'uncordon';

export type WorkerOperationStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export type SharedRuntimeWorkerOperation = {
    id: string;
    worker_id: string;
    operation: WorkerOperationType;
    status: WorkerOperationStatus;
    created_at: string;
    /**
     * null until the operation has finished.
     */
    finished_at: string | null;
    /**
     * Why the operation failed; null unless status is failed.
     */
    error: string | null;
};

export type SharedRuntimeWorkerOperationPage = {
    items: Array<SharedRuntimeWorkerOperation>;
    next_cursor: NextCursor;
};

export type CreateSharedRuntimeWorkerOperationRequest = {
    worker_id: string;
    operation: WorkerOperationType;
};

/**
 * Cursor of the next page; null on the last page.
 */
export type NextCursor = string | null;

/**
 * Decimal amount as a string (no floating point), e.g. "23.92".
 */
export type Decimal = string;

/**
 * ISO 4217 currency code.
 */
export type Currency = string;

/**
 * Project the request acts in. Required; the server applies no default project.
 */
export type ProjectId = string;

/**
 * Unique key (a UUID is recommended) for this logical request. A repeat with the same key
 * within 24 hours replays the first response instead of acting again.
 *
 */
export type IdempotencyKey = string;

/**
 * Opaque cursor from the previous page's next_cursor; omit for the first page.
 */
export type Cursor = string;

/**
 * Maximum number of items per page.
 */
export type PageSize = number;

/**
 * Project id.
 */
export type ProjectIdPath = string;

/**
 * Allocation id.
 */
export type AllocationId = string;

/**
 * Organization id.
 */
export type OrgId = string;

/**
 * Shared runtime id.
 */
export type RuntimeId = string;

/**
 * Attachment id.
 */
export type AttachmentId = string;

/**
 * Worker id.
 */
export type WorkerId = string;

/**
 * Worker operation id.
 */
export type OperationId = string;

export type PersonalLoginData = {
    body: PersonalLoginRequest;
    path?: never;
    query?: never;
    url: '/api/v1/auth/personal/login';
};

export type PersonalLoginErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * The username or password is wrong.
     */
    401: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type PersonalLoginError = PersonalLoginErrors[keyof PersonalLoginErrors];

export type PersonalLoginResponses = {
    /**
     * Logged in; a new token pair.
     */
    200: TokenPair;
};

export type PersonalLoginResponse = PersonalLoginResponses[keyof PersonalLoginResponses];

export type RefreshTokenData = {
    body: RefreshTokenRequest;
    path?: never;
    query?: never;
    url: '/api/v1/auth/token/refresh';
};

export type RefreshTokenErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * The refresh token has expired or was revoked; log in again.
     */
    401: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type RefreshTokenError = RefreshTokenErrors[keyof RefreshTokenErrors];

export type RefreshTokenResponses = {
    /**
     * A new token pair; the refresh token sent is no longer valid.
     */
    200: TokenPair;
};

export type RefreshTokenResponse = RefreshTokenResponses[keyof RefreshTokenResponses];

export type OidcAuthorizeData = {
    body?: never;
    path?: never;
    query: {
        /**
         * Identity provider to log in with.
         */
        provider: 'huggingface' | 'github' | 'google';
        /**
         * Tenant slug to preselect when the identity belongs to several tenants.
         */
        tenant_hint?: string;
        /**
         * Email address to prefill at the identity provider.
         */
        identity_hint?: string;
        /**
         * PKCE code challenge, BASE64URL(SHA256(code_verifier)) without padding.
         */
        code_challenge: string;
        /**
         * PKCE method; only S256 is accepted.
         */
        code_challenge_method?: 'S256';
        /**
         * Opaque value echoed back to redirect_uri; the CLI checks it to prevent CSRF.
         */
        state: string;
        /**
         * Loopback callback of the CLI, `http://127.0.0.1:<port>/callback`.
         */
        redirect_uri: string;
    };
    url: '/api/v1/auth/oidc/authorize';
};

export type OidcAuthorizeErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type OidcAuthorizeError = OidcAuthorizeErrors[keyof OidcAuthorizeErrors];

export type OidcTokenExchangeData = {
    body: OidcTokenExchangeRequest;
    path?: never;
    query?: never;
    url: '/api/v1/auth/oidc/token';
};

export type OidcTokenExchangeErrors = {
    /**
     * The authorization code or PKCE verifier was rejected.
     */
    400: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type OidcTokenExchangeError = OidcTokenExchangeErrors[keyof OidcTokenExchangeErrors];

export type OidcTokenExchangeResponses = {
    /**
     * Logged in; a new token pair.
     */
    200: TokenPair;
};

export type OidcTokenExchangeResponse = OidcTokenExchangeResponses[keyof OidcTokenExchangeResponses];

export type LogoutData = {
    body: LogoutRequest;
    path?: never;
    query?: never;
    url: '/api/v1/auth/logout';
};

export type LogoutErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type LogoutError = LogoutErrors[keyof LogoutErrors];

export type LogoutResponses = {
    /**
     * Session ended (also when it was already ended).
     */
    204: void;
};

export type LogoutResponse = LogoutResponses[keyof LogoutResponses];

export type WhoamiData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/v1/auth/whoami';
};

export type WhoamiErrors = {
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type WhoamiError = WhoamiErrors[keyof WhoamiErrors];

export type WhoamiResponses = {
    /**
     * The current user.
     */
    200: User;
};

export type WhoamiResponse = WhoamiResponses[keyof WhoamiResponses];

export type ListCatalogSkusData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque cursor from the previous page's next_cursor; omit for the first page.
         */
        cursor?: string;
        /**
         * Maximum number of items per page.
         */
        page_size?: number;
    };
    url: '/api/v1/catalog/skus';
};

export type ListCatalogSkusErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type ListCatalogSkusError = ListCatalogSkusErrors[keyof ListCatalogSkusErrors];

export type ListCatalogSkusResponses = {
    /**
     * A page of SKUs.
     */
    200: SkuPage;
};

export type ListCatalogSkusResponse = ListCatalogSkusResponses[keyof ListCatalogSkusResponses];

export type ListNodesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Only nodes in this state.
         */
        status?: NodeStatus;
        /**
         * Opaque cursor from the previous page's next_cursor; omit for the first page.
         */
        cursor?: string;
        /**
         * Maximum number of items per page.
         */
        page_size?: number;
    };
    url: '/api/v1/nodes';
};

export type ListNodesErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type ListNodesError = ListNodesErrors[keyof ListNodesErrors];

export type ListNodesResponses = {
    /**
     * A page of nodes.
     */
    200: NodePage;
};

export type ListNodesResponse = ListNodesResponses[keyof ListNodesResponses];

export type ListProjectsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque cursor from the previous page's next_cursor; omit for the first page.
         */
        cursor?: string;
        /**
         * Maximum number of items per page.
         */
        page_size?: number;
    };
    url: '/api/v1/projects';
};

export type ListProjectsErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type ListProjectsError = ListProjectsErrors[keyof ListProjectsErrors];

export type ListProjectsResponses = {
    /**
     * A page of projects.
     */
    200: ProjectPage;
};

export type ListProjectsResponse = ListProjectsResponses[keyof ListProjectsResponses];

export type CreateProjectData = {
    body: CreateProjectRequest;
    headers?: {
        /**
         * Unique key (a UUID is recommended) for this logical request. A repeat with the same key
         * within 24 hours replays the first response instead of acting again.
         *
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v1/projects';
};

export type CreateProjectErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * Another project in the tenant already uses this slug.
     */
    409: Error;
    /**
     * The request is well-formed but semantically invalid.
     */
    422: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type CreateProjectError = CreateProjectErrors[keyof CreateProjectErrors];

export type CreateProjectResponses = {
    /**
     * The project was created.
     */
    201: Project;
};

export type CreateProjectResponse = CreateProjectResponses[keyof CreateProjectResponses];

export type GetProjectData = {
    body?: never;
    path: {
        /**
         * Project id.
         */
        project_id: string;
    };
    query?: never;
    url: '/api/v1/projects/{project_id}';
};

export type GetProjectErrors = {
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type GetProjectError = GetProjectErrors[keyof GetProjectErrors];

export type GetProjectResponses = {
    /**
     * The project.
     */
    200: Project;
};

export type GetProjectResponse = GetProjectResponses[keyof GetProjectResponses];

export type ListAllocationsData = {
    body?: never;
    headers: {
        /**
         * Project the request acts in. Required; the server applies no default project.
         */
        'X-Project-ID': string;
    };
    path?: never;
    query?: {
        /**
         * Only allocations in this state.
         */
        status?: AllocationStatus;
        /**
         * Opaque cursor from the previous page's next_cursor; omit for the first page.
         */
        cursor?: string;
        /**
         * Maximum number of items per page.
         */
        page_size?: number;
    };
    url: '/api/v1/allocations';
};

export type ListAllocationsErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type ListAllocationsError = ListAllocationsErrors[keyof ListAllocationsErrors];

export type ListAllocationsResponses = {
    /**
     * A page of allocations.
     */
    200: AllocationPage;
};

export type ListAllocationsResponse = ListAllocationsResponses[keyof ListAllocationsResponses];

export type CreateAllocationData = {
    /**
     * All fields are optional; an empty body or `{}` requests a bare-metal allocation of any available SKU.
     */
    body?: CreateAllocationRequest;
    headers: {
        /**
         * Project the request acts in. Required; the server applies no default project.
         */
        'X-Project-ID': string;
        /**
         * Unique key (a UUID is recommended) for this logical request. A repeat with the same key
         * within 24 hours replays the first response instead of acting again.
         *
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/api/v1/allocations';
};

export type CreateAllocationErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The balance (plus credit limit) does not cover the request.
     */
    402: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The requested node or SKU cannot be allocated right now.
     */
    409: Error;
    /**
     * The request is well-formed but semantically invalid.
     */
    422: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type CreateAllocationError = CreateAllocationErrors[keyof CreateAllocationErrors];

export type CreateAllocationResponses = {
    /**
     * Accepted; the allocation is pending.
     */
    202: Allocation;
};

export type CreateAllocationResponse = CreateAllocationResponses[keyof CreateAllocationResponses];

export type GetAllocationData = {
    body?: never;
    headers: {
        /**
         * Project the request acts in. Required; the server applies no default project.
         */
        'X-Project-ID': string;
    };
    path: {
        /**
         * Allocation id.
         */
        allocation_id: string;
    };
    query?: never;
    url: '/api/v1/allocations/{allocation_id}';
};

export type GetAllocationErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type GetAllocationError = GetAllocationErrors[keyof GetAllocationErrors];

export type GetAllocationResponses = {
    /**
     * The allocation.
     */
    200: Allocation;
};

export type GetAllocationResponse = GetAllocationResponses[keyof GetAllocationResponses];

export type ReleaseAllocationData = {
    body?: never;
    headers: {
        /**
         * Project the request acts in. Required; the server applies no default project.
         */
        'X-Project-ID': string;
        /**
         * Unique key (a UUID is recommended) for this logical request. A repeat with the same key
         * within 24 hours replays the first response instead of acting again.
         *
         */
        'Idempotency-Key'?: string;
    };
    path: {
        /**
         * Allocation id.
         */
        allocation_id: string;
    };
    query?: never;
    url: '/api/v1/allocations/{allocation_id}/release';
};

export type ReleaseAllocationErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * The allocation has already been released.
     */
    409: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type ReleaseAllocationError = ReleaseAllocationErrors[keyof ReleaseAllocationErrors];

export type ReleaseAllocationResponses = {
    /**
     * Accepted; the allocation is releasing.
     */
    202: Allocation;
};

export type ReleaseAllocationResponse = ReleaseAllocationResponses[keyof ReleaseAllocationResponses];

export type CreateTerminalTokenData = {
    body?: never;
    headers: {
        /**
         * Project the request acts in. Required; the server applies no default project.
         */
        'X-Project-ID': string;
    };
    path: {
        /**
         * Allocation id.
         */
        allocation_id: string;
    };
    query?: never;
    url: '/api/v1/allocations/{allocation_id}/terminal-token';
};

export type CreateTerminalTokenErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * A terminal needs an active allocation.
     */
    409: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type CreateTerminalTokenError = CreateTerminalTokenErrors[keyof CreateTerminalTokenErrors];

export type CreateTerminalTokenResponses = {
    /**
     * A new terminal token.
     */
    201: TerminalToken;
};

export type CreateTerminalTokenResponse = CreateTerminalTokenResponses[keyof CreateTerminalTokenResponses];

export type GetBillingBalanceData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/api/v1/billing/balance';
};

export type GetBillingBalanceErrors = {
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type GetBillingBalanceError = GetBillingBalanceErrors[keyof GetBillingBalanceErrors];

export type GetBillingBalanceResponses = {
    /**
     * The current balance.
     */
    200: BillingBalance;
};

export type GetBillingBalanceResponse = GetBillingBalanceResponses[keyof GetBillingBalanceResponses];

export type ListSharedRuntimesData = {
    body?: never;
    path: {
        /**
         * Organization id.
         */
        org_id: string;
    };
    query?: {
        /**
         * Opaque cursor from the previous page's next_cursor; omit for the first page.
         */
        cursor?: string;
        /**
         * Maximum number of items per page.
         */
        page_size?: number;
    };
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes';
};

export type ListSharedRuntimesErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type ListSharedRuntimesError = ListSharedRuntimesErrors[keyof ListSharedRuntimesErrors];

export type ListSharedRuntimesResponses = {
    /**
     * A page of shared runtimes.
     */
    200: SharedRuntimePage;
};

export type ListSharedRuntimesResponse = ListSharedRuntimesResponses[keyof ListSharedRuntimesResponses];

export type CreateSharedRuntimeData = {
    body: CreateSharedRuntimeRequest;
    headers?: {
        /**
         * Unique key (a UUID is recommended) for this logical request. A repeat with the same key
         * within 24 hours replays the first response instead of acting again.
         *
         */
        'Idempotency-Key'?: string;
    };
    path: {
        /**
         * Organization id.
         */
        org_id: string;
    };
    query?: never;
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes';
};

export type CreateSharedRuntimeErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * The request conflicts with the current state of the resource.
     */
    409: Error;
    /**
     * The request is well-formed but semantically invalid.
     */
    422: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type CreateSharedRuntimeError = CreateSharedRuntimeErrors[keyof CreateSharedRuntimeErrors];

export type CreateSharedRuntimeResponses = {
    /**
     * Accepted; the runtime is provisioning.
     */
    202: SharedRuntime;
};

export type CreateSharedRuntimeResponse = CreateSharedRuntimeResponses[keyof CreateSharedRuntimeResponses];

export type DeleteSharedRuntimeData = {
    body?: never;
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
    };
    query?: never;
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}';
};

export type DeleteSharedRuntimeErrors = {
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * The runtime still has project attachments; detach them first.
     */
    409: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type DeleteSharedRuntimeError = DeleteSharedRuntimeErrors[keyof DeleteSharedRuntimeErrors];

export type DeleteSharedRuntimeResponses = {
    /**
     * Accepted; the runtime is deleting.
     */
    202: SharedRuntime;
};

export type DeleteSharedRuntimeResponse = DeleteSharedRuntimeResponses[keyof DeleteSharedRuntimeResponses];

export type GetSharedRuntimeData = {
    body?: never;
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
    };
    query?: never;
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}';
};

export type GetSharedRuntimeErrors = {
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type GetSharedRuntimeError = GetSharedRuntimeErrors[keyof GetSharedRuntimeErrors];

export type GetSharedRuntimeResponses = {
    /**
     * The shared runtime.
     */
    200: SharedRuntime;
};

export type GetSharedRuntimeResponse = GetSharedRuntimeResponses[keyof GetSharedRuntimeResponses];

export type ListSharedRuntimeAttachmentsData = {
    body?: never;
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
    };
    query?: {
        /**
         * Opaque cursor from the previous page's next_cursor; omit for the first page.
         */
        cursor?: string;
        /**
         * Maximum number of items per page.
         */
        page_size?: number;
    };
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments';
};

export type ListSharedRuntimeAttachmentsErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type ListSharedRuntimeAttachmentsError = ListSharedRuntimeAttachmentsErrors[keyof ListSharedRuntimeAttachmentsErrors];

export type ListSharedRuntimeAttachmentsResponses = {
    /**
     * A page of attachments.
     */
    200: SharedRuntimeAttachmentPage;
};

export type ListSharedRuntimeAttachmentsResponse = ListSharedRuntimeAttachmentsResponses[keyof ListSharedRuntimeAttachmentsResponses];

export type CreateSharedRuntimeAttachmentData = {
    body: CreateSharedRuntimeAttachmentRequest;
    headers?: {
        /**
         * Unique key (a UUID is recommended) for this logical request. A repeat with the same key
         * within 24 hours replays the first response instead of acting again.
         *
         */
        'Idempotency-Key'?: string;
    };
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
    };
    query?: never;
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments';
};

export type CreateSharedRuntimeAttachmentErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * The request conflicts with the current state of the resource.
     */
    409: Error;
    /**
     * The request is well-formed but semantically invalid.
     */
    422: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type CreateSharedRuntimeAttachmentError = CreateSharedRuntimeAttachmentErrors[keyof CreateSharedRuntimeAttachmentErrors];

export type CreateSharedRuntimeAttachmentResponses = {
    /**
     * The project is attached.
     */
    201: SharedRuntimeAttachment;
};

export type CreateSharedRuntimeAttachmentResponse = CreateSharedRuntimeAttachmentResponses[keyof CreateSharedRuntimeAttachmentResponses];

export type DeleteSharedRuntimeAttachmentData = {
    body?: never;
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
        /**
         * Attachment id.
         */
        attachment_id: string;
    };
    query?: never;
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}';
};

export type DeleteSharedRuntimeAttachmentErrors = {
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type DeleteSharedRuntimeAttachmentError = DeleteSharedRuntimeAttachmentErrors[keyof DeleteSharedRuntimeAttachmentErrors];

export type DeleteSharedRuntimeAttachmentResponses = {
    /**
     * The attachment was removed.
     */
    204: void;
};

export type DeleteSharedRuntimeAttachmentResponse = DeleteSharedRuntimeAttachmentResponses[keyof DeleteSharedRuntimeAttachmentResponses];

export type GetSharedRuntimeAttachmentData = {
    body?: never;
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
        /**
         * Attachment id.
         */
        attachment_id: string;
    };
    query?: never;
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}';
};

export type GetSharedRuntimeAttachmentErrors = {
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type GetSharedRuntimeAttachmentError = GetSharedRuntimeAttachmentErrors[keyof GetSharedRuntimeAttachmentErrors];

export type GetSharedRuntimeAttachmentResponses = {
    /**
     * The attachment.
     */
    200: SharedRuntimeAttachment;
};

export type GetSharedRuntimeAttachmentResponse = GetSharedRuntimeAttachmentResponses[keyof GetSharedRuntimeAttachmentResponses];

export type ListSharedRuntimeWorkersData = {
    body?: never;
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
    };
    query?: {
        /**
         * Opaque cursor from the previous page's next_cursor; omit for the first page.
         */
        cursor?: string;
        /**
         * Maximum number of items per page.
         */
        page_size?: number;
    };
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers';
};

export type ListSharedRuntimeWorkersErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type ListSharedRuntimeWorkersError = ListSharedRuntimeWorkersErrors[keyof ListSharedRuntimeWorkersErrors];

export type ListSharedRuntimeWorkersResponses = {
    /**
     * A page of workers.
     */
    200: SharedRuntimeWorkerPage;
};

export type ListSharedRuntimeWorkersResponse = ListSharedRuntimeWorkersResponses[keyof ListSharedRuntimeWorkersResponses];

export type GetSharedRuntimeWorkerData = {
    body?: never;
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
        /**
         * Worker id.
         */
        worker_id: string;
    };
    query?: never;
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers/{worker_id}';
};

export type GetSharedRuntimeWorkerErrors = {
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type GetSharedRuntimeWorkerError = GetSharedRuntimeWorkerErrors[keyof GetSharedRuntimeWorkerErrors];

export type GetSharedRuntimeWorkerResponses = {
    /**
     * The worker.
     */
    200: SharedRuntimeWorker;
};

export type GetSharedRuntimeWorkerResponse = GetSharedRuntimeWorkerResponses[keyof GetSharedRuntimeWorkerResponses];

export type ListSharedRuntimeWorkerOperationsData = {
    body?: never;
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
    };
    query?: {
        /**
         * Opaque cursor from the previous page's next_cursor; omit for the first page.
         */
        cursor?: string;
        /**
         * Maximum number of items per page.
         */
        page_size?: number;
    };
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations';
};

export type ListSharedRuntimeWorkerOperationsErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type ListSharedRuntimeWorkerOperationsError = ListSharedRuntimeWorkerOperationsErrors[keyof ListSharedRuntimeWorkerOperationsErrors];

export type ListSharedRuntimeWorkerOperationsResponses = {
    /**
     * A page of worker operations.
     */
    200: SharedRuntimeWorkerOperationPage;
};

export type ListSharedRuntimeWorkerOperationsResponse = ListSharedRuntimeWorkerOperationsResponses[keyof ListSharedRuntimeWorkerOperationsResponses];

export type CreateSharedRuntimeWorkerOperationData = {
    body: CreateSharedRuntimeWorkerOperationRequest;
    headers?: {
        /**
         * Unique key (a UUID is recommended) for this logical request. A repeat with the same key
         * within 24 hours replays the first response instead of acting again.
         *
         */
        'Idempotency-Key'?: string;
    };
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
    };
    query?: never;
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations';
};

export type CreateSharedRuntimeWorkerOperationErrors = {
    /**
     * The request is malformed (invalid JSON, missing or mistyped parameters).
     */
    400: Error;
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * The request conflicts with the current state of the resource.
     */
    409: Error;
    /**
     * The request is well-formed but semantically invalid.
     */
    422: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type CreateSharedRuntimeWorkerOperationError = CreateSharedRuntimeWorkerOperationErrors[keyof CreateSharedRuntimeWorkerOperationErrors];

export type CreateSharedRuntimeWorkerOperationResponses = {
    /**
     * Accepted; the operation is queued.
     */
    202: SharedRuntimeWorkerOperation;
};

export type CreateSharedRuntimeWorkerOperationResponse = CreateSharedRuntimeWorkerOperationResponses[keyof CreateSharedRuntimeWorkerOperationResponses];

export type GetSharedRuntimeWorkerOperationData = {
    body?: never;
    path: {
        /**
         * Organization id.
         */
        org_id: string;
        /**
         * Shared runtime id.
         */
        runtime_id: string;
        /**
         * Worker operation id.
         */
        operation_id: string;
    };
    query?: never;
    url: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations/{operation_id}';
};

export type GetSharedRuntimeWorkerOperationErrors = {
    /**
     * No valid access token was sent, or it has expired.
     */
    401: Error;
    /**
     * The caller is authenticated but not allowed to do this.
     */
    403: Error;
    /**
     * The resource does not exist or is not visible to the caller.
     */
    404: Error;
    /**
     * Too many requests; retry after the number of seconds in Retry-After.
     */
    429: Error;
    /**
     * Unexpected server error; quote the correlation id to support.
     */
    500: Error;
};

export type GetSharedRuntimeWorkerOperationError = GetSharedRuntimeWorkerOperationErrors[keyof GetSharedRuntimeWorkerOperationErrors];

export type GetSharedRuntimeWorkerOperationResponses = {
    /**
     * The worker operation.
     */
    200: SharedRuntimeWorkerOperation;
};

export type GetSharedRuntimeWorkerOperationResponse = GetSharedRuntimeWorkerOperationResponses[keyof GetSharedRuntimeWorkerOperationResponses];
