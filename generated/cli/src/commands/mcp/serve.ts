// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "mcp",
    "serve"
  ],
  "aliases": [],
  "summary": "Serve the MCP tools over stdio or Streamable HTTP",
  "description": "Credentials, base URL and project come from the same flags, environment and files as every other command. Over HTTP, a session opened with `Authorization: Bearer <token>` calls the API with that token instead. Exits 2 for a malformed --http address and 12 when it cannot listen (port in use, no such address); Ctrl-C or SIGTERM stops it cleanly (exit 0).",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "read-only",
      "type": "boolean",
      "description": "Only tools that change nothing (and return no live credential)"
    },
    {
      "name": "tools",
      "type": "string",
      "array": true,
      "description": "static (a tool per operation), dynamic (three tools that search, describe and call operations), auto (default: static within --tool-budget), and/or only these tools (comma-separated or repeated)"
    },
    {
      "name": "tags",
      "type": "string",
      "array": true,
      "description": "Only tools with one of these contract tags (comma-separated or repeated)"
    },
    {
      "name": "tool-budget",
      "type": "integer",
      "minimum": 1,
      "description": "Approximate tokens the static tool list may cost before auto switches to dynamic (default 25000)"
    },
    {
      "name": "output-schemas",
      "type": "boolean",
      "description": "Also list each tool's outputSchema (off by default: about half the list's tokens; results are the same)"
    },
    {
      "name": "http",
      "type": "string",
      "description": "Serve Streamable HTTP at http://HOST:PORT/mcp instead of stdio ([HOST:]PORT; host default 127.0.0.1)"
    },
    {
      "name": "allowed-hosts",
      "type": "string",
      "array": true,
      "description": "Host names clients may use besides loopback ones (DNS rebinding protection; comma-separated or repeated)"
    },
    {
      "name": "allowed-origins",
      "type": "string",
      "array": true,
      "description": "Browser origins allowed besides loopback pages, e.g. https://app.example (comma-separated or repeated)"
    }
  ],
  "positionals": [],
  "example": "gpuaas mcp serve --http 127.0.0.1:8080 --read-only"
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { serve } = await import('../../builtins/mcp.js');
  return serve(spec, args, ctx);
}
