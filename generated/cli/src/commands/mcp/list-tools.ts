// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "mcp",
    "list-tools"
  ],
  "aliases": [],
  "summary": "List the MCP tools and what their definitions cost in tokens",
  "description": "A table on a terminal; otherwise (or with -o json) exactly the tools/list payload an MCP client receives.",
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
      "name": "budget",
      "type": "boolean",
      "description": "Print the size of each tool definition instead"
    }
  ],
  "positionals": [],
  "example": "gpuaas mcp list-tools --read-only"
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { listTools } = await import('../../builtins/mcp.js');
  return listTools(spec, args, ctx);
}
