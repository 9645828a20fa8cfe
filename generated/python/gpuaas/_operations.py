# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
"""What the contract says of each operation: the specs the resources hand to the runtime."""

from typing import Dict

from gpuaas._spec import (
    ContractMeta,
    ErrorEnvelopeSpec,
    OperationSpec,
    PaginationSpec,
    WaiterSpec,
)

CONTRACT = ContractMeta(
    default_base_url="http://127.0.0.1:4010",
    user_agent="gpuaas-python/0.1.0",
    errors=ErrorEnvelopeSpec(
        code_field="code",
        message_field="message",
        correlation_id_field="correlation_id",
        details_field="details",
        correlation_id_response_header="X-Correlation-ID",
    ),
    correlation_id_request_header="X-Correlation-ID",
    env_prefix="GPUAAS",
)

CREATE_ALLOCATION = OperationSpec(
    id="createAllocation",
    method="POST",
    path="/api/v1/allocations",
    body_media_type="application/json",
    body_encoding="json",
    project_header="X-Project-ID",
    idempotency_header="Idempotency-Key",
)

CREATE_PROJECT = OperationSpec(
    id="createProject",
    method="POST",
    path="/api/v1/projects",
    body_media_type="application/json",
    body_encoding="json",
    idempotency_header="Idempotency-Key",
)

CREATE_SHARED_RUNTIME = OperationSpec(
    id="createSharedRuntime",
    method="POST",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes",
    body_media_type="application/json",
    body_encoding="json",
    idempotency_header="Idempotency-Key",
)

CREATE_SHARED_RUNTIME_ATTACHMENT = OperationSpec(
    id="createSharedRuntimeAttachment",
    method="POST",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments",
    body_media_type="application/json",
    body_encoding="json",
    idempotency_header="Idempotency-Key",
)

CREATE_SHARED_RUNTIME_WORKER_OPERATION = OperationSpec(
    id="createSharedRuntimeWorkerOperation",
    method="POST",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations",
    body_media_type="application/json",
    body_encoding="json",
    idempotency_header="Idempotency-Key",
)

CREATE_TERMINAL_TOKEN = OperationSpec(
    id="createTerminalToken",
    method="POST",
    path="/api/v1/allocations/{allocation_id}/terminal-token",
    project_header="X-Project-ID",
)

DELETE_SHARED_RUNTIME = OperationSpec(
    id="deleteSharedRuntime",
    method="DELETE",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}",
    retry_safe=True,
)

DELETE_SHARED_RUNTIME_ATTACHMENT = OperationSpec(
    id="deleteSharedRuntimeAttachment",
    method="DELETE",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}",
    retry_safe=True,
)

GET_ALLOCATION = OperationSpec(
    id="getAllocation",
    method="GET",
    path="/api/v1/allocations/{allocation_id}",
    project_header="X-Project-ID",
    retry_safe=True,
)
GET_ALLOCATION_WAITERS: Dict[str, WaiterSpec] = {
    "active": WaiterSpec(
        name="active",
        field="status",
        success=("active",),
        failure=(
            "failed",
            "released",
        ),
        min_delay_seconds=2,
        max_delay_seconds=120,
        max_wait_seconds=900,
    ),
    "released": WaiterSpec(
        name="released",
        field="status",
        success=("released",),
        failure=("failed",),
        min_delay_seconds=2,
        max_delay_seconds=120,
        max_wait_seconds=900,
    ),
}

GET_BILLING_BALANCE = OperationSpec(
    id="getBillingBalance", method="GET", path="/api/v1/billing/balance", retry_safe=True
)

GET_PROJECT = OperationSpec(id="getProject", method="GET", path="/api/v1/projects/{project_id}", retry_safe=True)

GET_SHARED_RUNTIME = OperationSpec(
    id="getSharedRuntime", method="GET", path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}", retry_safe=True
)
GET_SHARED_RUNTIME_WAITERS: Dict[str, WaiterSpec] = {
    "ready": WaiterSpec(
        name="ready",
        field="status",
        success=("ready",),
        failure=(
            "failed",
            "deleting",
        ),
        min_delay_seconds=2,
        max_delay_seconds=120,
        max_wait_seconds=900,
    )
}

GET_SHARED_RUNTIME_ATTACHMENT = OperationSpec(
    id="getSharedRuntimeAttachment",
    method="GET",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}",
    retry_safe=True,
)

GET_SHARED_RUNTIME_WORKER = OperationSpec(
    id="getSharedRuntimeWorker",
    method="GET",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers/{worker_id}",
    retry_safe=True,
)

GET_SHARED_RUNTIME_WORKER_OPERATION = OperationSpec(
    id="getSharedRuntimeWorkerOperation",
    method="GET",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations/{operation_id}",
    retry_safe=True,
)
GET_SHARED_RUNTIME_WORKER_OPERATION_WAITERS: Dict[str, WaiterSpec] = {
    "completed": WaiterSpec(
        name="completed",
        field="status",
        success=("succeeded",),
        failure=("failed",),
        min_delay_seconds=2,
        max_delay_seconds=120,
        max_wait_seconds=900,
    )
}

LIST_ALLOCATIONS = OperationSpec(
    id="listAllocations",
    method="GET",
    path="/api/v1/allocations",
    project_header="X-Project-ID",
    retry_safe=True,
    pagination=PaginationSpec(
        kind="cursor",
        items_field="items",
        cursor_param="cursor",
        page_size_param="page_size",
        next_cursor_field="next_cursor",
        default_page_size=50,
    ),
)

LIST_CATALOG_SKUS = OperationSpec(
    id="listCatalogSkus",
    method="GET",
    path="/api/v1/catalog/skus",
    retry_safe=True,
    pagination=PaginationSpec(
        kind="cursor",
        items_field="items",
        cursor_param="cursor",
        page_size_param="page_size",
        next_cursor_field="next_cursor",
        default_page_size=50,
    ),
)

LIST_NODES = OperationSpec(
    id="listNodes",
    method="GET",
    path="/api/v1/nodes",
    retry_safe=True,
    pagination=PaginationSpec(
        kind="cursor",
        items_field="items",
        cursor_param="cursor",
        page_size_param="page_size",
        next_cursor_field="next_cursor",
        default_page_size=50,
    ),
)

LIST_PROJECTS = OperationSpec(
    id="listProjects",
    method="GET",
    path="/api/v1/projects",
    retry_safe=True,
    pagination=PaginationSpec(
        kind="cursor",
        items_field="items",
        cursor_param="cursor",
        page_size_param="page_size",
        next_cursor_field="next_cursor",
        default_page_size=50,
    ),
)

LIST_SHARED_RUNTIME_ATTACHMENTS = OperationSpec(
    id="listSharedRuntimeAttachments",
    method="GET",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments",
    retry_safe=True,
    pagination=PaginationSpec(
        kind="cursor",
        items_field="items",
        cursor_param="cursor",
        page_size_param="page_size",
        next_cursor_field="next_cursor",
        default_page_size=50,
    ),
)

LIST_SHARED_RUNTIME_WORKER_OPERATIONS = OperationSpec(
    id="listSharedRuntimeWorkerOperations",
    method="GET",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations",
    retry_safe=True,
    pagination=PaginationSpec(
        kind="cursor",
        items_field="items",
        cursor_param="cursor",
        page_size_param="page_size",
        next_cursor_field="next_cursor",
        default_page_size=50,
    ),
)

LIST_SHARED_RUNTIME_WORKERS = OperationSpec(
    id="listSharedRuntimeWorkers",
    method="GET",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers",
    retry_safe=True,
    pagination=PaginationSpec(
        kind="cursor",
        items_field="items",
        cursor_param="cursor",
        page_size_param="page_size",
        next_cursor_field="next_cursor",
        default_page_size=50,
    ),
)

LIST_SHARED_RUNTIMES = OperationSpec(
    id="listSharedRuntimes",
    method="GET",
    path="/api/v1/orgs/{org_id}/apps/shared-runtimes",
    retry_safe=True,
    pagination=PaginationSpec(
        kind="cursor",
        items_field="items",
        cursor_param="cursor",
        page_size_param="page_size",
        next_cursor_field="next_cursor",
        default_page_size=50,
    ),
)

LOGOUT = OperationSpec(
    id="logout",
    method="POST",
    path="/api/v1/auth/logout",
    body_media_type="application/json",
    body_encoding="json",
    retry_safe=True,
)

OIDC_AUTHORIZE = OperationSpec(
    id="oidcAuthorize", method="GET", path="/api/v1/auth/oidc/authorize", auth=False, retry_safe=True
)

OIDC_TOKEN_EXCHANGE = OperationSpec(
    id="oidcTokenExchange",
    method="POST",
    path="/api/v1/auth/oidc/token",
    body_media_type="application/json",
    body_encoding="json",
    auth=False,
)

PERSONAL_LOGIN = OperationSpec(
    id="personalLogin",
    method="POST",
    path="/api/v1/auth/personal/login",
    body_media_type="application/json",
    body_encoding="json",
    auth=False,
)

REFRESH_TOKEN = OperationSpec(
    id="refreshToken",
    method="POST",
    path="/api/v1/auth/token/refresh",
    body_media_type="application/json",
    body_encoding="json",
    auth=False,
)

RELEASE_ALLOCATION = OperationSpec(
    id="releaseAllocation",
    method="POST",
    path="/api/v1/allocations/{allocation_id}/release",
    project_header="X-Project-ID",
    idempotency_header="Idempotency-Key",
)

WHOAMI = OperationSpec(id="whoami", method="GET", path="/api/v1/auth/whoami", retry_safe=True)
