// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "projects",
    "create"
  ],
  "aliases": [],
  "summary": "Create a project",
  "description": "Creates a project. The slug is derived from the name when omitted and must be unique in the tenant.",
  "hidden": false,
  "deprecated": false,
  "flags": [
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
      "name": "slug",
      "type": "string",
      "description": "URL-safe unique name; derived from name when omitted.",
      "target": {
        "in": "body",
        "name": "slug"
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
  "example": "gpuaas projects create --name 'LLM Fine-tuning' --slug llm-fine-tuning",
  "operation": {
    "id": "createProject",
    "method": "POST",
    "path": "/api/v1/projects",
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
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 100
          },
          "slug": {
            "type": "string",
            "pattern": "^[a-z0-9-]+$",
            "maxLength": 63,
            "description": "URL-safe unique name; derived from name when omitted."
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
        "field": "slug"
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
      "409",
      "422",
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
