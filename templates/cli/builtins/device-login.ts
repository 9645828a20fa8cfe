/**
 * `auth login --device`: the OAuth 2.0 device authorization grant (RFC 8628), for a machine without a
 * browser (an SSH session). The CLI asks for a device code, shows the user code and where to enter it,
 * and polls the token endpoint every `interval` seconds: `authorization_pending` means wait,
 * `slow_down` means wait five seconds longer from now on, tokens end it, and so do `access_denied`,
 * `expired_token` or the codes' own expiry (exit 4). The field and error names are the RFC's.
 */
import { setTimeout as delay } from 'node:timers/promises';
import { CliError, ExitCode, UsageError, colourEnabled, palette } from '../core/index.js';
import { ApiError, splitParams, type ApiClient, type OperationSpec } from '../sdk.js';
import { readTokens, type StoredCredentials } from '../run/credentials.js';
import type { GlobalOptions } from '../run/global.js';
import { flagByRole, flagValue, inputSources, operationInput } from '../run/params.js';
import { openSession, transportOptions, type Session } from '../run/session.js';
import type { CommandSpec, ParsedArgs, RunContext, TokenFields } from '../run/types.js';
import { saveLogin } from './login.js';

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
/** RFC 8628 section 3.2: the interval when the server gives none; section 3.5: what slow_down adds. */
const DEFAULT_INTERVAL_S = 5;
const SLOW_DOWN_S = 5;

interface DeviceAuthorization {
  device_code: string;
  user_code: string;
  verification_uri: string;
  verification_uri_complete?: string;
  expires_in: number;
  interval?: number;
}

/** Where the grant runs: the identity provider's client (Keycloak), or the API's own. */
interface DeviceEndpoints {
  client: ApiClient;
  authorize: OperationSpec;
  token: OperationSpec;
  tokenFields: TokenFields;
  issuer?: (input: { params: Record<string, string>; body: Record<string, string> }) => StoredCredentials['issuer'];
}

function endpoints(
  ctx: RunContext,
  spec: CommandSpec,
  args: ParsedArgs,
  global: GlobalOptions,
  session: Session,
): DeviceEndpoints {
  const { api } = session;
  const provider = api.identityProvider;
  if (provider?.device) {
    const urlFlag = flagByRole(spec, 'serverUrl');
    const serverUrl = String((urlFlag && flagValue(urlFlag, args[urlFlag.name])) ?? provider.defaultBaseUrl);
    return {
      client: provider.createClient(transportOptions(ctx, global, serverUrl)),
      ...provider.device,
      tokenFields: provider.tokenFields,
      issuer: ({ params, body }) => ({ name: provider.name, base_url: serverUrl, path: params, body }),
    };
  }
  const authorize = api.operations[api.auth.operations.deviceAuthorize ?? ''];
  const token = api.operations[api.auth.operations.deviceToken ?? ''];
  if (!authorize || !token) throw new UsageError('this API has no device login');
  return { client: session.client, authorize, token, tokenFields: api.auth.tokenFields };
}

function parseAuthorization(value: unknown): DeviceAuthorization {
  const v = (value ?? {}) as Partial<DeviceAuthorization>;
  if (typeof v.device_code !== 'string' || typeof v.user_code !== 'string' || typeof v.verification_uri !== 'string')
    throw new CliError(
      'the device authorization response has no device_code, user_code or verification_uri',
      ExitCode.internal,
    );
  return { ...v, expires_in: typeof v.expires_in === 'number' ? v.expires_in : 0 } as DeviceAuthorization;
}

const strings = (record: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

/** Waits, or fails as an interruption on Ctrl-C. Tests replace it to see the waits without spending them. */
async function wait(ctx: RunContext, seconds: number): Promise<void> {
  if (ctx.sleep) return ctx.sleep(seconds * 1000);
  try {
    await delay(seconds * 1000, undefined, ctx.signal ? { signal: ctx.signal } : {});
  } catch {
    throw new CliError('login interrupted', ExitCode.interrupted);
  }
}

export async function runDeviceLogin(
  spec: CommandSpec,
  args: ParsedArgs,
  ctx: RunContext,
  global: GlobalOptions,
): Promise<void> {
  // The device flags alone: the browser login's (--provider) do not apply.
  const switched = spec.flags.find((f) => f.role === 'device');
  const { operation: _browser, ...rest } = spec;
  const deviceSpec: CommandSpec = { ...rest, flags: switched ? spec.flags.filter((f) => f.appliesWith) : spec.flags };
  const again = `run \`${[ctx.identity.bin, ...spec.path, ...(switched ? [`--${switched.name}`] : [])].join(' ')}\``;
  const input = await operationInput(deviceSpec, args, inputSources(ctx, { applyDefaults: true }));
  const session = await openSession(ctx, global);
  const grant = endpoints(ctx, spec, args, global, session);
  const form = (input.body ?? {}) as Record<string, unknown>;
  const options = session.requestOptions({ maxRetries: 0 });
  const started = Date.now();
  const authorization = parseAuthorization(
    await grant.client.request(
      grant.authorize,
      splitParams(grant.authorize, { ...input.params, body: form }, false),
      options,
    ),
  );

  const colours = palette(colourEnabled(ctx.tty.stderr, { noColor: global.noColor, env: ctx.env }));
  const minutes = Math.max(1, Math.round(authorization.expires_in / 60));
  ctx.stderr.write(
    [
      `To log in, open ${colours.bold(authorization.verification_uri)} in a browser on any device`,
      `and enter the code ${colours.bold(authorization.user_code)}`,
      ...(authorization.verification_uri_complete
        ? [colours.dim(`(or open ${authorization.verification_uri_complete}, which has the code in it)`)]
        : []),
      colours.dim(
        `Waiting for the login; the code expires in ${authorization.expires_in < 90 ? `${authorization.expires_in} s` : `${minutes} minutes`}…`,
      ),
      '',
    ].join('\n'),
  );

  // The device code and client credentials go to the token endpoint, never anything the user typed for the browser login.
  const { scope: _scope, ...client } = form;
  const poll = { ...client, grant_type: DEVICE_CODE_GRANT, device_code: authorization.device_code };
  const deadline = started + authorization.expires_in * 1000;
  let interval = Math.max(1, authorization.interval ?? DEFAULT_INTERVAL_S);
  for (;;) {
    await wait(ctx, interval);
    if (Date.now() >= deadline) throw expired(again);
    try {
      const result = await grant.client.request(
        grant.token,
        splitParams(grant.token, { ...input.params, body: poll }, false),
        options,
      );
      await saveLogin(ctx, global, {
        dir: session.context.dir,
        baseUrl: session.baseUrl,
        tokens: readTokens(result, grant.tokenFields),
        ...(grant.issuer ? { issuer: grant.issuer({ params: strings(input.params), body: strings(client) }) } : {}),
      });
      return;
    } catch (error) {
      const code = error instanceof ApiError && error.status === 400 ? error.errorCode : undefined;
      if (code === 'authorization_pending') continue;
      if (code === 'slow_down') {
        interval += SLOW_DOWN_S;
        continue;
      }
      if (code === 'expired_token') throw expired(again);
      if (code === 'access_denied')
        throw new CliError('the login was denied at the identity provider', ExitCode.auth, `${again} to try again`);
      throw error;
    }
  }
}

const expired = (again: string): CliError =>
  new CliError('the code expired before the login was finished', ExitCode.auth, `${again} for a new code`);
