// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "explain"
  ],
  "aliases": [],
  "summary": "Describe a command: request, flags, body, output, exit codes",
  "description": "Text by default; -o json (or yaml) gives the same as one object.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "command",
      "type": "string",
      "variadic": true,
      "required": true,
      "description": "The command path"
    }
  ],
  "positionals": [
    "command"
  ],
  "example": "gpuaas explain allocations create"
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { run } = await import('../builtins/explain.js');
  return run(spec, args, ctx);
}
