// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "auth",
    "refresh"
  ],
  "aliases": [],
  "summary": "Refresh the access token",
  "description": "Exchanges a refresh token for a new token pair. Refresh tokens rotate: the one sent is\ninvalidated and the response carries its replacement.",
  "hidden": false,
  "deprecated": false,
  "flags": [],
  "positionals": [],
  "example": "gpuaas auth refresh",
  "operation": {
    "id": "refreshToken",
    "method": "POST",
    "path": "/api/v1/auth/token/refresh",
    "auth": false,
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
            "minLength": 1
          }
        }
      }
    },
    "idempotent": false,
    "confirm": false,
    "result": "object",
    "columns": [
      {
        "field": "access_token"
      },
      {
        "field": "refresh_token"
      },
      {
        "field": "token_type",
        "state": true
      },
      {
        "field": "expires_in"
      }
    ],
    "responses": [
      "200",
      "400",
      "401",
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
  const { run } = await import('../../builtins/auth-refresh.js');
  return run(spec, args, ctx);
}
