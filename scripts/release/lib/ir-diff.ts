/**
 * Contract diff on the generator's normalized IR (load -> validate -> buildIR), so a `$ref` refactor or a
 * reordering is no change at all. Operations are matched by operationId: a renamed operation is one
 * removal and one addition. Each aspect of an operation that a client depends on is a row of RULES;
 * parameters, bodies and responses go through the direction-aware schema diff.
 */
import { isDeepStrictEqual } from 'node:util';
import type {
  ContractIR,
  IdempotencyIR,
  JsonSchema,
  OperationIR,
  PaginationIR,
  ParameterIR,
  WaiterIR,
} from '../../../generator/ir/types.js';
import type { Change, ChangeKind, Level } from './changes.js';
import { diffSchema } from './schema-diff.js';
import { inlineSchema } from '../../../generator/ir/schema.js';

type Verdict = [Level, ChangeKind, string] | undefined;

/** One aspect of an operation: how to read it, and what a change of it means. */
interface Rule {
  aspect: string;
  judge(before: OperationIR, after: OperationIR): Verdict[];
}

/** A list of verdicts, not one verdict (itself a tuple). */
const isList = (v: Verdict | Verdict[]): v is Verdict[] => Array.isArray(v) && typeof v[0] !== 'string';

const rule = <T>(
  aspect: string,
  read: (op: OperationIR) => T,
  judge: (before: T, after: T) => Verdict | Verdict[],
): Rule => ({
  aspect,
  judge: (before, after) => {
    const verdict = judge(read(before), read(after));
    return isList(verdict) ? verdict : [verdict];
  },
});

const show = (value: unknown): string =>
  value === undefined ? 'none' : typeof value === 'string' ? value : JSON.stringify(value);
const words = (path: readonly string[]): string => `\`${path.join(' ')}\``;

/** A flag turning on breaks callers when `onBreaks`, turning off when not; the other way is a patch. */
const toggle =
  (on: string, off: string, onBreaks: boolean) =>
  (before: boolean, after: boolean): Verdict =>
    before === after
      ? undefined
      : after === onBreaks
        ? ['major', 'changed', after ? on : off]
        : ['patch', 'changed', after ? on : off];

function judgeIdempotency(before: IdempotencyIR | undefined, after: IdempotencyIR | undefined): Verdict {
  if (isDeepStrictEqual(before, after)) return undefined;
  if (before?.kind === 'key' && after?.kind !== 'key')
    return ['major', 'removed', 'idempotency key removed: retries are no longer deduplicated'];
  if (after?.kind === 'key' && before?.kind !== 'key')
    return ['minor', 'added', `idempotency key added (${after.header})`];
  if (before?.kind === 'key' && after?.kind === 'key') {
    if (before.header !== after.header)
      return ['major', 'changed', `idempotency header ${before.header} → ${after.header}`];
    if (after.required && !before.required) return ['major', 'changed', 'idempotency key now required'];
    return ['patch', 'changed', `idempotency ${show(before)} → ${show(after)}`];
  }
  return ['patch', 'changed', `idempotency exemption ${show(before)} → ${show(after)}`];
}

function judgePagination(before: PaginationIR | undefined, after: PaginationIR | undefined): Verdict {
  // The item schema is compared with the response; its component name is the surface diff's business; whether
  // the contract declared or the generator inferred the same paging changes nothing for a caller.
  const { itemSchema: _a, itemSchemaName: _an, declared: _ad, ...b } = before ?? ({} as PaginationIR);
  const { itemSchema: _b, itemSchemaName: _bn, declared: _bd, ...a } = after ?? ({} as PaginationIR);
  if (isDeepStrictEqual(b, a)) return undefined;
  if (before && !after) return ['major', 'removed', 'pagination removed: callers iterating pages break'];
  if (!before && after)
    return ['major', 'added', 'now paginated: the SDK method returns a page instead of the response body'];
  const renamed = (['kind', 'cursorParam', 'pageSizeParam', 'itemsField', 'nextCursorField', 'hasMoreField', 'idField'] as const).filter(
    (k) => before![k] !== after![k],
  );
  if (renamed.length)
    return ['major', 'changed', `pagination ${renamed.map((k) => `${k} ${before![k]} → ${after![k]}`).join(', ')}`];
  if ((after!.maxPageSize ?? Infinity) < (before!.maxPageSize ?? Infinity))
    return ['major', 'changed', `max page size ${before!.maxPageSize} → ${after!.maxPageSize}`];
  return [
    'patch',
    'changed',
    `page sizes default ${before!.defaultPageSize} → ${after!.defaultPageSize}, max ${before!.maxPageSize} → ${after!.maxPageSize}`,
  ];
}

function judgeWaiters(before: WaiterIR[], after: WaiterIR[]): Verdict[] {
  const names = [...new Set([...before, ...after].map((w) => w.name))].sort();
  return names.map((name): Verdict => {
    const b = before.find((w) => w.name === name);
    const a = after.find((w) => w.name === name);
    if (!a) return ['major', 'removed', `waiter ${name} removed`];
    if (!b) return ['minor', 'added', `waiter ${name} added`];
    if (isDeepStrictEqual(a, b)) return undefined;
    // What "done" means changed: callers waiting on it get a different outcome.
    const meaning = a.field !== b.field || b.success.some((s) => !a.success.includes(s));
    return [
      meaning ? 'major' : 'patch',
      'changed',
      `waiter ${name}: field ${b.field} → ${a.field}, success [${b.success}] → [${a.success}], failure [${b.failure}] → [${a.failure}], max wait ${b.maxWaitSeconds}s → ${a.maxWaitSeconds}s`,
    ];
  });
}

function judgeList(
  what: string,
  before: readonly string[],
  after: readonly string[],
  removal: Level = 'major',
  addition: Level = 'minor',
): Verdict[] {
  return [
    ...before.filter((x) => !after.includes(x)).map((x): Verdict => [removal, 'removed', `${what} ${x} removed`]),
    ...after.filter((x) => !before.includes(x)).map((x): Verdict => [addition, 'added', `${what} ${x} added`]),
  ];
}

const changed =
  (level: Level, what: string) =>
  (before: unknown, after: unknown): Verdict =>
    isDeepStrictEqual(before, after) ? undefined : [level, 'changed', `${what} ${show(before)} → ${show(after)}`];

export const RULES: Rule[] = [
  rule('http', (op) => `${op.method} ${op.path}`, changed('major', 'endpoint')),
  rule(
    'project scope',
    (op) => op.projectScoped,
    toggle('now project-scoped: callers must send the project header', 'no longer project-scoped', true),
  ),
  rule('auth', (op) => op.auth, toggle('now requires authentication', 'no longer requires authentication', true)),
  rule('idempotency', (op) => op.idempotency, judgeIdempotency),
  rule('pagination', (op) => op.pagination, judgePagination),
  rule('waiters', (op) => op.waiters, judgeWaiters),
  rule(
    'wait',
    (op) => op.wait,
    (b, a) =>
      isDeepStrictEqual(b, a)
        ? undefined
        : !a
          ? ['major', 'removed', '--wait removed']
          : !b
            ? ['minor', 'added', `--wait added (waiter ${a.waiter})`]
            : ['patch', 'changed', `--wait ${show(b)} → ${show(a)}`],
  ),
  rule(
    'cli command',
    (op) => op.cli.command,
    (b, a) =>
      isDeepStrictEqual(b, a) ? undefined : ['major', 'changed', `CLI command renamed ${words(b)} → ${words(a)}`],
  ),
  rule(
    'cli aliases',
    (op) => op.cli.aliases,
    (b, a) => judgeList('CLI alias', b, a),
  ),
  rule('cli positionals', (op) => op.cli.positionals, changed('major', 'CLI positional arguments')),
  rule(
    'cli confirm',
    (op) => op.cli.confirm,
    toggle('now asks for confirmation (scripts need --yes)', 'no longer asks for confirmation', true),
  ),
  rule('cli columns', (op) => op.cli.columns, changed('patch', 'CLI default columns')),
  rule('cli hidden', (op) => op.cli.hidden, toggle('hidden from CLI help', 'shown in CLI help', false)),
  rule('sdk method', (op) => [...op.sdk.resource, op.sdk.method].join('.'), changed('major', 'SDK method renamed')),
  rule(
    'mcp tool',
    (op) => (op.mcp.exclude ? undefined : op.mcp.name),
    (b, a) =>
      b === a
        ? undefined
        : !a
          ? ['major', 'removed', `MCP tool ${b} removed`]
          : !b
            ? ['minor', 'added', `MCP tool ${a} added`]
            : ['major', 'changed', `MCP tool renamed ${b} → ${a}`],
  ),
  rule(
    'mcp live credential',
    (op) => op.mcp.liveCredential,
    // Read-only MCP servers stop offering the tool.
    toggle('MCP tool returns a live credential (left out of read-only mode)', 'MCP tool no longer marked as returning a live credential', true),
  ),
  rule('deprecated', (op) => op.deprecated, toggle('deprecated', 'no longer deprecated', false)),
  rule(
    'docs',
    (op) => [op.summary, op.description, op.mcp.description],
    (b, a) => (isDeepStrictEqual(b, a) ? undefined : ['patch', 'changed', 'summary or description changed']),
  ),
  rule(
    'error responses',
    (op) => op.responses.filter((r) => r.isError).map((r) => r.status),
    (b, a) => judgeList('error response', b, a, 'patch', 'patch'),
  ),
];

function diffParameters(before: OperationIR, after: OperationIR): Change[] {
  const all = (op: OperationIR): Map<string, ParameterIR> =>
    new Map(
      Object.values(op.parameters)
        .flat()
        .map((p) => [`${p.location} ${p.name}`, p]),
    );
  const [pb, pa] = [all(before), all(after)];
  const out: Change[] = [];
  for (const [key, b] of pb) {
    const subject = `${after.id} ${key}`;
    const a = pa.get(key);
    if (!a) {
      out.push({ level: 'major', kind: 'removed', subject, detail: 'parameter removed' });
      continue;
    }
    if (a.required !== b.required)
      out.push({
        level: a.required ? 'major' : 'minor',
        kind: 'changed',
        subject,
        detail: a.required ? 'now required' : 'now optional',
      });
    if (a.cliFlag !== b.cliFlag)
      out.push({
        level: 'major',
        kind: 'changed',
        subject,
        detail: `CLI flag renamed --${b.cliFlag} → --${a.cliFlag}`,
      });
    out.push(...diffSchema(b.schema, a.schema, subject, 'request'));
  }
  for (const [key, a] of pa) {
    if (!pb.has(key))
      out.push({
        level: a.required ? 'major' : 'minor',
        kind: 'added',
        subject: `${after.id} ${key}`,
        detail: a.required ? 'new required parameter' : 'parameter added',
      });
  }
  return out;
}

function diffBody(before: OperationIR, after: OperationIR): Change[] {
  const [b, a] = [before.body, after.body];
  const subject = `${after.id} body`;
  if (!b && !a) return [];
  if (!a) return [{ level: 'major', kind: 'removed', subject, detail: 'request body removed' }];
  if (!b)
    return [
      {
        level: a.required ? 'major' : 'minor',
        kind: 'added',
        subject,
        detail: a.required ? 'new required request body' : 'optional request body added',
      },
    ];
  const out: Change[] = [];
  if (a.mediaType !== b.mediaType)
    out.push({ level: 'major', kind: 'changed', subject, detail: `media type ${b.mediaType} → ${a.mediaType}` });
  if (a.required !== b.required)
    out.push({
      level: a.required ? 'major' : 'minor',
      kind: 'changed',
      subject,
      detail: a.required ? 'now required' : 'now optional',
    });
  // Fields of a form body are flags too: a renamed flag breaks scripts.
  for (const field of a.fields) {
    const old = b.fields.find((f) => f.name === field.name);
    if (old && old.cliFlag !== field.cliFlag)
      out.push({
        level: 'major',
        kind: 'changed',
        subject: `${subject}.${field.name}`,
        detail: `CLI flag renamed --${old.cliFlag} → --${field.cliFlag}`,
      });
  }
  return [...out, ...diffSchema(b.schema, a.schema, subject, 'request')];
}

function diffSuccess(before: OperationIR, after: OperationIR): Change[] {
  const [b, a] = [before.success, after.success];
  const subject = `${after.id} response`;
  const out: Change[] = [];
  if (b && a && b.status !== a.status)
    out.push({ level: 'patch', kind: 'changed', subject, detail: `success status ${b.status} → ${a.status}` });
  return [...out, ...diffSchema(b?.schema, a?.schema, subject, 'response')];
}

export function diffOperation(before: OperationIR, after: OperationIR): Change[] {
  const out: Change[] = [];
  for (const { aspect, judge } of RULES) {
    for (const verdict of judge(before, after))
      if (verdict)
        out.push({ level: verdict[0], kind: verdict[1], subject: `${after.id} ${aspect}`, detail: verdict[2] });
  }
  return [...out, ...diffParameters(before, after), ...diffBody(before, after), ...diffSuccess(before, after)];
}

const describeOp = (op: OperationIR): string => `${op.method} ${op.path}, CLI ${words(op.cli.command)}`;

/** Contract-level settings every generated client is built on: a change to one breaks them all. */
const CONTRACT_RULES: { aspect: string; read(ir: ContractIR): unknown; level: Level }[] = [
  { aspect: 'error envelope', read: (ir) => ir.errors, level: 'major' },
  { aspect: 'project header', read: (ir) => ir.project, level: 'major' },
  { aspect: 'auth roles', read: (ir) => ir.auth, level: 'major' },
  { aspect: 'default server', read: (ir) => ir.defaultBaseUrl, level: 'patch' },
  { aspect: 'version', read: (ir) => ir.version, level: 'patch' },
];

/**
 * The operation with its schemas' component references inlined: a field changed inside a component shows
 * as a change of every operation that sends or returns it.
 */
function selfContained(ir: ContractIR, op: OperationIR): OperationIR {
  const inline = <T extends { schema?: JsonSchema }>(item: T): T => (item.schema ? { ...item, schema: inlineSchema(item.schema, ir.schemas) } : item);
  const parameters = Object.fromEntries(Object.entries(op.parameters).map(([location, list]) => [location, list.map(inline)])) as OperationIR['parameters'];
  const body = op.body && { ...inline(op.body), fields: op.body.fields.map(inline) };
  const responses = op.responses.map(inline);
  return { ...op, parameters, ...(body ? { body } : {}), responses, ...(op.success ? { success: inline(op.success) } : {}) };
}

export function diffContracts(before: ContractIR, after: ContractIR): Change[] {
  const out: Change[] = [];
  for (const rule of CONTRACT_RULES) {
    const [b, a] = [rule.read(before), rule.read(after)];
    if (!isDeepStrictEqual(b, a))
      out.push({
        level: rule.level,
        kind: 'changed',
        subject: `contract ${rule.aspect}`,
        detail: `${show(b)} → ${show(a)}`,
      });
  }
  const byId = (ir: ContractIR): Map<string, OperationIR> => new Map(ir.operations.map((op) => [op.id, selfContained(ir, op)]));
  const [ob, oa] = [byId(before), byId(after)];
  for (const [id, op] of ob) {
    const next = oa.get(id);
    if (!next)
      out.push({ level: 'major', kind: 'removed', subject: `operation ${id}`, detail: `removed (${describeOp(op)})` });
    else out.push(...diffOperation(op, next));
  }
  for (const [id, op] of oa)
    if (!ob.has(id))
      out.push({ level: 'minor', kind: 'added', subject: `operation ${id}`, detail: `added (${describeOp(op)})` });
  // Each component schema is an exported SDK type; its field changes show under the operations using it.
  const [sb, sa] = [Object.keys(before.schemas), Object.keys(after.schemas)];
  for (const name of sb)
    if (!sa.includes(name))
      out.push({ level: 'major', kind: 'removed', subject: `schema ${name}`, detail: 'schema (SDK type) removed' });
  for (const name of sa)
    if (!sb.includes(name))
      out.push({ level: 'minor', kind: 'added', subject: `schema ${name}`, detail: 'schema (SDK type) added' });
  return out;
}
