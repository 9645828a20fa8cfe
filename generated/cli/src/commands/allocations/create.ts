// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "allocations",
    "create"
  ],
  "aliases": [],
  "summary": "Create an allocation",
  "description": "Requests GPU capacity in the project named by X-Project-ID. Provisioning is asynchronous:\nthe allocation is returned in `pending` and moves to `active` (or `failed`); poll\ngetAllocation, or use the `active` waiter (CLI `--wait`).",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "scheduler-type",
      "type": "string",
      "description": "Scheduler type",
      "enum": [
        "bare_metal",
        "slurm",
        "k8s",
        "ray"
      ],
      "default": "bare_metal",
      "target": {
        "in": "body",
        "name": "scheduler_type"
      }
    },
    {
      "name": "node-id",
      "type": "string",
      "description": "Pin the allocation to this node.",
      "target": {
        "in": "body",
        "name": "node_id"
      }
    },
    {
      "name": "sku-id",
      "type": "string",
      "description": "SKU to allocate; any available SKU when omitted.",
      "target": {
        "in": "body",
        "name": "sku_id"
      }
    },
    {
      "name": "project-id",
      "role": "project",
      "type": "string",
      "description": "Project to act in, sent as X-Project-ID (same as --project)"
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
      "description": "Wait until the allocation is active; fails if it becomes failed or released"
    }
  ],
  "positionals": [],
  "example": "gpuaas allocations create --scheduler-type bare_metal --sku-id sku_01HZX3MQT1VVQNC3WKZ8NDYTK1",
  "operation": {
    "id": "createAllocation",
    "method": "POST",
    "path": "/api/v1/allocations",
    "auth": true,
    "projectScoped": true,
    "body": {
      "required": false,
      "mediaType": "application/json",
      "encoding": "json",
      "schema": {
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
        "field": "status",
        "state": true
      },
      {
        "field": "scheduler_type",
        "state": true
      },
      {
        "field": "sku_id"
      },
      {
        "field": "node_id"
      },
      {
        "field": "created_at"
      }
    ],
    "responses": [
      "202",
      "400",
      "401",
      "402",
      "403",
      "409",
      "422",
      "429",
      "500"
    ],
    "wait": {
      "operationId": "getAllocation",
      "waiter": "active",
      "parameters": {
        "allocation_id": "$response.body#/id"
      },
      "resource": "allocation",
      "success": [
        "active"
      ],
      "failure": [
        "failed",
        "released"
      ],
      "columns": [
        {
          "field": "id"
        },
        {
          "field": "status",
          "state": true
        },
        {
          "field": "scheduler_type",
          "state": true
        },
        {
          "field": "sku_id"
        },
        {
          "field": "node_id"
        },
        {
          "field": "created_at"
        },
        {
          "field": "updated_at"
        },
        {
          "field": "failure_reason"
        }
      ]
    }
  },
  "completions": {
    "project-id": {
      "command": [
        "projects",
        "list"
      ],
      "args": {},
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
  const { runOperation } = await import('../../run/operation.js');
  return runOperation(spec, args, ctx);
}
