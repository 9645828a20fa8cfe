// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "apps",
    "shared-runtimes",
    "list"
  ],
  "aliases": [],
  "summary": "List shared runtimes",
  "description": "Lists the shared app runtimes of an organization.",
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
  "example": "gpuaas apps shared-runtimes list --org-id <org-id>",
  "operation": {
    "id": "listSharedRuntimes",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes",
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
        "field": "name"
      },
      {
        "field": "status",
        "state": true
      },
      {
        "field": "sku_id",
        "priority": 2
      },
      {
        "field": "min_workers",
        "priority": 2
      },
      {
        "field": "max_workers",
        "priority": 2
      },
      {
        "field": "ready_workers"
      }
    ],
    "items": "shared runtimes",
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
    "org-id": {
      "recent": "org_id"
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
  const { runOperation } = await import('../../../run/operation.js');
  return runOperation(spec, args, ctx);
}
