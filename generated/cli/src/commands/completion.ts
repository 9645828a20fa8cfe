// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "completion"
  ],
  "aliases": [],
  "summary": "Print a shell completion script",
  "description": "Completes commands, flags, enum values and ids (--id, --project-id, … listed from the API, cached for a minute). bash: `source <(gpuaas completion bash)` in ~/.bashrc; zsh: `gpuaas completion zsh > \"${fpath[1]}/_gpuaas\"`; fish: `gpuaas completion fish > ~/.config/fish/completions/gpuaas.fish`; PowerShell: `gpuaas completion powershell | Out-String | Invoke-Expression` in $PROFILE. The script runs this same installation (also through npx), and completes `npx gpuaas …` too.",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "shell",
      "type": "string",
      "enum": [
        "bash",
        "zsh",
        "fish",
        "powershell"
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
