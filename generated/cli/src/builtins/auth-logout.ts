// Copied verbatim from templates/cli/builtins/auth-logout.ts. DO NOT EDIT: change the template and regenerate.
/** `auth logout`: revoke the session on the server (the contract's logout operation), then forget it locally. */
import { deleteCredentials } from '../core/index.js';
import { AuthenticationError, splitParams } from '../sdk.js';
import { globalOptions } from '../run/global.js';
import { printStatus } from '../run/print.js';
import { openSession } from '../run/session.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

export async function run(spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  const session = await openSession(ctx, global);
  const { credentials, dir } = session.context;
  if (!credentials) {
    await printStatus(ctx, global, 'Not logged in', { logged_in: false });
    return;
  }
  const field = session.api.auth.tokenFields.refreshToken;
  const op = session.api.operations[spec.operation!.id]!;
  try {
    if (field && credentials.refresh_token) {
      await session.client.request(
        op,
        splitParams(op, { body: { [field]: credentials.refresh_token } }, false),
        session.requestOptions(),
      );
    }
  } catch (error) {
    // A session the server no longer accepts is already over; anything else is reported (after the local logout).
    if (!(error instanceof AuthenticationError)) {
      await deleteCredentials(dir);
      throw error;
    }
  }
  await deleteCredentials(dir);
  await printStatus(ctx, global, `Logged out of ${credentials.base_url ?? session.baseUrl}`, { logged_in: false });
}
