// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "apps",
    "shared-runtimes",
    "workers",
    "get"
  ],
  "aliases": [],
  "summary": "Get a runtime worker",
  "description": "Returns one worker of a shared runtime.",
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
      "name": "id",
      "type": "string",
      "required": true,
      "description": "Worker id.",
      "target": {
        "in": "path",
        "name": "worker_id"
      }
    }
  ],
  "positionals": [],
  "example": "gpuaas apps shared-runtimes workers get --org-id <org-id> --runtime-id <runtime-id> --id <id>",
  "operation": {
    "id": "getSharedRuntimeWorker",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers/{worker_id}",
    "auth": true,
    "projectScoped": false,
    "idempotent": true,
    "confirm": false,
    "result": "object",
    "columns": [
      {
        "field": "id"
      },
      {
        "field": "runtime_id"
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
    "responses": [
      "200",
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
    "id": {
      "command": [
        "apps",
        "shared-runtimes",
        "workers",
        "list"
      ],
      "args": {
        "org-id": "org-id",
        "runtime-id": "runtime-id"
      },
      "value": "id",
      "label": "node_id"
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
