/**
 * `explain <command>`: everything an agent (or a person) needs to call a command correctly, built from
 * its CommandSpec alone. The text and JSON forms carry the same facts.
 */
import { EXIT_CODES, ExitCode, exitCodeForStatus } from '../core/index.js';
import type { ColumnSpec } from '../core/index.js';
import type { CommandSpec, FlagSpec, JsonSchema } from './types.js';

export interface ExplainedFlag {
  flag: string;
  /** `body.name`, `query.status`, `path.allocation_id`, `header.X-Trace`; null for the CLI's own flags. */
  fills: string | null;
  type: string;
  repeatable: boolean;
  required: boolean;
  enum: readonly string[] | null;
  default: string | number | boolean | null;
  positional: boolean;
  description: string;
}

/** What one result prints in each output mode. */
export interface ExplainedResult {
  kind: 'list' | 'object' | 'none';
  /** Table columns of a list, or the `key: value` fields of an object, in order. */
  table: readonly string[];
  /** A list's columns in the order they are left out when the terminal is too narrow (never the first). */
  narrow_drops: readonly string[];
  /** Free-text columns that wrap rather than being dropped. */
  wraps: readonly string[];
  /** `-o wide`: every declared column of a list; every field of an object. */
  wide: 'columns' | 'fields' | null;
  /** The CSV header. */
  csv: readonly string[];
  /** JSON (and YAML): the array of items, or the object, every field. */
  json: 'array' | 'object' | null;
  /** An empty list: the table's message on stderr (JSON `[]`, CSV only the header). */
  empty: string | null;
}

export interface ExplainedOutput extends ExplainedResult {
  /** With `--wait`: the resource it waited for, in its final state, instead of the command's own result. */
  wait: ExplainedResult | null;
}

export interface Explanation {
  command: string;
  summary: string;
  description: string;
  request: { method: string; path: string } | null;
  flags: ExplainedFlag[];
  body: { media_type: string; required: boolean; schema: JsonSchema } | null;
  output: ExplainedOutput | null;
  idempotent: boolean | null;
  paginated: boolean;
  project_scoped: boolean;
  confirmation: boolean;
  wait: { resource: string; until: readonly string[]; fails_on: readonly string[] } | null;
  exit_codes: { code: number; meaning: string }[];
  example: string;
}

function explainFlag(flag: FlagSpec, positionals: readonly string[]): ExplainedFlag {
  return {
    flag: positionals.includes(flag.name) ? `<${flag.name}>` : `--${flag.name}`,
    fills: flag.target ? `${flag.target.in}.${flag.target.name}` : null,
    type: flag.type,
    repeatable: Boolean(flag.array || flag.variadic),
    required: Boolean(flag.required),
    enum: flag.enum ?? null,
    default: flag.default ?? null,
    positional: positionals.includes(flag.name),
    description: flag.description,
  };
}

/** Exit codes the command can end with: its declared error responses plus what the CLI itself can fail on. */
export function commandExitCodes(spec: CommandSpec): number[] {
  const op = spec.operation;
  const codes = new Set<number>([ExitCode.ok, ExitCode.internal, ExitCode.usage, ExitCode.interrupted]);
  if (op) {
    for (const status of op.responses) if (/^[45]\d\d$/.test(status)) codes.add(exitCodeForStatus(Number(status)));
    codes.add(ExitCode.network);
    codes.add(ExitCode.config);
    if (op.auth) codes.add(ExitCode.auth);
    if (op.confirm) codes.add(ExitCode.cancelled);
    // A failure state is 11, giving up is 12; so is a server repeating a pagination cursor (11).
    if (op.wait || op.pagination) codes.add(ExitCode.server);
  }
  return [...codes].sort((a, b) => a - b);
}

/** Columns of a list in the order a narrow terminal drops them: highest priority first, ties from the right. */
export function dropOrder(columns: readonly ColumnSpec[]): string[] {
  return columns
    .slice(1)
    .map((column, i) => ({ column, i }))
    .sort((a, b) => (b.column.priority ?? 1) - (a.column.priority ?? 1) || b.i - a.i)
    .map(({ column }) => column.field);
}

function explainResult(kind: ExplainedResult['kind'], columns: readonly ColumnSpec[], noun?: string): ExplainedResult {
  const fields = columns.map((c) => c.field);
  const list = kind === 'list';
  return {
    kind,
    table: kind === 'none' ? [] : fields,
    narrow_drops: list ? dropOrder(columns) : [],
    wraps: list ? columns.filter((c) => c.wrap).map((c) => c.field) : [],
    wide: kind === 'none' ? null : list ? 'columns' : 'fields',
    csv: kind === 'none' ? [] : fields,
    json: kind === 'none' ? null : list ? 'array' : 'object',
    empty: list ? `No ${noun ?? 'items'} found.` : null,
  };
}

export function explain(spec: CommandSpec, bin: string): Explanation {
  const op = spec.operation;
  const meaning = new Map(EXIT_CODES.map((e) => [e.code, e.meaning]));
  return {
    command: [bin, ...spec.path].join(' '),
    summary: spec.summary,
    description: spec.description,
    request: op ? { method: op.method, path: op.path } : null,
    flags: spec.flags.filter((f) => !f.hidden).map((f) => explainFlag(f, spec.positionals)),
    body: op?.body ? { media_type: op.body.mediaType, required: op.body.required, schema: op.body.schema } : null,
    output: op
      ? {
          ...explainResult(op.result, op.columns, op.items),
          wait: op.wait ? explainResult('object', op.wait.columns) : null,
        }
      : null,
    idempotent: op ? op.idempotent : null,
    paginated: Boolean(op?.pagination),
    project_scoped: Boolean(op?.projectScoped),
    confirmation: Boolean(op?.confirm),
    wait: op?.wait ? { resource: op.wait.resource, until: op.wait.success, fails_on: op.wait.failure } : null,
    exit_codes: commandExitCodes(spec).map((code) => ({ code, meaning: meaning.get(code) ?? '' })),
    example: spec.example,
  };
}

const list = (names: readonly string[]): string => names.join(', ');

/** The text form of one result's output modes, one line per mode. */
function describeResult(r: ExplainedResult): string[] {
  if (r.kind === 'none') return ['  nothing (the response has no body)'];
  const mode = (name: string, text: string) => `  ${name.padEnd(6)} ${text}`;
  if (r.kind === 'object')
    return [
      mode('table', `key: value lines: ${list(r.table) || 'every field'}; -o wide: every field`),
      mode('csv', `one record, header ${list(r.csv) || 'every field'}`),
      mode('json', 'the object, every field (yaml the same)'),
    ];
  const narrow = r.narrow_drops.length ? `; a narrow terminal leaves out ${list(r.narrow_drops)}, in that order` : '';
  const wraps = r.wraps.length ? `; ${list(r.wraps)} wrap` : '';
  return [
    mode('table', `columns ${list(r.table) || 'every field'}${narrow}${wraps}; -o wide: every column`),
    mode('csv', `header ${list(r.csv) || 'every field'}, one record per item`),
    mode('json', 'the array of items, every field (yaml the same)'),
    mode('empty', `"${r.empty}" on stderr; [] in json; only the header in csv`),
  ];
}

const yesNo = (value: boolean | null): string => (value === null ? 'n/a' : value ? 'yes' : 'no');

export function renderExplanation(e: Explanation): string {
  const lines = [e.command, '', e.summary];
  if (e.description && e.description !== e.summary) lines.push('', e.description);
  if (e.request) lines.push('', `Request: ${e.request.method} ${e.request.path}`);
  if (e.flags.length) {
    lines.push('', 'Flags:');
    const width = Math.max(...e.flags.map((f) => f.flag.length));
    for (const f of e.flags) {
      const facts = [
        f.type + (f.repeatable ? ', repeatable' : ''),
        f.required && 'required',
        f.enum && `one of ${f.enum.join('|')}`,
        f.default !== null && `default ${String(f.default)}`,
        f.fills && `-> ${f.fills}`,
      ].filter(Boolean);
      lines.push(`  ${f.flag.padEnd(width)}  ${f.description} (${facts.join('; ')})`);
    }
  }
  if (e.body)
    lines.push(
      '',
      `Body (${e.body.media_type}${e.body.required ? ', required' : ''}):`,
      ...JSON.stringify(e.body.schema, null, 2)
        .split('\n')
        .map((l) => `  ${l}`),
    );
  if (e.output) {
    lines.push('', 'Output:', ...describeResult(e.output));
    if (e.output.wait && e.wait)
      lines.push(
        `  With --wait, the ${e.wait.resource} once ${e.wait.until.join(' or ')} instead:`,
        ...describeResult(e.output.wait),
      );
  }
  if (e.request) {
    lines.push(
      '',
      `Idempotent: ${yesNo(e.idempotent)} · Paginated: ${yesNo(e.paginated)} · Project-scoped: ${yesNo(e.project_scoped)} · Asks for confirmation: ${yesNo(e.confirmation)}`,
    );
  }
  if (e.wait)
    lines.push(
      `--wait: until ${e.wait.until.join(' or ')}${e.wait.fails_on.length ? `; fails on ${e.wait.fails_on.join(' or ')}` : ''}`,
    );
  lines.push('', 'Exit codes:', ...e.exit_codes.map((c) => `  ${String(c.code).padStart(3)}  ${c.meaning}`));
  if (e.example) lines.push('', 'Example:', `  ${e.example}`);
  return lines.join('\n') + '\n';
}
