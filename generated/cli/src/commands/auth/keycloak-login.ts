// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "auth",
    "keycloak-login"
  ],
  "aliases": [],
  "summary": "Log in with a Keycloak username and password",
  "description": "Gets tokens from the Keycloak password grant and saves them (mode 0600); later commands refresh them with the same server, realm and client.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "realm",
      "type": "string",
      "required": false,
      "description": "Keycloak realm name.",
      "target": {
        "in": "path",
        "name": "realm"
      },
      "default": "gpuaas"
    },
    {
      "name": "username",
      "type": "string",
      "description": "Keycloak username",
      "target": {
        "in": "body",
        "name": "username"
      },
      "required": true
    },
    {
      "name": "password",
      "type": "string",
      "description": "Keycloak password",
      "secret": true,
      "target": {
        "in": "body",
        "name": "password"
      },
      "required": true
    },
    {
      "name": "client-id",
      "type": "string",
      "required": false,
      "description": "Client id",
      "target": {
        "in": "body",
        "name": "client_id"
      },
      "default": "gpuaas-cli"
    },
    {
      "name": "client-secret",
      "type": "string",
      "description": "Only for confidential clients.",
      "secret": true,
      "target": {
        "in": "body",
        "name": "client_secret"
      }
    },
    {
      "name": "scope",
      "type": "string",
      "description": "Space-separated scopes, e.g. \"openid\"; include openid to receive an id_token.",
      "target": {
        "in": "body",
        "name": "scope"
      }
    },
    {
      "name": "password-stdin",
      "role": "secretStdin",
      "type": "boolean",
      "secretOf": "password",
      "description": "Read --password from stdin (its first line)"
    },
    {
      "name": "client-secret-stdin",
      "role": "secretStdin",
      "type": "boolean",
      "secretOf": "client-secret",
      "description": "Read --client-secret from stdin (its first line)"
    },
    {
      "name": "kc-url",
      "role": "serverUrl",
      "type": "string",
      "description": "Keycloak server URL (default: http://127.0.0.1:4011)"
    }
  ],
  "positionals": [],
  "example": "gpuaas auth keycloak-login --username ada.lovelace --client-id gpuaas-cli --scope openid",
  "operation": {
    "id": "keycloakPasswordGrant",
    "method": "POST",
    "path": "/realms/{realm}/protocol/openid-connect/token",
    "auth": false,
    "projectScoped": false,
    "body": {
      "required": true,
      "mediaType": "application/x-www-form-urlencoded",
      "encoding": "form",
      "schema": {
        "type": "object",
        "description": "Form fields of the token request. Keycloak ignores fields it does not know.",
        "required": [
          "grant_type",
          "client_id"
        ],
        "properties": {
          "grant_type": {
            "type": "string",
            "enum": [
              "password",
              "refresh_token",
              "urn:ietf:params:oauth:grant-type:device_code"
            ]
          },
          "username": {
            "type": "string",
            "minLength": 1,
            "description": "Required with grant_type=password."
          },
          "password": {
            "type": "string",
            "format": "password",
            "minLength": 1,
            "description": "Required with grant_type=password."
          },
          "refresh_token": {
            "type": "string",
            "minLength": 1,
            "description": "Required with grant_type=refresh_token."
          },
          "device_code": {
            "type": "string",
            "minLength": 1,
            "description": "Required with the device_code grant; from the device authorization response."
          },
          "client_id": {
            "type": "string",
            "minLength": 1
          },
          "client_secret": {
            "type": "string",
            "format": "password",
            "minLength": 1,
            "description": "Only for confidential clients."
          },
          "scope": {
            "type": "string",
            "description": "Space-separated scopes, e.g. \"openid\"; include openid to receive an id_token."
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
        "field": "expires_in"
      },
      {
        "field": "refresh_expires_in"
      },
      {
        "field": "refresh_token"
      },
      {
        "field": "token_type"
      },
      {
        "field": "id_token"
      }
    ],
    "responses": [
      "200",
      "400",
      "401"
    ]
  }
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { run } = await import('../../builtins/auth-idp.js');
  return run(spec, args, ctx);
}
