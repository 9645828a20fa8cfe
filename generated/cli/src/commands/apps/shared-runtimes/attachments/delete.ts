// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "apps",
    "shared-runtimes",
    "attachments",
    "delete"
  ],
  "aliases": [],
  "summary": "Detach a project from a runtime",
  "description": "Removes a project's attachment; the project's apps can no longer send work to the runtime.",
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
      "description": "Attachment id.",
      "target": {
        "in": "path",
        "name": "attachment_id"
      }
    }
  ],
  "positionals": [],
  "example": "gpuaas apps shared-runtimes attachments delete --org-id <org-id> --runtime-id <runtime-id> --id <id>",
  "operation": {
    "id": "deleteSharedRuntimeAttachment",
    "method": "DELETE",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}",
    "auth": true,
    "projectScoped": false,
    "idempotent": true,
    "confirm": true,
    "result": "none",
    "columns": [],
    "responses": [
      "204",
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
        "attachments",
        "list"
      ],
      "args": {
        "org-id": "org-id",
        "runtime-id": "runtime-id"
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
