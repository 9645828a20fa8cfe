// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "apps",
    "shared-runtimes",
    "workers",
    "list"
  ],
  "aliases": [],
  "summary": "List runtime workers",
  "description": "Lists the workers of a shared runtime and the nodes they run on.",
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
  "example": "gpuaas apps shared-runtimes workers list --org-id <org-id> --runtime-id <runtime-id>",
  "operation": {
    "id": "listSharedRuntimeWorkers",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers",
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
        "field": "node_id"
      },
      {
        "field": "status",
        "state": true
      },
      {
        "field": "started_at"
      }
    ],
    "items": "workers",
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
