// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "allocations",
    "terminal"
  ],
  "aliases": [],
  "summary": "Open an interactive terminal on the allocation",
  "description": "Mints a terminal token and connects your terminal to it over a WebSocket: what you type goes to the remote shell, window size changes follow, and the command exits with the remote exit status. Type Enter ~ . to disconnect.",
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
  "example": "gpuaas allocations terminal --id <id>",
  "operation": {
    "id": "createTerminalToken",
    "method": "POST",
    "path": "/api/v1/allocations/{allocation_id}/terminal-token",
    "auth": true,
    "projectScoped": true,
    "idempotent": false,
    "confirm": false,
    "result": "object",
    "columns": [
      {
        "field": "websocket_url"
      },
      {
        "field": "expires_at"
      }
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
  },
  "terminal": {
    "urlField": "websocket_url",
    "tokenField": "token"
  },
  "completions": {
    "id": {
      "command": [
        "allocations",
        "list"
      ],
      "args": {},
      "value": "id",
      "label": "status"
    },
    "project-id": {
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
  const { run } = await import('../../builtins/terminal.js');
  return run(spec, args, ctx);
}
