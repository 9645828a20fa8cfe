/** `auth dev-login`: the contract's password-login operation, its token pair saved as the login. */
import { splitParams } from '../sdk.js';
import { globalOptions } from '../run/global.js';
import { inputSources, operationInput } from '../run/params.js';
import { openSession } from '../run/session.js';
import { readTokens } from '../run/credentials.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';
import { saveLogin } from './login.js';

export async function run(spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  const input = await operationInput(spec, args, inputSources(ctx));
  const session = await openSession(ctx, global);
  const op = session.api.operations[spec.operation!.id]!;
  const result = await session.client.request(
    op,
    splitParams(op, { ...input.params, body: input.body }, false),
    session.requestOptions(),
  );
  const body = (input.body ?? {}) as Record<string, unknown>;
  const user = [body.username, body.email, body.login].find((value) => typeof value === 'string') as string | undefined;
  await saveLogin(ctx, global, {
    dir: session.context.dir,
    baseUrl: session.baseUrl,
    tokens: readTokens(result, session.api.auth.tokenFields),
    ...(user ? { user } : {}),
  });
}
