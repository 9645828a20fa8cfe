// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "apps",
    "shared-runtimes",
    "worker-operations",
    "create"
  ],
  "aliases": [],
  "summary": "Run a worker operation",
  "description": "Queues a restart, drain, cordon or uncordon of one worker. Asynchronous (`queued` ->\n`running` -> `succeeded` | `failed`); use the `completed` waiter (CLI `--wait`).",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "org-id",
      "type": "string",
      "required": true,
      "description": "Organization id.",
      "target": {
        "in": "path",
        "name": "org_id"
      }
    },
    {
      "name": "runtime-id",
      "type": "string",
      "required": true,
      "description": "Shared runtime id.",
      "target": {
        "in": "path",
        "name": "runtime_id"
      }
    },
    {
      "name": "worker-id",
      "type": "string",
      "required": true,
      "description": "Worker id",
      "target": {
        "in": "body",
        "name": "worker_id"
      }
    },
    {
      "name": "operation",
      "type": "string",
      "required": true,
      "description": "Operation",
      "enum": [
        "restart",
        "drain",
        "cordon",
        "uncordon"
      ],
      "target": {
        "in": "body",
        "name": "operation"
      }
    },
    {
      "name": "body",
      "role": "body",
      "type": "string",
      "description": "The request body as JSON, @file or @- (stdin); field flags override its fields"
    },
    {
      "name": "idempotency-key",
      "role": "idempotencyKey",
      "type": "string",
      "description": "Sent as Idempotency-Key; default: a new key per run, reused by its retries"
    },
    {
      "name": "wait",
      "role": "wait",
      "type": "boolean",
      "description": "Wait until the worker-operation is succeeded; fails if it becomes failed"
    }
  ],
  "positionals": [],
  "example": "gpuaas apps shared-runtimes worker-operations create --org-id <org-id> --runtime-id <runtime-id> --worker-id wkr_01HZXGVB6E2ED45B9736T07XDT --operation restart",
  "operation": {
    "id": "createSharedRuntimeWorkerOperation",
    "method": "POST",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations",
    "auth": true,
    "projectScoped": false,
    "body": {
      "required": true,
      "mediaType": "application/json",
      "encoding": "json",
      "schema": {
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
      }
    },
    "idempotent": true,
    "idempotencyHeader": "Idempotency-Key",
    "confirm": false,
    "result": "object",
    "columns": [
      {
        "field": "id"
      },
      {
        "field": "worker_id"
      },
      {
        "field": "operation",
        "state": true
      },
      {
        "field": "status",
        "state": true
      },
      {
        "field": "created_at"
      }
    ],
    "responses": [
      "202",
      "400",
      "401",
      "403",
      "404",
      "409",
      "422",
      "429",
      "500"
    ],
    "wait": {
      "operationId": "getSharedRuntimeWorkerOperation",
      "waiter": "completed",
      "parameters": {
        "org_id": "$request.path.org_id",
        "runtime_id": "$request.path.runtime_id",
        "operation_id": "$response.body#/id"
      },
      "resource": "worker-operation",
      "success": [
        "succeeded"
      ],
      "failure": [
        "failed"
      ],
      "columns": [
        {
          "field": "id"
        },
        {
          "field": "worker_id"
        },
        {
          "field": "operation",
          "state": true
        },
        {
          "field": "status",
          "state": true
        },
        {
          "field": "created_at"
        },
        {
          "field": "finished_at"
        },
        {
          "field": "error"
        }
      ]
    }
  },
  "completions": {
    "org-id": {
      "recent": "org_id"
    },
    "runtime-id": {
      "command": [
        "apps",
        "shared-runtimes",
        "list"
      ],
      "args": {
        "org-id": "org-id"
      },
      "value": "id",
      "label": "name"
    },
    "project": {
      "command": [
        "projects",
        "list"
      ],
      "args": {},
      "value": "id",
      "label": "name"
    }
  }
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { runOperation } = await import('../../../../run/operation.js');
  return runOperation(spec, args, ctx);
}
