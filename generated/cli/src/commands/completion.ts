// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "completion"
  ],
  "aliases": [],
  "summary": "Print a shell completion script",
  "description": "Add `source <(gpuaas completion bash)` to ~/.bashrc, or `gpuaas completion zsh > \"${fpath[1]}/_gpuaas\"` for zsh.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "shell",
      "type": "string",
      "enum": [
        "bash",
        "zsh"
      ],
      "description": "Shell (default: from $SHELL)"
    }
  ],
  "positionals": [
    "shell"
  ],
  "example": "gpuaas completion bash"
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { run } = await import('../builtins/completion.js');
  return run(spec, args, ctx);
}
