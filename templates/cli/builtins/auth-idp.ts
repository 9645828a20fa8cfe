/**
 * `auth keycloak-login`: the identity-provider contract's password grant (form-encoded), through the SDK
 * client generated for it. The tokens are saved with what their refresh grant needs (server, realm,
 * client), so later commands refresh them there.
 */
import { UsageError } from '../core/index.js';
import { splitParams } from '../sdk.js';
import { readTokens } from '../run/credentials.js';
import { globalOptions } from '../run/global.js';
import { flagByRole, flagValue, inputSources, operationInput } from '../run/params.js';
import { openSession, transportOptions } from '../run/session.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';
import { saveLogin } from './login.js';

/** Kept out of the stored refresh inputs: the user's credentials and this grant's type. */
const NOT_STORED = new Set(['username', 'password', 'grant_type']);

export async function run(spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  const input = await operationInput(
    spec,
    args,
    inputSources(ctx, { applyDefaults: true, fixedBody: { grant_type: 'password' } }),
  );
  const session = await openSession(ctx, global);
  const provider = session.api.identityProvider;
  if (!provider) throw new UsageError(`${spec.path.join(' ')} is not available: the SDK has no identity provider`);
  const urlFlag = flagByRole(spec, 'serverUrl');
  const serverUrl = String((urlFlag && flagValue(urlFlag, args[urlFlag.name])) ?? provider.defaultBaseUrl);
  const client = provider.createClient(transportOptions(ctx, global, serverUrl));
  const form = (input.body ?? {}) as Record<string, unknown>;
  const request = splitParams(provider.operation, { ...input.params, body: form }, false);
  const result = await client.request(provider.operation, request, session.requestOptions());

  const strings = (record: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(record).filter(([k, v]) => typeof v === 'string' && !NOT_STORED.has(k)),
    ) as Record<string, string>;
  await saveLogin(ctx, global, {
    dir: session.context.dir,
    baseUrl: session.baseUrl,
    tokens: readTokens(result, provider.tokenFields),
    ...(typeof form.username === 'string' ? { user: form.username } : {}),
    issuer: { name: provider.name, base_url: serverUrl, path: strings(input.params), body: strings(form) },
  });
}
