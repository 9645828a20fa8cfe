/**
 * How an operation's inputs fold into one flat argument object, the shape the SDK runtime's splitParams
 * (templates/sdk/core/params.ts) takes apart again. The SDK's typed params and the MCP tools' input schemas
 * both follow this rule, so they flatten identically.
 */
import type { OperationIR } from '../ir/types.js';

/** splitParams' own key for the per-call project override. */
const SPLIT_PARAMS_KEYS = ['projectId'];

/**
 * Body fields sit beside the parameters when the body is an object with properties and none of them is
 * named like a parameter or a reserved key (`reserved`: names the target adds, e.g. MCP's project argument);
 * otherwise the whole body is one `body` argument. An optional body with required fields is one argument
 * too: either it is sent, whole, or it is not (flat, its required fields would be required of every call);
 * and so is a union body (`oneOf`), whose alternatives no flat list can say.
 */
export function bodyInline(op: OperationIR, reserved: readonly string[] = []): boolean {
  if (!op.body?.fields.length) return false;
  if (!op.body.required && op.body.fields.some((field) => field.required)) return false;
  // A union (oneOf/anyOf of objects) is not described by the fields it happens to declare beside it.
  if (op.body.schema.oneOf !== undefined || op.body.schema.anyOf !== undefined) return false;
  const { path, query, header } = op.parameters;
  const taken = new Set([...path, ...query, ...header].map((p) => p.name).concat(SPLIT_PARAMS_KEYS, reserved));
  return !op.body.fields.some((field) => taken.has(field.name));
}
