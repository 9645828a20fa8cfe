// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "allocations",
    "terminal-token"
  ],
  "aliases": [],
  "summary": "Create a terminal token",
  "description": "Mints a short-lived, single-use token for an interactive terminal on an active allocation.\nConnect to `websocket_url` and send the token as the first message (or as the\n`Sec-WebSocket-Protocol` value); it is never put in the URL.\n\nTerminal protocol (version 1), after the token:\n* Client to server: binary frames are input bytes for the terminal, as typed (the client's\n  terminal is in raw mode, so Ctrl-C arrives as byte 0x03). Text frames are JSON control\n  messages: `{\"type\":\"resize\",\"cols\":120,\"rows\":40}` right after the token and whenever the\n  client's window changes size; `{\"type\":\"eof\"}` when the client's input ends (a pipe).\n* Server to client: binary frames are terminal output bytes. Text frames are JSON control\n  messages: `{\"type\":\"exit\",\"code\":0}` when the remote process ends, with its exit status\n  (0-255), after which the server closes the connection with 1000;\n  `{\"type\":\"error\",\"message\":\"...\"}` before closing on an error.\n* Close codes: 1000 after `exit`; 4401 the token is invalid, expired or already used; 4403\n  the caller may not open this terminal; 4404 the allocation is gone; 4409 the allocation is\n  not active; 1011 a server error.",
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
  const { runOperation } = await import('../../run/operation.js');
  return runOperation(spec, args, ctx);
}
