// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "nodes",
    "list"
  ],
  "aliases": [],
  "summary": "List GPU nodes",
  "description": "Lists the GPU nodes visible to the tenant, optionally filtered by status.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "status",
      "type": "string",
      "description": "Only nodes in this state.",
      "enum": [
        "available",
        "allocated",
        "maintenance",
        "offline"
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
  "example": "gpuaas nodes list",
  "operation": {
    "id": "listNodes",
    "method": "GET",
    "path": "/api/v1/nodes",
    "auth": true,
    "projectScoped": false,
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
        "field": "hostname"
      },
      {
        "field": "region",
        "priority": 2
      },
      {
        "field": "status",
        "state": true
      },
      {
        "field": "gpu_model",
        "priority": 2
      },
      {
        "field": "gpu_count",
        "priority": 3
      },
      {
        "field": "sku_id",
        "priority": 3
      }
    ],
    "items": "nodes",
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
