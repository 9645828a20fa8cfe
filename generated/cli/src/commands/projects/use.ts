// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "projects",
    "use"
  ],
  "aliases": [],
  "summary": "Make a project the active one for project-scoped commands",
  "description": "Checks that the project exists, then stores it as active_project in config.json. --project, --project-id and GPUAAS_PROJECT override it.",
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
  "example": "gpuaas projects use --id <id>",
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
  const { run } = await import('../../builtins/projects-use.js');
  return run(spec, args, ctx);
}
