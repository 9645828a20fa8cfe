// Code generated from openapi/gpuaas.yaml (sha256 a075ac54767594d5926c415964c1977395f2fd8689b14545e2327ec3646b8200), openapi/keycloak.yaml (sha256 f6182a065ba1de3726c26559404b0a9072df04fa109629f205ed5251a3d4bdce). DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  path: ['projects', 'get'],
  aliases: [],
  summary: 'Get a project',
  description: 'Returns one project by id.',
  hidden: false,
  deprecated: false,
  flags: [
    {
      name: 'id',
      type: 'string',
      required: true,
      description: 'Project id.',
      target: {
        in: 'path',
        name: 'project_id',
      },
    },
  ],
  positionals: [],
  example: 'gpuaas projects get --id <id>',
  operation: {
    id: 'getProject',
    method: 'GET',
    path: '/api/v1/projects/{project_id}',
    auth: true,
    projectScoped: false,
    idempotent: true,
    confirm: false,
    columns: ['id', 'name', 'slug', 'created_at'],
    responses: ['200', '401', '403', '404', '429', '500'],
  },
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { runOperation } = await import('../../run/operation.js');
  return runOperation(spec, args, ctx);
}
