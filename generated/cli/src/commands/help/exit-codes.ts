// Code generated from openapi/gpuaas.yaml (sha256 a075ac54767594d5926c415964c1977395f2fd8689b14545e2327ec3646b8200), openapi/keycloak.yaml (sha256 f6182a065ba1de3726c26559404b0a9072df04fa109629f205ed5251a3d4bdce). DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  path: ['help', 'exit-codes'],
  aliases: [],
  summary: 'List the exit codes and what they mean',
  description: '',
  hidden: false,
  deprecated: false,
  flags: [],
  positionals: [],
  example: 'gpuaas help exit-codes',
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { run } = await import('../../builtins/exit-codes.js');
  return run(spec, args, ctx);
}
