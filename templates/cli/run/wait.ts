/**
 * `--wait`: after a mutation, poll the operation its x-codegen-wait link names through the SDK's
 * waitFor, with the contract's waiter, showing progress on stderr.
 */
import { createWaitProgress } from '../core/index.js';
import { WaiterError, splitParams, waitFor, type WaiterSpec } from '../sdk.js';
import type { Session } from './session.js';
import type { RunContext, WaitInfo } from './types.js';

/** What the mutation sent and got back: runtime expressions are evaluated against it. */
export interface Exchange {
  /** Path, query and header parameters by wire name. */
  params: Readonly<Record<string, unknown>>;
  body: unknown;
}

function pointer(value: unknown, path: string): unknown {
  if (path === '') return value;
  let current = value;
  for (const raw of path.replace(/^\//, '').split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** OpenAPI runtime expressions: `$response.body#/json/pointer`, `$request.path.name`, `$request.header.Name`. */
export function evaluate(expression: string, exchange: Exchange): unknown {
  if (expression.startsWith('$response.body#'))
    return pointer(exchange.body, expression.slice('$response.body#'.length));
  const request = /^\$request\.(path|header)\.(.+)$/.exec(expression);
  if (request) {
    const name = request[2]!;
    // Header names are case-insensitive.
    const key =
      request[1] === 'header' ? Object.keys(exchange.params).find((k) => k.toLowerCase() === name.toLowerCase()) : name;
    return key === undefined ? undefined : exchange.params[key];
  }
  throw new Error(`unsupported runtime expression ${expression} in x-codegen-wait`);
}

/** Polls until the waiter's success state (the polled resource is returned) or fails (exit 11 / 12). */
export async function waitAfter(
  ctx: RunContext,
  session: Session,
  wait: WaitInfo,
  exchange: Exchange,
  onFailure: (data: unknown) => void,
): Promise<unknown> {
  const { api, client } = session;
  const op = api.operations[wait.operationId];
  const spec: WaiterSpec | undefined = api.waiters[wait.operationId]?.[wait.waiter];
  if (!op || !spec) throw new Error(`the SDK has no waiter ${wait.operationId}.${wait.waiter}`);
  const params = Object.fromEntries(
    Object.entries(wait.parameters).map(([name, expression]) => [name, evaluate(expression, exchange)]),
  );
  const id = op.pathParams.length ? params[op.pathParams[op.pathParams.length - 1]!] : undefined;
  const progress = await createWaitProgress({
    resource: id === undefined ? wait.resource : `${wait.resource} ${String(id)}`,
    target: wait.success.join(' or '),
    isTTY: ctx.tty.stderr && ctx.tty.stdout,
    stderr: ctx.stderr,
  });
  const input = splitParams(op, { ...params, ...(session.projectId ? { projectId: session.projectId } : {}) }, false);
  try {
    const result = await waitFor(() => client.request(op, input, session.requestOptions()), spec, {
      onPoll: (state, _data, attempt) => progress.poll(state, attempt),
      ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
    progress.succeed();
    return result;
  } catch (error) {
    progress.fail();
    // The resource in its failure state is the result worth seeing (its failure reason included).
    if (error instanceof WaiterError) onFailure(error.data);
    throw error;
  }
}
