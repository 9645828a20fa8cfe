// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "allocations",
    "release"
  ],
  "aliases": [],
  "summary": "Release an allocation",
  "description": "Returns the allocation's capacity. Asynchronous: the allocation moves to `releasing` and\nthen `released`; use the `released` waiter (CLI `--wait`) to block until it is gone.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "id",
      "type": "string",
      "required": true,
      "description": "Allocation id.",
      "target": {
        "in": "path",
        "name": "allocation_id"
      }
    },
    {
      "name": "project-id",
      "role": "project",
      "type": "string",
      "description": "Project to act in, sent as X-Project-ID (same as --project)"
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
      "description": "Wait until the allocation is released; fails if it becomes failed"
    }
  ],
  "positionals": [],
  "example": "gpuaas allocations release --id <id>",
  "operation": {
    "id": "releaseAllocation",
    "method": "POST",
    "path": "/api/v1/allocations/{allocation_id}/release",
    "auth": true,
    "projectScoped": true,
    "idempotent": true,
    "idempotencyHeader": "Idempotency-Key",
    "confirm": true,
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
        "field": "updated_at"
      }
    ],
    "responses": [
      "202",
      "400",
      "401",
      "403",
      "404",
      "409",
      "429",
      "500"
    ],
    "wait": {
      "operationId": "getAllocation",
      "waiter": "released",
      "parameters": {
        "allocation_id": "$response.body#/id"
      },
      "resource": "allocation",
      "success": [
        "released"
      ],
      "failure": [
        "failed"
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
    "id": {
      "command": [
        "allocations",
        "list"
      ],
      "args": {},
      "value": "id",
      "label": "status"
    },
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
