// Copied verbatim from templates/cli/builtins/auth-refresh.ts. DO NOT EDIT: change the template and regenerate.
/** `auth refresh`: renew the stored tokens now (commands also do it on their own when they expire). */
import { CliError, ExitCode, readCredentials } from '../core/index.js';
import { globalOptions } from '../run/global.js';
import { printStatus } from '../run/print.js';
import { openSession } from '../run/session.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

export async function run(_spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  const session = await openSession(ctx, global);
  const { credentials, token } = session.context;
  if (token?.source !== 'credentials' || !credentials?.refresh_token || !session.tokenProvider?.refresh) {
    throw new CliError(
      'there is no stored login with a refresh token',
      ExitCode.auth,
      `run \`${ctx.identity.bin} auth login\``,
    );
  }
  await session.tokenProvider.refresh();
  const saved = await readCredentials(session.context.dir);
  await printStatus(
    ctx,
    global,
    `Tokens refreshed${saved?.expires_at ? `; the access token expires at ${saved.expires_at}` : ''}`,
    {
      refreshed: true,
      expires_at: saved?.expires_at ?? null,
    },
  );
}
