// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "auth",
    "login"
  ],
  "aliases": [],
  "summary": "Log in with your browser (OpenID Connect with PKCE)",
  "description": "Opens the identity provider in your browser; after you log in it redirects to a one-time server on 127.0.0.1, and the authorization code is exchanged for tokens, which are saved to the credentials file (mode 0600).",
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
    "columns": [],
    "responses": [
      "302",
      "400",
      "429",
      "500"
    ]
  }
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { run } = await import('../../builtins/auth-login.js');
  return run(spec, args, ctx);
}
