/**
 * `explain <command>`: everything an agent (or a person) needs to call a command correctly, built from
 * its CommandSpec alone. The text and JSON forms carry the same facts.
 */
import { EXIT_CODES, ExitCode, exitCodeForStatus } from '../core/index.js';
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

export interface Explanation {
  command: string;
  summary: string;
  description: string;
  request: { method: string; path: string } | null;
  flags: ExplainedFlag[];
  body: { media_type: string; required: boolean; schema: JsonSchema } | null;
  output: { list: boolean; columns: readonly string[] } | null;
  idempotent: boolean | null;
  paginated: boolean;
  project_scoped: boolean;
  confirmation: boolean;
  wait: { until: readonly string[]; fails_on: readonly string[] } | null;
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
    output: op ? { list: Boolean(op.pagination), columns: op.columns } : null,
    idempotent: op ? op.idempotent : null,
    paginated: Boolean(op?.pagination),
    project_scoped: Boolean(op?.projectScoped),
    confirmation: Boolean(op?.confirm),
    wait: op?.wait ? { until: op.wait.success, fails_on: op.wait.failure } : null,
    exit_codes: commandExitCodes(spec).map((code) => ({ code, meaning: meaning.get(code) ?? '' })),
    example: spec.example,
  };
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
  if (e.output)
    lines.push(
      '',
      `Output: ${e.output.list ? 'a list; ' : ''}table/csv columns ${e.output.columns.join(', ') || '(all fields)'}; json/yaml print every field`,
    );
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
