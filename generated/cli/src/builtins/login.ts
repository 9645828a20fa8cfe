// Copied verbatim from templates/cli/builtins/login.ts. DO NOT EDIT: change the template and regenerate.
/** What every login command does with the token response: save it (0600, atomically) and say so. */
import { writeCredentials } from '../core/index.js';
import type { RefreshResult } from '../sdk.js';
import { toCredentials, type StoredCredentials } from '../run/credentials.js';
import type { GlobalOptions } from '../run/global.js';
import { printStatus } from '../run/print.js';
import type { RunContext } from '../run/types.js';

export async function saveLogin(
  ctx: RunContext,
  global: GlobalOptions,
  login: { dir: string; baseUrl: string; tokens: RefreshResult; user?: string; issuer?: StoredCredentials['issuer'] },
): Promise<void> {
  const credentials = toCredentials(login.tokens, {
    base_url: login.baseUrl,
    ...(login.issuer ? { issuer: login.issuer } : {}),
  });
  await writeCredentials(login.dir, credentials);
  // Who and where, never the token.
  await printStatus(ctx, global, `Logged in${login.user ? ` as ${login.user}` : ''} to ${login.baseUrl}`, {
    logged_in: true,
    base_url: login.baseUrl,
    ...(login.user ? { user: login.user } : {}),
    expires_at: credentials.expires_at ?? null,
  });
}
