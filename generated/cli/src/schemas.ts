// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { JsonSchema } from './run/types.js';

/** components.schemas, their references pointing into this table: `schema <resource>` prints one with what it uses in `$defs`. */
export const schemas: Readonly<Record<string, JsonSchema>> = {
  "Allocation": {
    "type": "object",
    "required": [
      "id",
      "project_id",
      "scheduler_type",
      "node_id",
      "sku_id",
      "status",
      "created_at",
      "updated_at",
      "failure_reason"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "project_id": {
        "type": "string"
      },
      "scheduler_type": {
        "$ref": "#/components/schemas/SchedulerType"
      },
      "node_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Node the allocation runs on; null until placed."
      },
      "sku_id": {
        "type": "string"
      },
      "status": {
        "$ref": "#/components/schemas/AllocationStatus"
      },
      "created_at": {
        "type": "string",
        "format": "date-time"
      },
      "updated_at": {
        "type": "string",
        "format": "date-time"
      },
      "failure_reason": {
        "type": [
          "string",
          "null"
        ],
        "description": "Why the allocation failed; null unless status is failed."
      }
    }
  },
  "AllocationPage": {
    "type": "object",
    "required": [
      "items",
      "next_cursor"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Allocation"
        }
      },
      "next_cursor": {
        "$ref": "#/components/schemas/NextCursor"
      }
    }
  },
  "AllocationStatus": {
    "type": "string",
    "enum": [
      "pending",
      "provisioning",
      "active",
      "releasing",
      "released",
      "failed"
    ]
  },
  "BillingBalance": {
    "type": "object",
    "required": [
      "balance",
      "currency",
      "credit_limit",
      "updated_at"
    ],
    "properties": {
      "balance": {
        "$ref": "#/components/schemas/Decimal"
      },
      "currency": {
        "$ref": "#/components/schemas/Currency"
      },
      "credit_limit": {
        "$ref": "#/components/schemas/Decimal"
      },
      "updated_at": {
        "type": "string",
        "format": "date-time"
      }
    }
  },
  "CreateAllocationRequest": {
    "type": "object",
    "additionalProperties": false,
    "properties": {
      "scheduler_type": {
        "$ref": "#/components/schemas/SchedulerType",
        "default": "bare_metal"
      },
      "node_id": {
        "type": "string",
        "minLength": 1,
        "description": "Pin the allocation to this node."
      },
      "sku_id": {
        "type": "string",
        "minLength": 1,
        "description": "SKU to allocate; any available SKU when omitted."
      }
    }
  },
  "CreateProjectRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "name"
    ],
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 100
      },
      "slug": {
        "type": "string",
        "pattern": "^[a-z0-9-]+$",
        "maxLength": 63,
        "description": "URL-safe unique name; derived from name when omitted."
      }
    }
  },
  "CreateSharedRuntimeAttachmentRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "project_id",
      "name"
    ],
    "properties": {
      "project_id": {
        "type": "string",
        "minLength": 1,
        "description": "Project to attach (not the caller's X-Project-ID; this operation is org-scoped)."
      },
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 63
      }
    }
  },
  "CreateSharedRuntimeRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "name",
      "sku_id",
      "min_workers",
      "max_workers",
      "image"
    ],
    "properties": {
      "name": {
        "type": "string",
        "minLength": 1,
        "maxLength": 63
      },
      "sku_id": {
        "type": "string",
        "minLength": 1
      },
      "min_workers": {
        "type": "integer",
        "minimum": 0
      },
      "max_workers": {
        "type": "integer",
        "minimum": 1
      },
      "image": {
        "type": "string",
        "minLength": 1,
        "description": "Container image reference, e.g. vllm/vllm-openai:v0.5.0."
      }
    }
  },
  "CreateSharedRuntimeWorkerOperationRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "worker_id",
      "operation"
    ],
    "properties": {
      "worker_id": {
        "type": "string",
        "minLength": 1
      },
      "operation": {
        "$ref": "#/components/schemas/WorkerOperationType"
      }
    }
  },
  "Currency": {
    "type": "string",
    "pattern": "^[A-Z]{3}$",
    "description": "ISO 4217 currency code."
  },
  "Decimal": {
    "type": "string",
    "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
    "description": "Decimal amount as a string (no floating point), e.g. \"23.92\"."
  },
  "Error": {
    "type": "object",
    "description": "Canonical error envelope of every 4xx/5xx response.",
    "required": [
      "code",
      "message",
      "correlation_id"
    ],
    "properties": {
      "code": {
        "type": "string",
        "description": "Stable machine-readable error code (e.g. token_expired, slug_taken). Clients never rewrite it.",
        "examples": [
          "token_expired"
        ]
      },
      "message": {
        "type": "string",
        "description": "Human-readable explanation."
      },
      "correlation_id": {
        "type": "string",
        "description": "Id of the request across services; quote it to support. Also in the X-Correlation-ID header.",
        "examples": [
          "corr_7f3c2a91f2b7da15288e7480ac3d3de4"
        ]
      },
      "details": {
        "type": "object",
        "description": "Optional structured context (offending field, limits, current state, ...).",
        "additionalProperties": true
      }
    }
  },
  "LogoutRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "refresh_token"
    ],
    "properties": {
      "refresh_token": {
        "type": "string",
        "minLength": 1,
        "description": "Refresh token of the session to end."
      }
    }
  },
  "NextCursor": {
    "type": [
      "string",
      "null"
    ],
    "description": "Cursor of the next page; null on the last page."
  },
  "Node": {
    "type": "object",
    "required": [
      "id",
      "hostname",
      "sku_id",
      "region",
      "status",
      "gpu_model",
      "gpu_count"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "hostname": {
        "type": "string"
      },
      "sku_id": {
        "type": "string"
      },
      "region": {
        "type": "string"
      },
      "status": {
        "$ref": "#/components/schemas/NodeStatus"
      },
      "gpu_model": {
        "type": "string"
      },
      "gpu_count": {
        "type": "integer",
        "minimum": 1
      }
    }
  },
  "NodePage": {
    "type": "object",
    "required": [
      "items",
      "next_cursor"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Node"
        }
      },
      "next_cursor": {
        "$ref": "#/components/schemas/NextCursor"
      }
    }
  },
  "NodeStatus": {
    "type": "string",
    "enum": [
      "available",
      "allocated",
      "maintenance",
      "offline"
    ]
  },
  "OidcTokenExchangeRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "code",
      "code_verifier",
      "redirect_uri"
    ],
    "properties": {
      "code": {
        "type": "string",
        "minLength": 1,
        "description": "Authorization code delivered to redirect_uri."
      },
      "code_verifier": {
        "type": "string",
        "description": "PKCE code verifier (RFC 7636).",
        "pattern": "^[A-Za-z0-9._~-]{43,128}$"
      },
      "redirect_uri": {
        "type": "string",
        "format": "uri",
        "description": "The same loopback redirect_uri sent to oidcAuthorize.",
        "pattern": "^http://127\\.0\\.0\\.1:[0-9]{1,5}/callback$"
      }
    }
  },
  "PersonalLoginRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "username",
      "password"
    ],
    "properties": {
      "username": {
        "type": "string",
        "minLength": 1
      },
      "password": {
        "type": "string",
        "format": "password",
        "minLength": 1
      }
    }
  },
  "Project": {
    "type": "object",
    "required": [
      "id",
      "name",
      "slug",
      "created_at"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "slug": {
        "type": "string",
        "pattern": "^[a-z0-9-]+$"
      },
      "created_at": {
        "type": "string",
        "format": "date-time"
      }
    }
  },
  "ProjectPage": {
    "type": "object",
    "required": [
      "items",
      "next_cursor"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Project"
        }
      },
      "next_cursor": {
        "$ref": "#/components/schemas/NextCursor"
      }
    }
  },
  "RefreshTokenRequest": {
    "type": "object",
    "additionalProperties": false,
    "required": [
      "refresh_token"
    ],
    "properties": {
      "refresh_token": {
        "type": "string",
        "minLength": 1
      }
    }
  },
  "SchedulerType": {
    "type": "string",
    "enum": [
      "bare_metal",
      "slurm",
      "k8s",
      "ray"
    ]
  },
  "SharedRuntime": {
    "type": "object",
    "required": [
      "id",
      "org_id",
      "name",
      "sku_id",
      "image",
      "min_workers",
      "max_workers",
      "ready_workers",
      "status",
      "created_at",
      "updated_at"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "org_id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "sku_id": {
        "type": "string"
      },
      "image": {
        "type": "string",
        "description": "Container image the workers run."
      },
      "min_workers": {
        "type": "integer",
        "minimum": 0
      },
      "max_workers": {
        "type": "integer",
        "minimum": 1
      },
      "ready_workers": {
        "type": "integer",
        "minimum": 0
      },
      "status": {
        "$ref": "#/components/schemas/SharedRuntimeStatus"
      },
      "created_at": {
        "type": "string",
        "format": "date-time"
      },
      "updated_at": {
        "type": "string",
        "format": "date-time"
      }
    }
  },
  "SharedRuntimeAttachment": {
    "type": "object",
    "required": [
      "id",
      "runtime_id",
      "project_id",
      "name",
      "created_at"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "runtime_id": {
        "type": "string"
      },
      "project_id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "created_at": {
        "type": "string",
        "format": "date-time"
      }
    }
  },
  "SharedRuntimeAttachmentPage": {
    "type": "object",
    "required": [
      "items",
      "next_cursor"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SharedRuntimeAttachment"
        }
      },
      "next_cursor": {
        "$ref": "#/components/schemas/NextCursor"
      }
    }
  },
  "SharedRuntimePage": {
    "type": "object",
    "required": [
      "items",
      "next_cursor"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SharedRuntime"
        }
      },
      "next_cursor": {
        "$ref": "#/components/schemas/NextCursor"
      }
    }
  },
  "SharedRuntimeStatus": {
    "type": "string",
    "enum": [
      "provisioning",
      "ready",
      "degraded",
      "deleting",
      "failed"
    ]
  },
  "SharedRuntimeWorker": {
    "type": "object",
    "required": [
      "id",
      "runtime_id",
      "node_id",
      "status",
      "started_at"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "runtime_id": {
        "type": "string"
      },
      "node_id": {
        "type": "string"
      },
      "status": {
        "$ref": "#/components/schemas/SharedRuntimeWorkerStatus"
      },
      "started_at": {
        "type": "string",
        "format": "date-time"
      }
    }
  },
  "SharedRuntimeWorkerOperation": {
    "type": "object",
    "required": [
      "id",
      "worker_id",
      "operation",
      "status",
      "created_at",
      "finished_at",
      "error"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "worker_id": {
        "type": "string"
      },
      "operation": {
        "$ref": "#/components/schemas/WorkerOperationType"
      },
      "status": {
        "$ref": "#/components/schemas/WorkerOperationStatus"
      },
      "created_at": {
        "type": "string",
        "format": "date-time"
      },
      "finished_at": {
        "type": [
          "string",
          "null"
        ],
        "format": "date-time",
        "description": "null until the operation has finished."
      },
      "error": {
        "type": [
          "string",
          "null"
        ],
        "description": "Why the operation failed; null unless status is failed."
      }
    }
  },
  "SharedRuntimeWorkerOperationPage": {
    "type": "object",
    "required": [
      "items",
      "next_cursor"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SharedRuntimeWorkerOperation"
        }
      },
      "next_cursor": {
        "$ref": "#/components/schemas/NextCursor"
      }
    }
  },
  "SharedRuntimeWorkerPage": {
    "type": "object",
    "required": [
      "items",
      "next_cursor"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/SharedRuntimeWorker"
        }
      },
      "next_cursor": {
        "$ref": "#/components/schemas/NextCursor"
      }
    }
  },
  "SharedRuntimeWorkerStatus": {
    "type": "string",
    "enum": [
      "starting",
      "ready",
      "draining",
      "stopped",
      "failed"
    ]
  },
  "Sku": {
    "type": "object",
    "required": [
      "id",
      "name",
      "gpu_model",
      "gpu_count",
      "vcpus",
      "memory_gib",
      "hourly_price",
      "currency",
      "available"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "name": {
        "type": "string"
      },
      "gpu_model": {
        "type": "string"
      },
      "gpu_count": {
        "type": "integer",
        "minimum": 1
      },
      "vcpus": {
        "type": "integer",
        "minimum": 1
      },
      "memory_gib": {
        "type": "integer",
        "minimum": 1
      },
      "hourly_price": {
        "$ref": "#/components/schemas/Decimal"
      },
      "currency": {
        "$ref": "#/components/schemas/Currency"
      },
      "available": {
        "type": "integer",
        "minimum": 0,
        "description": "Units of this SKU that can be allocated now."
      }
    }
  },
  "SkuPage": {
    "type": "object",
    "required": [
      "items",
      "next_cursor"
    ],
    "properties": {
      "items": {
        "type": "array",
        "items": {
          "$ref": "#/components/schemas/Sku"
        }
      },
      "next_cursor": {
        "$ref": "#/components/schemas/NextCursor"
      }
    }
  },
  "TerminalToken": {
    "type": "object",
    "required": [
      "token",
      "websocket_url",
      "expires_at"
    ],
    "properties": {
      "token": {
        "type": "string",
        "description": "Short-lived secret; send it over the WebSocket, never in a URL."
      },
      "websocket_url": {
        "type": "string",
        "format": "uri",
        "description": "WebSocket endpoint of the terminal (carries no credential)."
      },
      "expires_at": {
        "type": "string",
        "format": "date-time"
      }
    }
  },
  "TokenPair": {
    "type": "object",
    "required": [
      "access_token",
      "refresh_token",
      "token_type",
      "expires_in"
    ],
    "properties": {
      "access_token": {
        "type": "string",
        "description": "JWT to send as `Authorization: Bearer <access_token>`."
      },
      "refresh_token": {
        "type": "string",
        "description": "Opaque token for refreshToken; rotates on every use."
      },
      "token_type": {
        "type": "string",
        "enum": [
          "Bearer"
        ]
      },
      "expires_in": {
        "type": "integer",
        "minimum": 1,
        "description": "Seconds until the access token expires."
      }
    }
  },
  "User": {
    "type": "object",
    "required": [
      "id",
      "email",
      "display_name",
      "tenant_id",
      "roles",
      "active_project_id"
    ],
    "properties": {
      "id": {
        "type": "string"
      },
      "email": {
        "type": "string",
        "format": "email"
      },
      "display_name": {
        "type": "string"
      },
      "tenant_id": {
        "type": "string"
      },
      "roles": {
        "type": "array",
        "items": {
          "type": "string"
        }
      },
      "active_project_id": {
        "type": [
          "string",
          "null"
        ],
        "description": "Project used when no project is given explicitly on the client side; null when none is chosen."
      }
    }
  },
  "WorkerOperationStatus": {
    "type": "string",
    "enum": [
      "queued",
      "running",
      "succeeded",
      "failed"
    ]
  },
  "WorkerOperationType": {
    "type": "string",
    "enum": [
      "restart",
      "drain",
      "cordon",
      "uncordon"
    ]
  }
};

/** Schema names by what the commands call them (`allocations`, `shared-runtimes`): `schema <resource>` takes either. */
export const resources: Readonly<Record<string, string>> = {
  "allocation": "Allocation",
  "allocations": "Allocation",
  "apps shared-runtimes": "SharedRuntime",
  "apps shared-runtimes attachments": "SharedRuntimeAttachment",
  "apps shared-runtimes worker-operations": "SharedRuntimeWorkerOperation",
  "apps shared-runtimes workers": "SharedRuntimeWorker",
  "attachment": "SharedRuntimeAttachment",
  "attachments": "SharedRuntimeAttachment",
  "auth": "User",
  "billing": "BillingBalance",
  "catalog": "Sku",
  "node": "Node",
  "nodes": "Node",
  "project": "Project",
  "projects": "Project",
  "shared-runtime": "SharedRuntime",
  "shared-runtimes": "SharedRuntime",
  "worker": "SharedRuntimeWorker",
  "worker-operation": "SharedRuntimeWorkerOperation",
  "worker-operations": "SharedRuntimeWorkerOperation",
  "workers": "SharedRuntimeWorker"
};
