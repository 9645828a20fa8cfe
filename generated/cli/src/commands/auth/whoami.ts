// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "auth",
    "whoami"
  ],
  "aliases": [],
  "summary": "Show the current user",
  "description": "Returns the identity behind the access token, its tenant, roles and active project.",
  "hidden": false,
  "deprecated": false,
  "flags": [],
  "positionals": [],
  "example": "gpuaas auth whoami",
  "operation": {
    "id": "whoami",
    "method": "GET",
    "path": "/api/v1/auth/whoami",
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
        "field": "email"
      },
      {
        "field": "display_name"
      },
      {
        "field": "tenant_id"
      },
      {
        "field": "roles"
      },
      {
        "field": "active_project_id"
      }
    ],
    "responses": [
      "200",
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
