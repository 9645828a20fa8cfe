// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "auth",
    "dev-login"
  ],
  "aliases": [],
  "summary": "Log in with username and password",
  "description": "Local/dev bootstrap login: exchanges a username and password for an access/refresh token\npair. Production identities use the OIDC flow (oidcAuthorize + oidcTokenExchange).",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "username",
      "type": "string",
      "required": true,
      "description": "Username",
      "target": {
        "in": "body",
        "name": "username"
      }
    },
    {
      "name": "password",
      "type": "string",
      "required": true,
      "description": "Password",
      "target": {
        "in": "body",
        "name": "password"
      }
    }
  ],
  "positionals": [],
  "example": "gpuaas auth dev-login --username ada.lovelace --password correct-horse-battery-staple",
  "operation": {
    "id": "personalLogin",
    "method": "POST",
    "path": "/api/v1/auth/personal/login",
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
          "username",
          "password"
        ],
        "properties": {
          "username": {
            "type": "string",
            "minLength": 1
          },
          "password": {
            "type": "string",
            "format": "password",
            "minLength": 1
          }
        }
      }
    },
    "idempotent": false,
    "confirm": false,
    "columns": [
      "access_token",
      "refresh_token",
      "token_type",
      "expires_in"
    ],
    "responses": [
      "200",
      "400",
      "401",
      "429",
      "500"
    ]
  }
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { run } = await import('../../builtins/auth-password.js');
  return run(spec, args, ctx);
}
