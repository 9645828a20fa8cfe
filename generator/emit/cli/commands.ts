/**
 * CLI view model of the operations: one CommandSpec per command (templates/cli/run/types.ts), holding
 * everything the runtime, `explain`, help and docs need about it. Flag names come from the IR (which
 * already rejected collisions between an operation's own flags); here they are checked against the
 * flags the CLI itself adds.
 */
import { GeneratorError, toPointer } from '../../errors.js';
import { CLI_FLAGS, cliCommandFile, listNoun, singular, words } from '../../ir/naming.js';
import { objectFields, schemaTypes } from '../../ir/schema.js';
import type { ContractIR, JsonSchema, OperationIR, ParameterIR } from '../../ir/types.js';
import type { ColumnSpec } from '../../../templates/cli/core/output.js';
import type { CommandSpec, FlagSpec, FlagType, OperationInfo, WaitInfo } from '../../../templates/cli/run/types.js';

/** What a command module runs: a runtime module and the function it exports. */
export interface Runner {
  module: string;
  export: string;
}

export interface CommandView {
  spec: CommandSpec;
  /** Module path under src/, without extension. */
  file: string;
  runner: Runner;
}

const OPERATION_RUNNER: Runner = { module: 'run/operation.js', export: 'runOperation' };

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** A flag's scalar type; lists are the `array` form of their item type. */
function flagType(schema: JsonSchema): { type: FlagType; array?: true } {
  const types = schemaTypes(schema).filter((t) => t !== 'null');
  if (types[0] === 'array') return { ...flagType((schema.items ?? {}) as JsonSchema), array: true };
  const type = types[0];
  return { type: type === 'integer' || type === 'number' || type === 'boolean' ? type : 'string' };
}

const sentence = (name: string): string => {
  const text = words(name).join(' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
};

function valueFlag(
  name: string,
  input: { name: string; schema: JsonSchema; required: boolean; description: string; enum?: readonly unknown[] },
): FlagSpec {
  const { schema } = input;
  const itemSchema = (schemaTypes(schema).includes('array') ? (schema.items ?? {}) : schema) as JsonSchema;
  const values = input.enum ?? (Array.isArray(itemSchema.enum) ? itemSchema.enum : undefined);
  const defaultValue = schema.default;
  return {
    name,
    ...flagType(schema),
    ...(input.required ? { required: true } : {}),
    // Without a description, the name in words (`scheduler_type` -> "Scheduler type") beats a blank.
    description: oneLine(input.description || String(schema.description ?? '')) || sentence(input.name),
    ...(values ? { enum: values.filter((v) => v !== null).map(String) } : {}),
    ...(typeof defaultValue === 'string' || typeof defaultValue === 'number' || typeof defaultValue === 'boolean'
      ? { default: defaultValue }
      : {}),
    ...(typeof itemSchema.minimum === 'number' ? { minimum: itemSchema.minimum } : {}),
    ...(typeof itemSchema.maximum === 'number' ? { maximum: itemSchema.maximum } : {}),
    ...(schema.format === 'password' ? { secret: true } : {}),
  };
}

/** `--password-stdin` beside each secret flag: how a script passes it without the command line. */
export function secretStdinFlags(flags: readonly FlagSpec[]): FlagSpec[] {
  return flags
    .filter((f) => f.secret)
    .map((f) => ({
      name: `${f.name}-stdin`,
      role: 'secretStdin',
      type: 'boolean',
      secretOf: f.name,
      description: `Read --${f.name} from stdin (its first line)`,
    }));
}

function parameterFlag(op: OperationIR, param: ParameterIR): FlagSpec {
  const paging = param.location === 'query' ? op.pagination : undefined;
  const role =
    paging?.cursorParam === param.name ? 'cursor' : paging?.pageSizeParam === param.name ? 'pageSize' : undefined;
  // The IR named the flag (paging parameters take the CLI's paging names, collisions are resolved there).
  return {
    ...valueFlag(param.cliFlag, param),
    target: { in: param.location as 'path' | 'query' | 'header', name: param.name },
    ...(role ? { role } : {}),
  };
}

/** The schema of a (dotted) field of a row schema, if declared, through component references and `allOf`. */
function fieldSchema(row: JsonSchema | undefined, path: string, schemas: ContractIR['schemas']): JsonSchema | undefined {
  let schema = row;
  for (const key of path.split('.')) {
    schema = schema && objectFields(schema, schemas).find((field) => field.name === key)?.schema;
  }
  return schema;
}

/** The operation's table columns for the runtime; a column whose field is an enum holds states (coloured by meaning). */
export function columnSpecs(op: OperationIR, schemas: ContractIR['schemas']): ColumnSpec[] {
  const row = op.pagination?.itemSchema ?? op.success?.schema;
  return op.cli.columns.map(({ field, priority, wrap }) => {
    const schema = fieldSchema(row, field, schemas);
    const state = Array.isArray(schema?.enum) && schema.enum.every((value) => typeof value === 'string');
    return { field, ...(priority !== 1 ? { priority } : {}), ...(wrap ? { wrap } : {}), ...(state ? { state } : {}) };
  });
}

function waitInfo(ir: ContractIR, op: OperationIR): WaitInfo | undefined {
  if (!op.wait) return undefined;
  const target = ir.operations.find((o) => o.id === op.wait!.operationId)!;
  const waiter = target.waiters.find((w) => w.name === op.wait!.waiter)!;
  return {
    operationId: target.id,
    waiter: waiter.name,
    parameters: op.wait.parameters,
    resource: singular(target.cli.command.at(-2) ?? target.cli.command[0]!),
    success: waiter.success,
    failure: waiter.failure,
    columns: columnSpecs(target, ir.schemas),
  };
}

/** The flags the CLI adds to an operation command, by role. */
function runtimeFlags(ir: ContractIR, op: OperationIR, wait: WaitInfo | undefined): FlagSpec[] {
  const flags: FlagSpec[] = [];
  if (op.projectScoped && ir.project) {
    flags.push({
      name: ir.project.cliFlag,
      role: 'project',
      type: 'string',
      description: `Project to act in, sent as ${ir.project.header} (same as --project)`,
    });
  }
  if (op.body) {
    const { encoding, mediaType } = op.body;
    const description =
      encoding === 'binary'
        ? `The request body (${mediaType}): @file, or @- (or -) for stdin`
        : encoding === 'text'
          ? `The request body (${mediaType}): the text itself, @file, or @- (or -) for stdin`
          : 'The request body as JSON, @file or @- (stdin); field flags override its fields';
    flags.push({ name: CLI_FLAGS.body, role: 'body', type: 'string', ...(op.body.required && !op.body.fields.length ? { required: true } : {}), description });
    const files = op.body.fields.filter((f) => f.file);
    if (files.length) {
      flags.push({
        name: CLI_FLAGS.file,
        role: 'file',
        type: 'string',
        array: true,
        description: `A file part, as field=@path (or field=- for stdin): ${files.map((f) => `${f.name}${f.required ? ' (required)' : ''}`).join(', ')}`,
      });
    }
  }
  if (op.pagination?.kind === 'link') {
    flags.push({ name: CLI_FLAGS.cursor, role: 'cursor', type: 'string', description: 'Continue from this page link (printed as the next page of an earlier call)' });
  }
  if (op.pagination) {
    flags.push({
      name: CLI_FLAGS.all,
      role: 'all',
      type: 'boolean',
      description: 'Follow the cursors and list every page',
    });
    flags.push({
      name: CLI_FLAGS.maxItems,
      role: 'maxItems',
      type: 'integer',
      minimum: 1,
      description: 'Stop after this many items (following cursors as needed)',
    });
  }
  if (op.idempotency?.kind === 'key') {
    flags.push({
      name: CLI_FLAGS.idempotencyKey,
      role: 'idempotencyKey',
      type: 'string',
      description: `Sent as ${op.idempotency.header}; default: a new key per run, reused by its retries`,
    });
  }
  if (wait) {
    const failure = wait.failure.length ? `; fails if it becomes ${wait.failure.join(' or ')}` : '';
    flags.push({
      name: CLI_FLAGS.wait,
      role: 'wait',
      type: 'boolean',
      description: `Wait until the ${wait.resource} is ${wait.success.join(' or ')}${failure}`,
    });
  }
  return flags;
}

/** A flag's value as written in an example command line, quoted for a POSIX shell when needed. */
export function shellWord(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /^[A-Za-z0-9_./:@%+=,-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** An invocation using the contract's body example, then the required flags with placeholders. */
function example(bin: string, path: readonly string[], flags: readonly FlagSpec[], bodyExample: unknown): string {
  const sample = (bodyExample ?? {}) as Record<string, unknown>;
  const words = [bin, ...path];
  for (const flag of flags) {
    // A secret is asked for, never typed into a command line (or shell history).
    if (flag.role || !flag.target || flag.secret) continue;
    const fromExample = flag.target.in === 'body' ? sample[flag.target.name] : undefined;
    if (fromExample !== undefined && fromExample !== null) {
      const values = Array.isArray(fromExample) ? fromExample : [fromExample];
      for (const value of values) words.push(`--${flag.name}`, shellWord(value));
    } else if (flag.required) {
      words.push(
        `--${flag.name}`,
        flag.type === 'boolean' ? '' : flag.enum?.[0] !== undefined ? shellWord(flag.enum[0]) : `<${flag.name}>`,
      );
    }
  }
  return words.filter(Boolean).join(' ');
}

export function operationInfo(ir: ContractIR, op: OperationIR): OperationInfo {
  const wait = waitInfo(ir, op);
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    auth: op.auth,
    projectScoped: op.projectScoped,
    ...(op.body
      ? {
          body: {
            required: op.body.required,
            mediaType: op.body.mediaType,
            encoding: op.body.encoding,
            schema: op.body.schema,
            ...(op.body.fields.some((f) => f.file) ? { files: op.body.fields.filter((f) => f.file).map((f) => f.name) } : {}),
          },
        }
      : {}),
    ...(op.pagination
      ? {
          pagination: {
            ...(op.pagination.defaultPageSize !== undefined ? { defaultPageSize: op.pagination.defaultPageSize } : {}),
            ...(op.pagination.maxPageSize !== undefined ? { maxPageSize: op.pagination.maxPageSize } : {}),
          },
        }
      : {}),
    idempotent: op.retrySafe || op.idempotency?.kind === 'key',
    ...(op.idempotency?.kind === 'key' ? { idempotencyHeader: op.idempotency.header } : {}),
    confirm: op.cli.confirm,
    result: op.pagination ? 'list' : op.success?.schema ? 'object' : 'none',
    columns: columnSpecs(op, ir.schemas),
    ...(op.pagination ? { items: listNoun(op.cli.command.at(-2), op.pagination.itemSchemaName) } : {}),
    responses: op.responses.map((r) => r.status),
    ...(wait ? { wait } : {}),
  };
}

/** Every flag an operation's inputs give it: parameters, then flaggable body fields, then the CLI's own. */
export function operationFlags(ir: ContractIR, op: OperationIR): FlagSpec[] {
  const { path, query, header } = op.parameters;
  const params = [...path, ...query, ...header].map((param) => parameterFlag(op, param));
  const fields = (op.body?.fields ?? [])
    .filter((field) => field.flaggable)
    .map((field): FlagSpec => ({ ...valueFlag(field.cliFlag, field), target: { in: 'body', name: field.name } }));
  const own = [...params, ...fields];
  return [...own, ...secretStdinFlags(own), ...runtimeFlags(ir, op, waitInfo(ir, op))];
}

/** Fails generation when a command's flag takes a name the CLI reserves (global flags, `-o`). */
export function checkFlags(ir: ContractIR, spec: CommandSpec, reserved: ReadonlySet<string>): void {
  const seen = new Set<string>();
  for (const flag of spec.flags) {
    for (const name of [flag.name, ...(flag.alias ? [flag.alias] : [])]) {
      if (reserved.has(name) || seen.has(name)) {
        const what = reserved.has(name) ? 'is a flag every command has' : 'is used twice';
        const op = spec.operation;
        const pointer = op ? toPointer(['paths', op.path, op.method.toLowerCase(), 'x-codegen-cli']) : undefined;
        throw new GeneratorError(
          `CLI command "${spec.path.join(' ')}": --${name} ${what} (rename it with x-codegen-cli.flags)`,
          {
            file: ir.source.file,
            ...(pointer ? { pointer } : {}),
          },
        );
      }
      seen.add(name);
    }
  }
}

export function operationCommand(
  ir: ContractIR,
  op: OperationIR,
  bin: string,
  overrides: Partial<CommandSpec> = {},
  runner: Runner = OPERATION_RUNNER,
): CommandView {
  const flags = overrides.flags ?? operationFlags(ir, op);
  const positionals = op.cli.positionals.map((name) => flags.find((f) => f.target?.name === name)!.name);
  const path = overrides.path ?? op.cli.command;
  const spec: CommandSpec = {
    path,
    aliases: op.cli.aliases,
    summary: oneLine(op.summary),
    description: op.description.trim(),
    hidden: op.cli.hidden,
    deprecated: op.deprecated,
    flags,
    positionals,
    example: example(bin, path, flags, op.body?.example),
    operation: operationInfo(ir, op),
    ...overrides,
  };
  return { spec, file: cliCommandFile(path), runner };
}
