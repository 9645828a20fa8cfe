// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "help",
    "exit-codes"
  ],
  "aliases": [],
  "summary": "List the exit codes and what they mean",
  "description": "",
  "hidden": false,
  "deprecated": false,
  "flags": [],
  "positionals": [],
  "example": "gpuaas help exit-codes"
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { run } = await import('../../builtins/exit-codes.js');
  return run(spec, args, ctx);
}
