// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "schema"
  ],
  "aliases": [],
  "summary": "Print the JSON Schema of a contract resource",
  "description": "The schema is self-contained ($refs inlined). JSON by default; -o yaml for YAML.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "resource",
      "type": "string",
      "description": "Resource (schema) name; omit to list them"
    }
  ],
  "positionals": [
    "resource"
  ],
  "example": "gpuaas schema Allocation"
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { run } = await import('../builtins/schema.js');
  return run(spec, args, ctx);
}
