// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "apps",
    "shared-runtimes",
    "attachments",
    "create"
  ],
  "aliases": [],
  "summary": "Attach a project to a runtime",
  "description": "Attaches a project to a shared runtime so that the project's apps can send work to it.",
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
      "name": "project-id",
      "type": "string",
      "required": true,
      "description": "Project to attach (not the caller's X-Project-ID; this operation is org-scoped).",
      "target": {
        "in": "body",
        "name": "project_id"
      }
    },
    {
      "name": "name",
      "type": "string",
      "required": true,
      "description": "Name",
      "target": {
        "in": "body",
        "name": "name"
      }
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
    }
  ],
  "positionals": [],
  "example": "gpuaas apps shared-runtimes attachments create --org-id <org-id> --runtime-id <runtime-id> --project-id proj_01HZX282WZ7T7D204BHZDCBMD0 --name llm-fine-tuning-eval",
  "operation": {
    "id": "createSharedRuntimeAttachment",
    "method": "POST",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments",
    "auth": true,
    "projectScoped": false,
    "body": {
      "required": true,
      "mediaType": "application/json",
      "encoding": "json",
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "project_id",
          "name"
        ],
        "properties": {
          "project_id": {
            "type": "string",
            "minLength": 1,
            "description": "Project to attach (not the caller's X-Project-ID; this operation is org-scoped)."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 63
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
        "field": "name"
      },
      {
        "field": "project_id"
      },
      {
        "field": "created_at"
      }
    ],
    "responses": [
      "201",
      "400",
      "401",
      "403",
      "404",
      "409",
      "422",
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
