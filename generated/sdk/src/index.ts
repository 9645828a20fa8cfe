// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
export * from './core/index.js';
export { ApiError as GpuaasError } from './core/index.js';
export { Gpuaas, Gpuaas as default } from './gpuaas/client.js';
export { operations, waiters, contract } from './gpuaas/operations.js';
export type {
  Allocation,
  AllocationPage,
  AllocationStatus,
  BillingBalance,
  CreateAllocationRequest,
  CreateProjectRequest,
  CreateSharedRuntimeAttachmentRequest,
  CreateSharedRuntimeRequest,
  CreateSharedRuntimeWorkerOperationRequest,
  Currency,
  Decimal,
  LogoutRequest,
  NextCursor,
  Node,
  NodePage,
  NodeStatus,
  OidcTokenExchangeRequest,
  PersonalLoginRequest,
  Project,
  ProjectPage,
  RefreshTokenRequest,
  SchedulerType,
  SharedRuntime,
  SharedRuntimeAttachment,
  SharedRuntimeAttachmentPage,
  SharedRuntimePage,
  SharedRuntimeStatus,
  SharedRuntimeWorker,
  SharedRuntimeWorkerOperation,
  SharedRuntimeWorkerOperationPage,
  SharedRuntimeWorkerPage,
  SharedRuntimeWorkerStatus,
  Sku,
  SkuPage,
  TerminalToken,
  TokenPair,
  User,
  WorkerOperationStatus,
  WorkerOperationType,
} from './gpuaas/types.gen.js';
/** Every type generated from the contract (models and per-operation request/response shapes). */
export type * as Types from './gpuaas/types.gen.js';
export type {
  CreateAllocationParams,
  GetAllocationParams,
  ListAllocationsParams,
  ReleaseAllocationParams,
} from './gpuaas/resources/allocations.js';
export type {
  OidcAuthorizeParams,
  LogoutParams,
  PersonalLoginParams,
  RefreshTokenParams,
  OidcTokenExchangeParams,
  WhoamiParams,
} from './gpuaas/resources/auth.js';
export type { GetBillingBalanceParams } from './gpuaas/resources/billing.js';
export type { ListCatalogSkusParams } from './gpuaas/resources/catalog.js';
export type { ListNodesParams } from './gpuaas/resources/nodes.js';
export type { CreateProjectParams, GetProjectParams, ListProjectsParams } from './gpuaas/resources/projects.js';
export type {
  CreateSharedRuntimeParams,
  DeleteSharedRuntimeParams,
  GetSharedRuntimeParams,
  ListSharedRuntimesParams,
} from './gpuaas/resources/shared-runtimes.js';
export type {
  CreateSharedRuntimeAttachmentParams,
  DeleteSharedRuntimeAttachmentParams,
  GetSharedRuntimeAttachmentParams,
  ListSharedRuntimeAttachmentsParams,
} from './gpuaas/resources/shared-runtimes/attachments.js';
export type {
  CreateSharedRuntimeWorkerOperationParams,
  GetSharedRuntimeWorkerOperationParams,
  ListSharedRuntimeWorkerOperationsParams,
} from './gpuaas/resources/shared-runtimes/worker-operations.js';
export type {
  GetSharedRuntimeWorkerParams,
  ListSharedRuntimeWorkersParams,
} from './gpuaas/resources/shared-runtimes/workers.js';
export type { CreateTerminalTokenParams } from './gpuaas/resources/terminal.js';
export { Keycloak } from './keycloak/client.js';
export * as keycloak from './keycloak/namespace.js';
