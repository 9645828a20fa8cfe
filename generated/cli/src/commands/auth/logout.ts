// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "auth",
    "logout"
  ],
  "aliases": [],
  "summary": "Log out",
  "description": "Revokes the refresh token and ends the session. Revoking an already revoked token is a no-op.",
  "hidden": false,
  "deprecated": false,
  "flags": [],
  "positionals": [],
  "example": "gpuaas auth logout",
  "operation": {
    "id": "logout",
    "method": "POST",
    "path": "/api/v1/auth/logout",
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
          "refresh_token"
        ],
        "properties": {
          "refresh_token": {
            "type": "string",
            "minLength": 1,
            "description": "Refresh token of the session to end."
          }
        }
      }
    },
    "idempotent": true,
    "confirm": false,
    "result": "none",
    "columns": [],
    "responses": [
      "204",
      "400",
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
  const { run } = await import('../../builtins/auth-logout.js');
  return run(spec, args, ctx);
}
