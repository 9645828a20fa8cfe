// Code generated from openapi/gpuaas.yaml (sha256 a075ac54767594d5926c415964c1977395f2fd8689b14545e2327ec3646b8200), openapi/keycloak.yaml (sha256 f6182a065ba1de3726c26559404b0a9072df04fa109629f205ed5251a3d4bdce). DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  path: ['auth', 'whoami'],
  aliases: [],
  summary: 'Show the current user',
  description: 'Returns the identity behind the access token, its tenant, roles and active project.',
  hidden: false,
  deprecated: false,
  flags: [],
  positionals: [],
  example: 'gpuaas auth whoami',
  operation: {
    id: 'whoami',
    method: 'GET',
    path: '/api/v1/auth/whoami',
    auth: true,
    projectScoped: false,
    idempotent: true,
    confirm: false,
    columns: ['id', 'email', 'display_name', 'tenant_id', 'roles', 'active_project_id'],
    responses: ['200', '401', '403', '429', '500'],
  },
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { runOperation } = await import('../../run/operation.js');
  return runOperation(spec, args, ctx);
}
