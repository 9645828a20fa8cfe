// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "allocations",
    "terminal-token"
  ],
  "aliases": [],
  "summary": "Create a terminal token",
  "description": "Mints a short-lived token for an interactive terminal on an active allocation. Connect to\n`websocket_url` and send the token as the first message (or the `Sec-WebSocket-Protocol`\nvalue); it is never put in the URL.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "id",
      "type": "string",
      "required": true,
      "description": "Allocation id.",
      "target": {
        "in": "path",
        "name": "allocation_id"
      }
    },
    {
      "name": "project-id",
      "role": "project",
      "type": "string",
      "description": "Project to act in, sent as X-Project-ID (same as --project)"
    }
  ],
  "positionals": [],
  "example": "gpuaas allocations terminal-token --id <id>",
  "operation": {
    "id": "createTerminalToken",
    "method": "POST",
    "path": "/api/v1/allocations/{allocation_id}/terminal-token",
    "auth": true,
    "projectScoped": true,
    "idempotent": false,
    "confirm": false,
    "columns": [
      "websocket_url",
      "expires_at"
    ],
    "responses": [
      "201",
      "400",
      "401",
      "403",
      "404",
      "409",
      "429",
      "500"
    ]
  }
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { runOperation } = await import('../../run/operation.js');
  return runOperation(spec, args, ctx);
}
