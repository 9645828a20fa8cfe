// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "allocations",
    "get"
  ],
  "aliases": [],
  "summary": "Get an allocation",
  "description": "Returns one allocation of the project named by X-Project-ID.",
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
    }
  ],
  "positionals": [],
  "example": "gpuaas allocations get --id <id>",
  "operation": {
    "id": "getAllocation",
    "method": "GET",
    "path": "/api/v1/allocations/{allocation_id}",
    "auth": true,
    "projectScoped": true,
    "idempotent": true,
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
      },
      {
        "field": "updated_at"
      },
      {
        "field": "failure_reason"
      }
    ],
    "responses": [
      "200",
      "400",
      "401",
      "403",
      "404",
      "429",
      "500"
    ]
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
