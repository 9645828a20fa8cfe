// Code generated from openapi/gpuaas.yaml (sha256 a075ac54767594d5926c415964c1977395f2fd8689b14545e2327ec3646b8200), openapi/keycloak.yaml (sha256 f6182a065ba1de3726c26559404b0a9072df04fa109629f205ed5251a3d4bdce). DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../../run/types.js';

export const spec: CommandSpec = {
  path: ['apps', 'shared-runtimes', 'delete'],
  aliases: [],
  summary: 'Delete a shared runtime',
  description:
    'Starts deleting a shared runtime and its workers. Asynchronous: the runtime moves to\n`deleting` and then disappears (getSharedRuntime returns 404). Fails with 409 while projects\nare still attached.',
  hidden: false,
  deprecated: false,
  flags: [
    {
      name: 'org-id',
      type: 'string',
      required: true,
      description: 'Organization id.',
      target: {
        in: 'path',
        name: 'org_id',
      },
    },
    {
      name: 'id',
      type: 'string',
      required: true,
      description: 'Shared runtime id.',
      target: {
        in: 'path',
        name: 'runtime_id',
      },
    },
  ],
  positionals: [],
  example: 'gpuaas apps shared-runtimes delete --org-id <org-id> --id <id>',
  operation: {
    id: 'deleteSharedRuntime',
    method: 'DELETE',
    path: '/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}',
    auth: true,
    projectScoped: false,
    idempotent: true,
    confirm: true,
    columns: ['id', 'name', 'status'],
    responses: ['202', '401', '403', '404', '409', '429', '500'],
  },
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { runOperation } = await import('../../../run/operation.js');
  return runOperation(spec, args, ctx);
}
