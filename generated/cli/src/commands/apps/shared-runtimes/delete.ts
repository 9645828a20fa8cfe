// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "apps",
    "shared-runtimes",
    "delete"
  ],
  "aliases": [],
  "summary": "Delete a shared runtime",
  "description": "Starts deleting a shared runtime and its workers. Asynchronous: the runtime moves to\n`deleting` and then disappears (getSharedRuntime returns 404). Fails with 409 while projects\nare still attached.",
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
      "name": "id",
      "type": "string",
      "required": true,
      "description": "Shared runtime id.",
      "target": {
        "in": "path",
        "name": "runtime_id"
      }
    }
  ],
  "positionals": [],
  "example": "gpuaas apps shared-runtimes delete --org-id <org-id> --id <id>",
  "operation": {
    "id": "deleteSharedRuntime",
    "method": "DELETE",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}",
    "auth": true,
    "projectScoped": false,
    "idempotent": true,
    "confirm": true,
    "result": "object",
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
      }
    ],
    "responses": [
      "202",
      "401",
      "403",
      "404",
      "409",
      "429",
      "500"
    ]
  },
  "completions": {
    "org-id": {
      "recent": "org_id"
    },
    "id": {
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
  const { runOperation } = await import('../../../run/operation.js');
  return runOperation(spec, args, ctx);
}
