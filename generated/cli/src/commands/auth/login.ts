// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "auth",
    "login"
  ],
  "aliases": [],
  "summary": "Log in with your browser (OpenID Connect with PKCE), or with a code (--device)",
  "description": "Opens the identity provider in your browser; after you log in it redirects to a one-time server on 127.0.0.1, and the authorization code is exchanged for tokens. With --device it shows a code to enter in a browser on any device, and waits until you have logged in there (OAuth 2.0 device authorization grant). The tokens are saved to the credentials file (mode 0600).",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "provider",
      "type": "string",
      "required": true,
      "description": "Identity provider to log in with.",
      "enum": [
        "huggingface",
        "github",
        "google"
      ],
      "target": {
        "in": "query",
        "name": "provider"
      }
    },
    {
      "name": "tenant-hint",
      "type": "string",
      "description": "Tenant slug to preselect when the identity belongs to several tenants.",
      "target": {
        "in": "query",
        "name": "tenant_hint"
      }
    },
    {
      "name": "identity-hint",
      "type": "string",
      "description": "Email address to prefill at the identity provider.",
      "target": {
        "in": "query",
        "name": "identity_hint"
      }
    },
    {
      "name": "no-browser",
      "type": "boolean",
      "description": "Print the login URL instead of opening a browser"
    },
    {
      "name": "device",
      "role": "device",
      "type": "boolean",
      "description": "Log in on another device: show a code to enter in any browser (no browser needed here, e.g. over SSH)"
    },
    {
      "name": "realm",
      "type": "string",
      "required": false,
      "description": "Keycloak realm name. (with --device)",
      "target": {
        "in": "path",
        "name": "realm"
      },
      "default": "gpuaas",
      "appliesWith": "device"
    },
    {
      "name": "client-id",
      "type": "string",
      "required": false,
      "description": "Client id (with --device)",
      "target": {
        "in": "body",
        "name": "client_id"
      },
      "default": "gpuaas-cli",
      "appliesWith": "device"
    },
    {
      "name": "client-secret",
      "type": "string",
      "description": "Only for confidential clients. (with --device)",
      "secret": true,
      "target": {
        "in": "body",
        "name": "client_secret"
      },
      "appliesWith": "device"
    },
    {
      "name": "scope",
      "type": "string",
      "description": "Space-separated scopes, e.g. \"openid\". (with --device)",
      "target": {
        "in": "body",
        "name": "scope"
      },
      "appliesWith": "device"
    },
    {
      "name": "client-secret-stdin",
      "role": "secretStdin",
      "type": "boolean",
      "secretOf": "client-secret",
      "description": "Read --client-secret from stdin (its first line) (with --device)",
      "appliesWith": "device"
    },
    {
      "name": "kc-url",
      "role": "serverUrl",
      "type": "string",
      "description": "Keycloak server URL (default: http://127.0.0.1:4011) (with --device)",
      "appliesWith": "device"
    }
  ],
  "positionals": [],
  "example": "gpuaas auth login --provider huggingface",
  "operation": {
    "id": "oidcAuthorize",
    "method": "GET",
    "path": "/api/v1/auth/oidc/authorize",
    "auth": false,
    "projectScoped": false,
    "idempotent": true,
    "confirm": false,
    "result": "none",
    "columns": [],
    "responses": [
      "302",
      "400",
      "429",
      "500"
    ]
  },
  "completions": {
    "realm": {
      "recent": "realm"
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
  const { run } = await import('../../builtins/auth-login.js');
  return run(spec, args, ctx);
}
