// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "mcp",
    "serve"
  ],
  "aliases": [],
  "summary": "Serve the MCP tools over stdio",
  "description": "Credentials, base URL and project come from the same flags, environment and files as every other command.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "read-only",
      "type": "boolean",
      "description": "Only tools that change nothing"
    },
    {
      "name": "tools",
      "type": "string",
      "array": true,
      "description": "Only these tools (comma-separated or repeated)"
    },
    {
      "name": "tags",
      "type": "string",
      "array": true,
      "description": "Only tools with one of these contract tags (comma-separated or repeated)"
    }
  ],
  "positionals": [],
  "example": "gpuaas mcp serve --read-only"
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { serve } = await import('../../builtins/mcp.js');
  return serve(spec, args, ctx);
}
