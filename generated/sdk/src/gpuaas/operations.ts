// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { ContractMeta, OperationSpec, WaiterSpec } from '../core/index.js';

/** Static description of every operation of the contract: what the runtime needs to send it. */
export const operations = {
  "createAllocation": {
    "id": "createAllocation",
    "method": "POST",
    "path": "/api/v1/allocations",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": false
    },
    "auth": true,
    "projectHeader": "X-Project-ID",
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false
  },
  "getAllocation": {
    "id": "getAllocation",
    "method": "GET",
    "path": "/api/v1/allocations/{allocation_id}",
    "pathParams": [
      "allocation_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "projectHeader": "X-Project-ID",
    "retrySafe": true
  },
  "listAllocations": {
    "id": "listAllocations",
    "method": "GET",
    "path": "/api/v1/allocations",
    "pathParams": [],
    "query": [
      "status",
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "projectHeader": "X-Project-ID",
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    }
  },
  "releaseAllocation": {
    "id": "releaseAllocation",
    "method": "POST",
    "path": "/api/v1/allocations/{allocation_id}/release",
    "pathParams": [
      "allocation_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "projectHeader": "X-Project-ID",
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false
  },
  "createTerminalToken": {
    "id": "createTerminalToken",
    "method": "POST",
    "path": "/api/v1/allocations/{allocation_id}/terminal-token",
    "pathParams": [
      "allocation_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "projectHeader": "X-Project-ID",
    "retrySafe": false
  },
  "createSharedRuntimeAttachment": {
    "id": "createSharedRuntimeAttachment",
    "method": "POST",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": true,
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false
  },
  "deleteSharedRuntimeAttachment": {
    "id": "deleteSharedRuntimeAttachment",
    "method": "DELETE",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}",
    "pathParams": [
      "org_id",
      "runtime_id",
      "attachment_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true
  },
  "getSharedRuntimeAttachment": {
    "id": "getSharedRuntimeAttachment",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}",
    "pathParams": [
      "org_id",
      "runtime_id",
      "attachment_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true
  },
  "listSharedRuntimeAttachments": {
    "id": "listSharedRuntimeAttachments",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    }
  },
  "createSharedRuntime": {
    "id": "createSharedRuntime",
    "method": "POST",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes",
    "pathParams": [
      "org_id"
    ],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": true,
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false
  },
  "deleteSharedRuntime": {
    "id": "deleteSharedRuntime",
    "method": "DELETE",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true
  },
  "getSharedRuntime": {
    "id": "getSharedRuntime",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true
  },
  "listSharedRuntimes": {
    "id": "listSharedRuntimes",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes",
    "pathParams": [
      "org_id"
    ],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    }
  },
  "createSharedRuntimeWorkerOperation": {
    "id": "createSharedRuntimeWorkerOperation",
    "method": "POST",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": true,
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false
  },
  "getSharedRuntimeWorkerOperation": {
    "id": "getSharedRuntimeWorkerOperation",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations/{operation_id}",
    "pathParams": [
      "org_id",
      "runtime_id",
      "operation_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true
  },
  "listSharedRuntimeWorkerOperations": {
    "id": "listSharedRuntimeWorkerOperations",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    }
  },
  "getSharedRuntimeWorker": {
    "id": "getSharedRuntimeWorker",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers/{worker_id}",
    "pathParams": [
      "org_id",
      "runtime_id",
      "worker_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true
  },
  "listSharedRuntimeWorkers": {
    "id": "listSharedRuntimeWorkers",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    }
  },
  "oidcAuthorize": {
    "id": "oidcAuthorize",
    "method": "GET",
    "path": "/api/v1/auth/oidc/authorize",
    "pathParams": [],
    "query": [
      "provider",
      "tenant_hint",
      "identity_hint",
      "code_challenge",
      "code_challenge_method",
      "state",
      "redirect_uri"
    ],
    "headers": [],
    "auth": false,
    "retrySafe": true
  },
  "personalLogin": {
    "id": "personalLogin",
    "method": "POST",
    "path": "/api/v1/auth/personal/login",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": false,
    "retrySafe": false
  },
  "logout": {
    "id": "logout",
    "method": "POST",
    "path": "/api/v1/auth/logout",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": true,
    "retrySafe": true
  },
  "refreshToken": {
    "id": "refreshToken",
    "method": "POST",
    "path": "/api/v1/auth/token/refresh",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": false,
    "retrySafe": false
  },
  "oidcTokenExchange": {
    "id": "oidcTokenExchange",
    "method": "POST",
    "path": "/api/v1/auth/oidc/token",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": false,
    "retrySafe": false
  },
  "whoami": {
    "id": "whoami",
    "method": "GET",
    "path": "/api/v1/auth/whoami",
    "pathParams": [],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true
  },
  "getBillingBalance": {
    "id": "getBillingBalance",
    "method": "GET",
    "path": "/api/v1/billing/balance",
    "pathParams": [],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true
  },
  "listCatalogSkus": {
    "id": "listCatalogSkus",
    "method": "GET",
    "path": "/api/v1/catalog/skus",
    "pathParams": [],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    }
  },
  "listNodes": {
    "id": "listNodes",
    "method": "GET",
    "path": "/api/v1/nodes",
    "pathParams": [],
    "query": [
      "status",
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    }
  },
  "createProject": {
    "id": "createProject",
    "method": "POST",
    "path": "/api/v1/projects",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": true,
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false
  },
  "getProject": {
    "id": "getProject",
    "method": "GET",
    "path": "/api/v1/projects/{project_id}",
    "pathParams": [
      "project_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true
  },
  "listProjects": {
    "id": "listProjects",
    "method": "GET",
    "path": "/api/v1/projects",
    "pathParams": [],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    }
  }
} as const satisfies Record<string, OperationSpec>;

/** Waiters declared by the contract (x-codegen-waiters), by operation. */
export const waiters = {
  "getAllocation": {
    "active": {
      "name": "active",
      "field": "status",
      "success": [
        "active"
      ],
      "failure": [
        "failed",
        "released"
      ],
      "minDelaySeconds": 2,
      "maxDelaySeconds": 120,
      "maxWaitSeconds": 900
    },
    "released": {
      "name": "released",
      "field": "status",
      "success": [
        "released"
      ],
      "failure": [
        "failed"
      ],
      "minDelaySeconds": 2,
      "maxDelaySeconds": 120,
      "maxWaitSeconds": 900
    }
  },
  "getSharedRuntime": {
    "ready": {
      "name": "ready",
      "field": "status",
      "success": [
        "ready"
      ],
      "failure": [
        "failed",
        "deleting"
      ],
      "minDelaySeconds": 2,
      "maxDelaySeconds": 120,
      "maxWaitSeconds": 900
    }
  },
  "getSharedRuntimeWorkerOperation": {
    "completed": {
      "name": "completed",
      "field": "status",
      "success": [
        "succeeded"
      ],
      "failure": [
        "failed"
      ],
      "minDelaySeconds": 2,
      "maxDelaySeconds": 120,
      "maxWaitSeconds": 900
    }
  }
} as const satisfies Record<string, Record<string, WaiterSpec>>;

export const contract: ContractMeta = {
  "errors": {
    "codeField": "code",
    "messageField": "message",
    "correlationIdField": "correlation_id",
    "detailsField": "details",
    "correlationIdResponseHeader": "X-Correlation-ID"
  },
  "correlationIdRequestHeader": "X-Correlation-ID",
  "defaultBaseUrl": "http://127.0.0.1:4010",
  "userAgent": "@gpuaas/sdk/0.1.0"
};
