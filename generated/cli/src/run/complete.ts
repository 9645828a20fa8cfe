// Copied verbatim from templates/cli/run/complete.ts. DO NOT EDIT: change the template and regenerate.
/**
 * Shell completion: `<bin> __complete <words…>` prints the candidates for the last word, one per line as
 * `value<TAB>description`; the scripts of `completion bash|zsh|fish|powershell` call it and show them.
 * Commands, flags and enum values come from the command tree; ids (`--id`, `--runtime-id`,
 * `--project-id`, `--org-id`) from the API, by listing the collection the id belongs to, cached for a
 * minute. Completion never fails out loud: any error means no candidates.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cacheDir } from '../core/config.js';
import { OUTPUT_FORMATS } from '../core/output.js';
import { terminalText } from '../core/terminal-text.js';
import { splitParams } from '../sdk.js';
import { globalOptions } from './global.js';
import { openSession } from './session.js';
import type { CommandNode } from './tree.js';
import type { CommandSpec, CompletionSource, FlagSpec, RunContext } from './types.js';

export const COMPLETE_COMMAND = '__complete';
const CACHE_TTL_MS = 60_000;
/** Long enough for a slow API, short enough that a dead one does not hang the shell for long. */
const REQUEST_TIMEOUT_MS = 5_000;
const RECENT_LIMIT = 20;

interface Candidate {
  value: string;
  description?: string;
}

interface Position {
  node: CommandNode;
  spec?: CommandSpec;
  /** Flags seen before the current word, with their values. */
  given: Map<string, string[]>;
  positionals: string[];
}

const flagNames = (flag: FlagSpec): string[] => [flag.name, ...(flag.alias ? [flag.alias] : [])];
const takesValue = (flag: FlagSpec | undefined): boolean => flag !== undefined && flag.type !== 'boolean';

function findFlag(flags: readonly FlagSpec[], word: string): FlagSpec | undefined {
  const name = word.replace(/^-+/, '').split('=')[0]!;
  return flags.find((f) => flagNames(f).includes(name));
}

/** Walks the words before the current one: the command they name, and the flags given so far. */
async function position(root: CommandNode, globals: readonly FlagSpec[], words: readonly string[]): Promise<Position> {
  const at: Position = { node: root, given: new Map(), positionals: [] };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const flags = [...globals, ...(at.spec?.flags ?? [])];
    if (word.startsWith('-')) {
      const flag = findFlag(flags, word);
      const inline = word.includes('=') ? word.slice(word.indexOf('=') + 1) : undefined;
      const value = inline ?? (takesValue(flag) ? words[++i] : 'true');
      if (flag && value !== undefined) at.given.set(flag.name, [...(at.given.get(flag.name) ?? []), value]);
      continue;
    }
    if (at.spec) {
      at.positionals.push(word);
      continue;
    }
    const child = at.node.children.find((c) => c.name === word || c.aliases.includes(word));
    if (!child) throw new Error(`no command ${word}`);
    at.node = child;
    if (child.entry) at.spec = (await child.entry.load()).spec;
  }
  return at;
}

/** The candidates for `current`, the last word of the command line. */
export async function completions(
  ctx: RunContext,
  root: CommandNode,
  globals: readonly FlagSpec[],
  words: readonly string[],
): Promise<Candidate[]> {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const previous = before.at(-1);
  const previousFlag = previous?.startsWith('-') && !previous.includes('=') ? previous : undefined;
  // `--status <Tab>` completes the value; the walk must not take the value as already given.
  const at = await position(root, globals, previousFlag ? before.slice(0, -1) : before);
  const flags = [...(at.spec?.flags ?? []), ...globals].filter((f) => !f.hidden);
  const starting = (candidates: Candidate[]) => candidates.filter((c) => c.value.startsWith(current));

  const valueFlag = previousFlag ? findFlag(flags, previousFlag) : undefined;
  if (takesValue(valueFlag)) return starting(await values(ctx, at, valueFlag!));
  const inline = /^(--?[^=]+)=(.*)$/.exec(current);
  if (inline) {
    const flag = findFlag(flags, inline[1]!);
    if (!takesValue(flag)) return [];
    return (await values(ctx, at, flag!))
      .filter((c) => c.value.startsWith(inline[2]!))
      .map((c) => ({ ...c, value: `${inline[1]}=${c.value}` }));
  }
  if (current.startsWith('-') || at.spec) {
    if (!current.startsWith('-') && at.spec) {
      const positional = at.spec.flags.find((f) => f.name === at.spec!.positionals[at.positionals.length]);
      if (positional) return starting(await values(ctx, at, positional));
      if (current === '') return [];
    }
    return starting(
      flags
        .filter((f) => f.array || !at.given.has(f.name))
        .map((f) => ({ value: `--${f.name}`, description: f.description })),
    );
  }
  return starting(
    at.node.children
      .filter((c) => !c.hidden)
      .map((c) => ({ value: c.name, ...(c.describe ? { description: c.describe } : {}) })),
  );
}

async function values(ctx: RunContext, at: Position, flag: FlagSpec): Promise<Candidate[]> {
  const allowed = flag.enum ?? (flag.name === 'output' && !flag.target ? OUTPUT_FORMATS : undefined);
  if (allowed) return allowed.map((value) => ({ value }));
  const source = at.spec?.completions?.[flag.name];
  if (!source) return [];
  try {
    return 'recent' in source ? await recentValues(ctx, source.recent) : await listValues(ctx, at, source);
  } catch {
    return [];
  }
}

const one = (at: Position, name: string): string | undefined => at.given.get(name)?.at(-1);

/** The ids a list command prints, for this command line's base URL, project and scope; cached a minute. */
async function listValues(
  ctx: RunContext,
  at: Position,
  source: Extract<CompletionSource, { command: readonly string[] }>,
): Promise<Candidate[]> {
  const entry = ctx.commands.find((c) => c.path.join(' ') === source.command.join(' '));
  const list = entry && (await entry.load()).spec;
  const operation = list?.operation;
  if (!operation) return [];
  const params: Record<string, unknown> = {};
  for (const [listFlag, ourFlag] of Object.entries(source.args)) {
    const target = list.flags.find((f) => f.name === listFlag)?.target;
    const value = one(at, ourFlag);
    if (!target || value === undefined) return [];
    params[target.name] = value;
  }
  const projectFlag = at.spec?.flags.find((f) => f.role === 'project');
  const global = globalOptions({
    'base-url': one(at, 'base-url'),
    project: (projectFlag && one(at, projectFlag.name)) ?? one(at, 'project'),
    timeout: String(REQUEST_TIMEOUT_MS),
  });
  const session = await openSession(ctx, global, {
    project: global.project,
    needsProject: operation.projectScoped,
    needsToken: operation.auth,
  });
  const key = createHash('sha256')
    .update(JSON.stringify([session.baseUrl, session.projectId ?? null, operation.id, params]))
    .digest('hex')
    .slice(0, 32);
  const file = join(cacheDir(ctx.identity, ctx.env), `completion-${key}.json`);
  const cached = await readJson<{ at: number; values: Candidate[] }>(file);
  if (cached && Date.now() - cached.at < CACHE_TTL_MS) return cached.values;

  const op = session.api.operations[operation.id];
  if (!op) return [];
  const request = splitParams(op, { ...params, ...(session.projectId ? { projectId: session.projectId } : {}) }, false);
  const page = await session.client.requestPage(op, request, { ...session.requestOptions(), maxRetries: 0 });
  const field = (item: unknown, name: string | undefined) =>
    name && typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[name] : undefined;
  const found = page.items.flatMap((item): Candidate[] => {
    const value = field(item, source.value);
    const label = field(item, source.label);
    if (typeof value !== 'string' && typeof value !== 'number') return [];
    return [{ value: String(value), ...(label !== undefined && label !== null ? { description: String(label) } : {}) }];
  });
  await writeJson(file, { at: Date.now(), values: found });
  return found;
}

const recentFile = (ctx: RunContext): string => join(cacheDir(ctx.identity, ctx.env), 'recent-ids.json');

async function recentValues(ctx: RunContext, param: string): Promise<Candidate[]> {
  const recent = (await readJson<Record<string, string[]>>(recentFile(ctx))) ?? {};
  return (recent[param] ?? []).map((value) => ({ value }));
}

/**
 * After a command succeeded: the values of its id flags that no list can complete, most recent first.
 * Best effort; a failure to write never fails the command.
 */
export async function rememberIds(
  ctx: RunContext,
  spec: CommandSpec,
  params: Readonly<Record<string, unknown>>,
): Promise<void> {
  const sources = Object.values(spec.completions ?? {}).filter((s): s is { recent: string } => 'recent' in s);
  const given = sources.filter((s) => typeof params[s.recent] === 'string');
  if (!given.length) return;
  try {
    const recent = (await readJson<Record<string, string[]>>(recentFile(ctx))) ?? {};
    for (const { recent: param } of given) {
      const value = params[param] as string;
      recent[param] = [value, ...(recent[param] ?? []).filter((v) => v !== value)].slice(0, RECENT_LIMIT);
    }
    await writeJson(recentFile(ctx), recent);
  } catch {
    // Completion is a convenience.
  }
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

async function writeJson(file: string, value: unknown): Promise<void> {
  await mkdir(join(file, '..'), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(value), { mode: 0o600 });
  await rename(temporary, file);
}

/** `__complete`: the candidates on stdout; never an error. */
export async function runCompletion(
  ctx: RunContext,
  root: CommandNode,
  globals: readonly FlagSpec[],
  words: readonly string[],
): Promise<number> {
  let found: Candidate[] = [];
  // PowerShell drops an empty argument, so its script sends the empty current word as ''.
  const last = words.at(-1);
  const line = last === "''" || last === '""' ? [...words.slice(0, -1), ''] : words.length ? words : [''];
  try {
    found = await completions(ctx, root, globals, line);
  } catch {
    // An unknown word, a broken config: nothing to offer.
  }
  // One candidate per line; a value or description from the API can neither break that nor act on the terminal.
  ctx.stdout.write(
    found.map((c) => terminalText(c.value) + (c.description ? `\t${terminalText(c.description)}` : '') + '\n').join(''),
  );
  return 0;
}
