/**
 * `auth login`: OpenID Connect in the browser. PKCE (S256) and a random state; the authorize URL is the
 * contract's authorize operation with its query parameters; the code that comes back to the loopback
 * server is exchanged through the contract's token operation (SDK), and the tokens saved. With
 * `--device` (or when the contract has only that), the device authorization grant: device-login.ts.
 */
import { CliError, ExitCode, UsageError } from '../core/index.js';
import { splitParams } from '../sdk.js';
import { readTokens } from '../run/credentials.js';
import { globalOptions } from '../run/global.js';
import { inputSources, operationInput } from '../run/params.js';
import { openSession } from '../run/session.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';
import { openBrowser } from './browser.js';
import { saveLogin } from './login.js';
import { authorizeUrl, listenForCallback, newState, pkcePair } from './oidc.js';

const LOGIN_TIMEOUT_MS = 5 * 60_000;

export async function run(spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  const device = spec.flags.find((f) => f.role === 'device');
  if (!spec.operation || (device && args[device.name] === true)) {
    const { runDeviceLogin } = await import('./device-login.js');
    return runDeviceLogin(spec, args, ctx, global);
  }
  const misplaced = spec.flags.find((f) => f.appliesWith && args[f.name] !== undefined);
  if (misplaced) throw new UsageError(`--${misplaced.name} applies only with --${misplaced.appliesWith}`);
  const input = await operationInput(
    { ...spec, flags: spec.flags.filter((f) => !f.appliesWith) },
    args,
    inputSources(ctx),
  );
  const session = await openSession(ctx, global);
  const { api } = session;
  const authorize = api.operations[api.auth.operations.oidcAuthorize ?? ''];
  const token = api.operations[api.auth.operations.oidcToken ?? ''];
  if (!authorize || !token) throw new CliError('this API has no browser login', ExitCode.usage);

  const { verifier, challenge } = pkcePair();
  const state = newState();
  const callback = await listenForCallback({
    state,
    timeoutMs: LOGIN_TIMEOUT_MS,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  try {
    const url = authorizeUrl(session.baseUrl, authorize, {
      ...input.params,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state,
      redirect_uri: callback.redirectUri,
    });
    const open = ctx.openBrowser ?? openBrowser;
    const opened =
      args['no-browser'] === true
        ? false
        : await open(url).then(
            () => true,
            () => false,
          );
    ctx.stderr.write(
      opened
        ? `Opened your browser to log in. If it did not open, visit:\n  ${url}\n`
        : `Open this URL in your browser to log in:\n  ${url}\n`,
    );
    ctx.stderr.write(`Waiting for the login to finish (up to ${LOGIN_TIMEOUT_MS / 60_000} minutes)…\n`);
    const code = await callback.code;
    const body = { code, code_verifier: verifier, redirect_uri: callback.redirectUri };
    const result = await session.client.request(token, splitParams(token, { body }, false), session.requestOptions());
    await saveLogin(ctx, global, {
      dir: session.context.dir,
      baseUrl: session.baseUrl,
      tokens: readTokens(result, api.auth.tokenFields),
    });
  } finally {
    callback.close();
  }
}
