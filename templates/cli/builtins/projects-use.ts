/** `projects use --id`: read the project (so a typo fails with 6 here, not later), then make it the active one. */
import { writeConfig } from '../core/index.js';
import { splitParams } from '../sdk.js';
import { globalOptions } from '../run/global.js';
import { inputSources, operationInput } from '../run/params.js';
import { printStatus } from '../run/print.js';
import { openSession } from '../run/session.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

export async function run(spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  const input = await operationInput(spec, args, inputSources(ctx));
  const operation = spec.operation!;
  const session = await openSession(ctx, global, { needsToken: operation.auth });
  const op = session.api.operations[operation.id]!;
  const project = await session.client.request<Record<string, unknown>>(
    op,
    splitParams(op, input.params, false),
    session.requestOptions(),
  );
  const id = String(input.params[op.pathParams[0]!]);
  await writeConfig(session.context.dir, { ...session.context.config, active_project: id });
  const name = typeof project?.name === 'string' ? ` (${project.name})` : '';
  await printStatus(ctx, global, `Active project: ${id}${name}`, project);
}
