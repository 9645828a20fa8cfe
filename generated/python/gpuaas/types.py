# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
"""The contract's schemas as pydantic models (objects) and type aliases (enums as Literal, scalars)."""

from __future__ import annotations

from typing import Dict, List, Literal, Optional

from gpuaas._models import BaseModel

__all__ = [
    "Allocation",
    "AllocationPage",
    "AllocationStatus",
    "BillingBalance",
    "CreateAllocationRequest",
    "CreateProjectRequest",
    "CreateSharedRuntimeAttachmentRequest",
    "CreateSharedRuntimeRequest",
    "CreateSharedRuntimeWorkerOperationRequest",
    "Currency",
    "Decimal",
    "Error",
    "LogoutRequest",
    "NextCursor",
    "Node",
    "NodePage",
    "NodeStatus",
    "OidcTokenExchangeRequest",
    "PersonalLoginRequest",
    "Project",
    "ProjectPage",
    "RefreshTokenRequest",
    "SchedulerType",
    "SharedRuntime",
    "SharedRuntimeAttachment",
    "SharedRuntimeAttachmentPage",
    "SharedRuntimePage",
    "SharedRuntimeStatus",
    "SharedRuntimeWorker",
    "SharedRuntimeWorkerOperation",
    "SharedRuntimeWorkerOperationPage",
    "SharedRuntimeWorkerPage",
    "SharedRuntimeWorkerStatus",
    "Sku",
    "SkuPage",
    "TerminalToken",
    "TokenPair",
    "User",
    "WorkerOperationStatus",
    "WorkerOperationType",
]


class Allocation(BaseModel):
    id: str
    project_id: str
    scheduler_type: SchedulerType
    node_id: Optional[str]
    """Node the allocation runs on; null until placed."""
    sku_id: str
    status: AllocationStatus
    created_at: str
    updated_at: str
    failure_reason: Optional[str]
    """Why the allocation failed; null unless status is failed."""


class AllocationPage(BaseModel):
    items: List[Allocation]
    next_cursor: NextCursor


AllocationStatus = Literal["pending", "provisioning", "active", "releasing", "released", "failed"]


class BillingBalance(BaseModel):
    balance: Decimal
    currency: Currency
    credit_limit: Decimal
    updated_at: str


class CreateAllocationRequest(BaseModel):
    scheduler_type: Optional[SchedulerType] = None
    node_id: Optional[str] = None
    """Pin the allocation to this node."""
    sku_id: Optional[str] = None
    """SKU to allocate; any available SKU when omitted."""


class CreateProjectRequest(BaseModel):
    name: str
    slug: Optional[str] = None
    """URL-safe unique name; derived from name when omitted."""


class CreateSharedRuntimeAttachmentRequest(BaseModel):
    project_id: str
    """Project to attach (not the caller's X-Project-ID; this operation is org-scoped)."""
    name: str


class CreateSharedRuntimeRequest(BaseModel):
    name: str
    sku_id: str
    min_workers: int
    max_workers: int
    image: str
    """Container image reference, e.g. vllm/vllm-openai:v0.5.0."""


class CreateSharedRuntimeWorkerOperationRequest(BaseModel):
    worker_id: str
    operation: WorkerOperationType


Currency = str
"""ISO 4217 currency code."""

Decimal = str
"""Decimal amount as a string (no floating point), e.g. "23.92"."""


class Error(BaseModel):
    """Canonical error envelope of every 4xx/5xx response."""

    code: str
    """Stable machine-readable error code (e.g. token_expired, slug_taken). Clients never rewrite it."""
    message: str
    """Human-readable explanation."""
    correlation_id: str
    """Id of the request across services; quote it to support. Also in the X-Correlation-ID header."""
    details: Optional[Dict[str, object]] = None
    """Optional structured context (offending field, limits, current state, ...)."""


class LogoutRequest(BaseModel):
    refresh_token: str
    """Refresh token of the session to end."""


NextCursor = Optional[str]
"""Cursor of the next page; null on the last page."""


class Node(BaseModel):
    id: str
    hostname: str
    sku_id: str
    region: str
    status: NodeStatus
    gpu_model: str
    gpu_count: int


class NodePage(BaseModel):
    items: List[Node]
    next_cursor: NextCursor


NodeStatus = Literal["available", "allocated", "maintenance", "offline"]


class OidcTokenExchangeRequest(BaseModel):
    code: str
    """Authorization code delivered to redirect_uri."""
    code_verifier: str
    """PKCE code verifier (RFC 7636)."""
    redirect_uri: str
    """The same loopback redirect_uri sent to oidcAuthorize."""


class PersonalLoginRequest(BaseModel):
    username: str
    password: str


class Project(BaseModel):
    id: str
    name: str
    slug: str
    created_at: str


class ProjectPage(BaseModel):
    items: List[Project]
    next_cursor: NextCursor


class RefreshTokenRequest(BaseModel):
    refresh_token: str


SchedulerType = Literal["bare_metal", "slurm", "k8s", "ray"]


class SharedRuntime(BaseModel):
    id: str
    org_id: str
    name: str
    sku_id: str
    image: str
    """Container image the workers run."""
    min_workers: int
    max_workers: int
    ready_workers: int
    status: SharedRuntimeStatus
    created_at: str
    updated_at: str


class SharedRuntimeAttachment(BaseModel):
    id: str
    runtime_id: str
    project_id: str
    name: str
    created_at: str


class SharedRuntimeAttachmentPage(BaseModel):
    items: List[SharedRuntimeAttachment]
    next_cursor: NextCursor


class SharedRuntimePage(BaseModel):
    items: List[SharedRuntime]
    next_cursor: NextCursor


SharedRuntimeStatus = Literal["provisioning", "ready", "degraded", "deleting", "failed"]


class SharedRuntimeWorker(BaseModel):
    id: str
    runtime_id: str
    node_id: str
    status: SharedRuntimeWorkerStatus
    started_at: str


class SharedRuntimeWorkerOperation(BaseModel):
    id: str
    worker_id: str
    operation: WorkerOperationType
    status: WorkerOperationStatus
    created_at: str
    finished_at: Optional[str]
    """null until the operation has finished."""
    error: Optional[str]
    """Why the operation failed; null unless status is failed."""


class SharedRuntimeWorkerOperationPage(BaseModel):
    items: List[SharedRuntimeWorkerOperation]
    next_cursor: NextCursor


class SharedRuntimeWorkerPage(BaseModel):
    items: List[SharedRuntimeWorker]
    next_cursor: NextCursor


SharedRuntimeWorkerStatus = Literal["starting", "ready", "draining", "stopped", "failed"]


class Sku(BaseModel):
    id: str
    name: str
    gpu_model: str
    gpu_count: int
    vcpus: int
    memory_gib: int
    hourly_price: Decimal
    currency: Currency
    available: int
    """Units of this SKU that can be allocated now."""


class SkuPage(BaseModel):
    items: List[Sku]
    next_cursor: NextCursor


class TerminalToken(BaseModel):
    token: str
    """Short-lived secret; send it over the WebSocket, never in a URL."""
    websocket_url: str
    """WebSocket endpoint of the terminal (carries no credential)."""
    expires_at: str


class TokenPair(BaseModel):
    access_token: str
    """JWT to send as `Authorization: Bearer <access_token>`."""
    refresh_token: str
    """Opaque token for refreshToken; rotates on every use."""
    token_type: Literal["Bearer"]
    expires_in: int
    """Seconds until the access token expires."""


class User(BaseModel):
    id: str
    email: str
    display_name: str
    tenant_id: str
    roles: List[str]
    active_project_id: Optional[str]
    """Project used when no project is given explicitly on the client side; null when none is chosen."""


WorkerOperationStatus = Literal["queued", "running", "succeeded", "failed"]

WorkerOperationType = Literal["restart", "drain", "cordon", "uncordon"]

Allocation.model_rebuild()
AllocationPage.model_rebuild()
BillingBalance.model_rebuild()
CreateAllocationRequest.model_rebuild()
CreateProjectRequest.model_rebuild()
CreateSharedRuntimeAttachmentRequest.model_rebuild()
CreateSharedRuntimeRequest.model_rebuild()
CreateSharedRuntimeWorkerOperationRequest.model_rebuild()
Error.model_rebuild()
LogoutRequest.model_rebuild()
Node.model_rebuild()
NodePage.model_rebuild()
OidcTokenExchangeRequest.model_rebuild()
PersonalLoginRequest.model_rebuild()
Project.model_rebuild()
ProjectPage.model_rebuild()
RefreshTokenRequest.model_rebuild()
SharedRuntime.model_rebuild()
SharedRuntimeAttachment.model_rebuild()
SharedRuntimeAttachmentPage.model_rebuild()
SharedRuntimePage.model_rebuild()
SharedRuntimeWorker.model_rebuild()
SharedRuntimeWorkerOperation.model_rebuild()
SharedRuntimeWorkerOperationPage.model_rebuild()
SharedRuntimeWorkerPage.model_rebuild()
Sku.model_rebuild()
SkuPage.model_rebuild()
TerminalToken.model_rebuild()
TokenPair.model_rebuild()
User.model_rebuild()
