// Copied verbatim from templates/cli/run/operation.ts. DO NOT EDIT: change the template and regenerate.
/**
 * Every operation command runs through here: flags -> inputs (exit 2), session (13, 4), confirmation
 * (3), one SDK call through splitParams (the same request the MCP server sends for the same inputs),
 * paging, --wait, output. Generated command modules carry only their CommandSpec.
 */
import { CancelledError, UsageError, confirm, noteRepeatCommand } from '../core/index.js';
import {
  inputProblems,
  splitParams,
  type InputProblem,
  type OperationSpec,
  type RequestInput,
  type RequestOptions,
} from '../sdk.js';
import { globalOptions } from './global.js';
import { flagByRole, inputSources, operationInput, roleValue, type OperationInput } from './params.js';
import { rememberIds } from './complete.js';
import { printer, type ListInfo } from './print.js';
import { mergeProject, openSession, type Session } from './session.js';
import type { CommandSpec, ParsedArgs, RunContext } from './types.js';
import { waitAfter } from './wait.js';

export async function runOperation(spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const operation = spec.operation;
  if (!operation) throw new Error(`${spec.path.join(' ')} is not an operation command`);
  // Everything the user typed is checked before anything is read from disk or sent.
  const global = globalOptions(args);
  const out = await printer(ctx, global);
  const input = await operationInput(spec, args, inputSources(ctx));
  const idempotencyKey = roleValue(spec, args, 'idempotencyKey') as string | undefined;
  const wait = operation.wait && roleValue(spec, args, 'wait') === true ? operation.wait : undefined;
  const projectFlag = flagByRole(spec, 'project');
  const project = mergeProject(
    global.project,
    roleValue(spec, args, 'project') as string | undefined,
    projectFlag?.name ?? 'project',
  );

  // The contract's constraints (lengths, pattern, enum, types, an object body) hold before anything is read or sent.
  const op = (await ctx.loadApi()).operations[operation.id];
  if (!op) throw new Error(`the SDK has no operation ${operation.id}`);
  const request = splitParams(
    op,
    { ...input.params, ...(input.body === undefined ? {} : { body: input.body }) },
    false,
  );
  checkInputs(spec, args, op, request);

  const session = await openSession(ctx, global, {
    project,
    needsProject: operation.projectScoped,
    needsToken: operation.auth,
  });
  if (operation.confirm) await confirmOrCancel(ctx, spec, input, global.yes);

  const options = session.requestOptions(idempotencyKey ? { idempotencyKey } : {});
  // Ids the shell completes from earlier commands (no list has them) are kept once a request succeeds.
  const remember = () => rememberIds(ctx, spec, input.params);

  if (operation.pagination) {
    const { items, more } = await listItems(session, spec, args, op, request, options);
    await remember();
    await out.list(items, { columns: operation.columns, ...(operation.items ? { noun: operation.items } : {}), ...(more ? { more } : {}) });
    return;
  }
  const result = await session.client.request(op, request, options).catch((error: unknown) => {
    const keyFlag = flagByRole(spec, 'idempotencyKey');
    if (keyFlag && ctx.argv) {
      const hidden = spec.flags.filter((f) => f.secret).map((f) => f.name);
      noteRepeatCommand(error, { bin: ctx.identity.bin, argv: ctx.argv, flag: keyFlag.name, hidden });
    }
    throw error;
  });
  await remember();
  if (!wait) {
    out.print(result, operation.columns);
    return;
  }
  const final = await waitAfter(ctx, session, wait, { params: input.params, body: result }, (data) =>
    out.print(data, wait.columns),
  );
  out.print(final, wait.columns);
}

/** Exit 2 naming the flag (or `--body` field) of each input that breaks a constraint of the contract. */
function checkInputs(spec: CommandSpec, args: ParsedArgs, op: OperationSpec, request: RequestInput): void {
  const problems = inputProblems(op, request);
  if (!problems.length) return;
  const bodyFlag = flagByRole(spec, 'body')?.name ?? 'body';
  // A body field names its flag when the flag gave it, else the field in --body, where it came from.
  const where = (problem: InputProblem): string => {
    const flag = spec.flags.find((f) => f.target?.in === problem.in && f.target.name === problem.name);
    if (flag && (problem.in !== 'body' || args[flag.name] !== undefined)) return `--${flag.name}`;
    return problem.name === undefined ? `--${bodyFlag}` : `"${problem.name}" in --${bodyFlag}`;
  };
  const lines = problems.map((problem) => `${where(problem)} ${problem.message}`);
  throw new UsageError(`invalid ${lines.length === 1 ? 'value' : 'values'}: ${lines.join('; ')}`);
}

async function confirmOrCancel(ctx: RunContext, spec: CommandSpec, input: OperationInput, yes: boolean): Promise<void> {
  const ids = spec.flags
    .filter((f) => f.target?.in === 'path' && input.params[f.target.name] !== undefined)
    .map((f) => `--${f.name} ${String(input.params[f.target!.name])}`);
  const message = `${spec.summary || spec.path.join(' ')}${ids.length ? ` (${ids.join(' ')})` : ''}?`;
  const ok = await confirm({
    message,
    yes,
    isTTY: ctx.tty.stdin && ctx.tty.stderr,
    stdin: ctx.stdin,
    stderr: ctx.stderr,
  });
  if (!ok) throw new CancelledError('cancelled');
}

/**
 * One page by default (the printer hints at the rest); `--all` follows the cursors and `--max-items N`
 * stops after N items, both streamed: the first page is fetched here (its failure prints nothing), later
 * pages as the output takes their items. JSON of a list is the array of items.
 */
async function listItems(
  session: Session,
  spec: CommandSpec,
  args: ParsedArgs,
  op: OperationSpec,
  request: RequestInput,
  options: RequestOptions,
): Promise<{ items: Iterable<unknown> | AsyncIterable<unknown>; more?: ListInfo['more'] }> {
  const all = roleValue(spec, args, 'all') === true;
  const maxItems = roleValue(spec, args, 'maxItems') as number | undefined;
  const pageSizeFlag = flagByRole(spec, 'pageSize');
  const maxPageSize = spec.operation?.pagination?.maxPageSize;
  // Asking for no more than is wanted saves transferring items that would be dropped.
  if (maxItems !== undefined && pageSizeFlag?.target && request.query?.[pageSizeFlag.target.name] === undefined) {
    request = {
      ...request,
      query: { ...request.query, [pageSizeFlag.target.name]: Math.min(maxItems, maxPageSize ?? maxItems) },
    };
  }
  // A listing that resumes from a link (no parameter of its own) takes the continuation as an option.
  const resume = flagByRole(spec, 'cursor');
  const cursor = resume && !resume.target ? (roleValue(spec, args, 'cursor') as string | undefined) : undefined;
  const pages = session.client.requestPage(op, request, cursor === undefined ? options : { ...options, cursor });
  const page = await pages;
  if (all || maxItems !== undefined) return { items: upTo(page, maxItems ?? Infinity) };
  if (page.nextCursor === null) return { items: page.items };
  const cursorFlag = flagByRole(spec, 'cursor')?.name;
  const allFlag = flagByRole(spec, 'all')?.name;
  return {
    items: page.items,
    more: { cursor: page.nextCursor, ...(cursorFlag ? { cursorFlag } : {}), ...(allFlag ? { allFlag } : {}) },
  };
}

/** At most `max` items; stopping closes the listing, so no page past the last wanted item is fetched. */
async function* upTo<Item>(items: AsyncIterable<Item>, max: number): AsyncGenerator<Item, void, undefined> {
  if (max <= 0) return;
  let count = 0;
  for await (const item of items) {
    yield item;
    if (++count >= max) return;
  }
}
