// Code generated from openapi/gpuaas.yaml (sha256 a075ac54767594d5926c415964c1977395f2fd8689b14545e2327ec3646b8200), openapi/keycloak.yaml (sha256 f6182a065ba1de3726c26559404b0a9072df04fa109629f205ed5251a3d4bdce). DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  path: ['auth', 'logout'],
  aliases: [],
  summary: 'Log out',
  description: 'Revokes the refresh token and ends the session. Revoking an already revoked token is a no-op.',
  hidden: false,
  deprecated: false,
  flags: [],
  positionals: [],
  example: 'gpuaas auth logout',
  operation: {
    id: 'logout',
    method: 'POST',
    path: '/api/v1/auth/logout',
    auth: true,
    projectScoped: false,
    body: {
      required: true,
      mediaType: 'application/json',
      schema: {
        type: 'object',
        additionalProperties: false,
        required: ['refresh_token'],
        properties: {
          refresh_token: {
            type: 'string',
            minLength: 1,
            description: 'Refresh token of the session to end.',
          },
        },
      },
    },
    idempotent: true,
    confirm: false,
    columns: [],
    responses: ['204', '400', '401', '403', '429', '500'],
  },
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { run } = await import('../../builtins/auth-logout.js');
  return run(spec, args, ctx);
}
