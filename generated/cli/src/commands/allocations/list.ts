// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "allocations",
    "list"
  ],
  "aliases": [],
  "summary": "List allocations",
  "description": "Lists the allocations of the project named by X-Project-ID, optionally filtered by status.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "status",
      "type": "string",
      "description": "Only allocations in this state.",
      "enum": [
        "pending",
        "provisioning",
        "active",
        "releasing",
        "released",
        "failed"
      ],
      "target": {
        "in": "query",
        "name": "status"
      }
    },
    {
      "name": "cursor",
      "type": "string",
      "description": "Opaque cursor from the previous page's next_cursor; omit for the first page.",
      "target": {
        "in": "query",
        "name": "cursor"
      },
      "role": "cursor"
    },
    {
      "name": "page-size",
      "type": "integer",
      "description": "Maximum number of items per page.",
      "default": 50,
      "minimum": 1,
      "maximum": 200,
      "target": {
        "in": "query",
        "name": "page_size"
      },
      "role": "pageSize"
    },
    {
      "name": "project-id",
      "role": "project",
      "type": "string",
      "description": "Project to act in, sent as X-Project-ID (same as --project)"
    },
    {
      "name": "all",
      "role": "all",
      "type": "boolean",
      "description": "Follow the cursors and list every page"
    },
    {
      "name": "max-items",
      "role": "maxItems",
      "type": "integer",
      "minimum": 1,
      "description": "Stop after this many items (following cursors as needed)"
    }
  ],
  "positionals": [],
  "example": "gpuaas allocations list",
  "operation": {
    "id": "listAllocations",
    "method": "GET",
    "path": "/api/v1/allocations",
    "auth": true,
    "projectScoped": true,
    "pagination": {
      "defaultPageSize": 50,
      "maxPageSize": 200
    },
    "idempotent": true,
    "confirm": false,
    "result": "list",
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
        "field": "sku_id",
        "priority": 2
      },
      {
        "field": "node_id",
        "priority": 2
      },
      {
        "field": "created_at"
      }
    ],
    "items": "allocations",
    "responses": [
      "200",
      "400",
      "401",
      "403",
      "429",
      "500"
    ]
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
