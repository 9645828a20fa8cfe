// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "projects",
    "get"
  ],
  "aliases": [],
  "summary": "Get a project",
  "description": "Returns one project by id.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "id",
      "type": "string",
      "required": true,
      "description": "Project id.",
      "target": {
        "in": "path",
        "name": "project_id"
      }
    }
  ],
  "positionals": [],
  "example": "gpuaas projects get --id <id>",
  "operation": {
    "id": "getProject",
    "method": "GET",
    "path": "/api/v1/projects/{project_id}",
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
      "200",
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
