/**
 * Command line -> the operation's inputs, every check done before any request (exit 2): repeated
 * scalar flags, types, enums, ranges, `--body`, required parameters and body fields.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { UsageError, parseEnum, parseInteger, parseJson } from '../core/index.js';
import { secretArguments, type SecretSources } from './secrets.js';
import type { CommandSpec, FlagRole, FlagSpec, ParsedArgs, RunContext } from './types.js';

/** A flag's one value: yargs gives a list when a flag is repeated, which only list flags may be. */
export function scalar(args: ParsedArgs, name: string): unknown {
  const value = args[name];
  if (!Array.isArray(value)) return value;
  if (value.length > 1) throw new UsageError(`--${name} was given ${value.length} times; it takes one value`);
  return value[0];
}

export function stringList(args: ParsedArgs, name: string): string[] | undefined {
  const value = args[name];
  if (value === undefined) return undefined;
  return (Array.isArray(value) ? value : [value]).map(String);
}

export const flagByRole = (spec: CommandSpec, role: FlagRole): FlagSpec | undefined =>
  spec.flags.find((f) => f.role === role);

/** The value of the flag with this role, converted; undefined when the command has no such flag or it was not given. */
export function roleValue(spec: CommandSpec, args: ParsedArgs, role: FlagRole): unknown {
  const flag = flagByRole(spec, role);
  return flag ? flagValue(flag, args[flag.name]) : undefined;
}

function convert(flag: FlagSpec, raw: unknown): unknown {
  if (flag.type === 'boolean') return raw === true || raw === 'true';
  const value = String(raw);
  const checked = flag.enum ? parseEnum(value, flag.enum, flag.name) : value;
  switch (flag.type) {
    case 'integer':
      return parseInteger(checked, flag.name, { min: flag.minimum, max: flag.maximum });
    case 'number': {
      const number = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(checked) ? Number(checked) : NaN;
      if (!Number.isFinite(number))
        throw new UsageError(`invalid value "${value}" for --${flag.name}: expected a number`);
      if (
        (flag.minimum !== undefined && number < flag.minimum) ||
        (flag.maximum !== undefined && number > flag.maximum)
      ) {
        throw new UsageError(
          `invalid value "${value}" for --${flag.name}: must be between ${flag.minimum ?? '-∞'} and ${flag.maximum ?? '∞'}`,
        );
      }
      return number;
    }
    default:
      return checked;
  }
}

/** A flag's value in its declared type (a list for repeatable flags); undefined when not given. */
export function flagValue(flag: FlagSpec, raw: unknown): unknown {
  if (raw === undefined) return undefined;
  if (flag.array || flag.variadic) return (Array.isArray(raw) ? raw : [raw]).map((item) => convert(flag, item));
  if (Array.isArray(raw)) {
    if (raw.length > 1) throw new UsageError(`--${flag.name} was given ${raw.length} times; it takes one value`);
    return raw[0] === undefined ? undefined : convert(flag, raw[0]);
  }
  return convert(flag, raw);
}

export interface InputContext extends SecretSources {
  stdin: NodeJS.ReadableStream;
  /** Binary name, for the usage hint. */
  bin: string;
  /** Fill in flag defaults (builtins); operation commands leave defaults to the server. */
  applyDefaults?: boolean;
  /** Body fields the command sets itself (a login's grant type), over anything given. */
  fixedBody?: Record<string, unknown>;
}

/** What a command reads its inputs from: stdin (bodies, secrets), and the terminal for prompts. */
export const inputSources = (ctx: RunContext, extra: Partial<InputContext> = {}): InputContext => ({
  stdin: ctx.stdin,
  bin: ctx.identity.bin,
  stderr: ctx.stderr,
  interactive: ctx.tty.stdin && ctx.tty.stderr,
  ...extra,
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** `@path`, `@-` or `-` (stdin): the bytes, else undefined (the value is the content itself). */
async function readSource(value: string, flag: string, sources: InputContext): Promise<Buffer | undefined> {
  const file = value === '-' ? '-' : value.startsWith('@') ? value.slice(1) : undefined;
  if (file === undefined) return undefined;
  try {
    return file === '-' ? await readAll(sources.stdin) : await readFile(file);
  } catch (error) {
    throw new UsageError(`cannot read --${flag} file ${file}: ${(error as Error).message}`);
  }
}

/**
 * `--body` by the body's encoding: JSON given inline, as `@file` or `@-` (stdin); for text and binary
 * bodies the bytes of `@file` or stdin (`@-`, `-`), or the value itself as text.
 */
async function bodyArgument(value: string, flag: string, sources: InputContext, encoding: string | undefined): Promise<unknown> {
  const bytes = await readSource(value, flag, sources);
  if (encoding === 'binary' || encoding === 'text') return bytes ?? (encoding === 'text' ? value : Buffer.from(value));
  return parseJson(bytes === undefined ? value : bytes.toString('utf8'), flag);
}

/** `--file name=@path` (or `name=-`): each multipart file part as a File named after the file it came from. */
async function fileParts(spec: CommandSpec, args: ParsedArgs, sources: InputContext): Promise<Record<string, File | File[]>> {
  const flag = flagByRole(spec, 'file');
  const allowed = spec.operation?.body?.files ?? [];
  const parts: Record<string, File | File[]> = {};
  for (const entry of flag ? (stringList(args, flag.name) ?? []) : []) {
    const eq = entry.indexOf('=');
    const name = eq > 0 ? entry.slice(0, eq) : '';
    const source = entry.slice(eq + 1);
    if (!allowed.includes(name)) {
      throw new UsageError(`--${flag!.name} ${entry}: expected field=@path with a field of ${allowed.join(', ')}`);
    }
    if (source !== '-' && !source.startsWith('@')) throw new UsageError(`--${flag!.name} ${entry}: the file goes after @ (${name}=@path), or - for stdin`);
    const bytes = (await readSource(source, flag!.name, sources))!;
    const file = new File([bytes as Uint8Array<ArrayBuffer>], source === '-' ? name : basename(source.slice(1)));
    const earlier = parts[name];
    parts[name] = earlier === undefined ? file : [...(Array.isArray(earlier) ? earlier : [earlier]), file];
  }
  return parts;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export interface OperationInput {
  /** Path, query and header parameters by wire name. */
  params: Record<string, unknown>;
  /** The request body; undefined sends none. */
  body?: unknown;
}

/**
 * Parameters and body from the flags. Body flags are merged over `--body` (a flag names the field
 * exactly, so it wins). Missing required inputs are reported together.
 */
export async function operationInput(
  spec: CommandSpec,
  args: ParsedArgs,
  sources: InputContext,
): Promise<OperationInput> {
  const operation = spec.operation;
  const params: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  const secrets = await secretArguments(spec, args, sources);
  for (const flag of spec.flags) {
    if (!flag.target) continue;
    const given = flag.secret && (args[flag.name] === '' || args[flag.name] === true) ? undefined : args[flag.name];
    const value = flagValue(flag, secrets[flag.name] ?? given ?? (sources.applyDefaults ? flag.default : undefined));
    if (value === undefined) continue;
    if (flag.target.in === 'body') fields[flag.target.name] = value;
    else params[flag.target.name] = value;
  }

  const bodyFlag = flagByRole(spec, 'body');
  const raw = bodyFlag ? scalar(args, bodyFlag.name) : undefined;
  const encoding = operation?.body?.encoding;
  let body = raw === undefined ? undefined : await bodyArgument(String(raw), bodyFlag!.name, sources, encoding);
  if (encoding === 'text' || encoding === 'binary') {
    if (operation?.body?.required && body === undefined) {
      throw new UsageError(`missing required input: --${bodyFlag?.name ?? 'body'}`, `run \`${[sources.bin, ...spec.path].join(' ')} --help\` for usage`);
    }
    return { params, ...(body === undefined ? {} : { body }) };
  }
  Object.assign(fields, sources.fixedBody, await fileParts(spec, args, sources));
  if (Object.keys(fields).length) {
    if (body !== undefined && !isObject(body))
      throw new UsageError(`--${bodyFlag?.name ?? 'body'} must be a JSON object to combine it with field flags`);
    body = { ...(body as Record<string, unknown> | undefined), ...fields };
  }
  if (body === undefined && operation?.body?.required && operation.body.schema.type === 'object') body = {};

  const missing: string[] = [];
  for (const flag of spec.flags) {
    if (!flag.required || !flag.target) continue;
    const given =
      flag.target.in === 'body'
        ? isObject(body) && body[flag.target.name] !== undefined
        : params[flag.target.name] !== undefined;
    if (!given) missing.push(`--${flag.name}`);
  }
  // Required body fields that no flag can carry (objects) must come in --body.
  const required = (operation?.body?.schema.required ?? []) as string[];
  const flagged = new Set(spec.flags.filter((f) => f.target?.in === 'body').map((f) => f.target!.name));
  const files = operation?.body?.files ?? [];
  for (const name of required) {
    if (flagged.has(name) || (isObject(body) && body[name] !== undefined)) continue;
    missing.push(files.includes(name) ? `--${flagByRole(spec, 'file')?.name ?? 'file'} ${name}=@path` : `"${name}" in --${bodyFlag?.name ?? 'body'}`);
  }
  if (operation?.body?.required && body === undefined) missing.push(`--${bodyFlag?.name ?? 'body'}`);
  if (missing.length) {
    const stdin = spec.flags.filter((f) => f.secretOf && missing.includes(`--${f.secretOf}`)).map((f) => `--${f.name}`);
    throw new UsageError(
      `missing required ${missing.length === 1 ? 'input' : 'inputs'}: ${missing.join(', ')}`,
      `${stdin.length ? `pipe secrets to ${stdin.join(', ')}, or run on a terminal to be asked; ` : ''}run \`${[sources.bin, ...spec.path].join(' ')} --help\` for usage`,
    );
  }
  return { params, ...(body === undefined ? {} : { body }) };
}
