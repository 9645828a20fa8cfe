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
      "secret": true,
      "target": {
        "in": "body",
        "name": "password"
      }
    },
    {
      "name": "password-stdin",
      "role": "secretStdin",
      "type": "boolean",
      "secretOf": "password",
      "description": "Read --password from stdin (its first line)"
    }
  ],
  "positionals": [],
  "example": "gpuaas auth dev-login --username ada.lovelace",
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
  const { run } = await import('../../builtins/auth-password.js');
  return run(spec, args, ctx);
}
