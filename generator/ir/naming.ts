/**
 * Every naming and ordering decision of the generator, in one place, so the SDK, CLI and MCP targets
 * agree on what a thing is called and in which order it appears.
 */
import { createHash } from 'node:crypto';
// hey-api's own case function (the one @hey-api/openapi-ts re-exports), without loading all of hey-api.
import { toCase } from '@hey-api/shared';
import { YARGS_FLAGS, globalFlags } from '../../templates/cli/run/global-flags.js';

const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'as implements interface let package private protected public static yield any boolean constructor declare get ' +
    'module require number set string symbol type from of await async undefined arguments eval'
  ).split(' '),
);

/** Split on case changes, digits boundaries and any non-alphanumeric run; unicode letters are kept. */
export function words(value: string): string[] {
  return value
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

export const camelCase = (value: string): string =>
  words(value)
    .map((w, i) => (i === 0 ? w.toLowerCase() : cap(w)))
    .join('');
export const pascalCase = (value: string): string => words(value).map(cap).join('');
export const kebabCase = (value: string): string => words(value).map((w) => w.toLowerCase()).join('-');
export const snakeCase = (value: string): string => words(value).map((w) => w.toLowerCase()).join('_');

/** A TypeScript identifier for a name from the contract: camelCase, never reserved, never starting with a digit. */
export function tsIdentifier(value: string, fallback = 'value'): string {
  let id = camelCase(value).replace(/[^\p{L}\p{N}_$]/gu, '');
  if (id === '') id = fallback;
  if (/^\p{N}/u.test(id)) id = `_${id}`;
  return RESERVED.has(id) ? `${id}_` : id;
}

/** A TypeScript class or type name: PascalCase, never starting with a digit (`2fa` -> `_2fa`), never reserved. */
export function tsTypeName(value: string, fallback = 'Value'): string {
  let name = pascalCase(value).replace(/[^\p{L}\p{N}_$]/gu, '');
  if (name === '') name = fallback;
  if (/^\p{N}/u.test(name)) name = `_${name}`;
  return RESERVED.has(name) ? `${name}_` : name;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** An object key as written in TypeScript source: bare when safe, else a quoted string literal. */
export const propertyKey = (name: string): string => (IDENTIFIER.test(name) && !RESERVED.has(name) ? name : JSON.stringify(name));

/** Text safe inside a `/** … *\/` block: no comment terminator, no stray carriage returns. */
export function docText(text: string | undefined): string {
  return (text ?? '').replace(/\r\n?/g, '\n').replace(/\*\//g, '*\\/').trim();
}

/** hey-api's name for an operation's types (`getThing` -> `GetThingData`, `GetThingResponse`); `Params` is the SDK's own. */
export function operationTypeName(operationId: string, suffix: 'Data' | 'Response' | 'Responses' | 'Errors' | 'Params'): string {
  return `${toCase(operationId, 'PascalCase')}${suffix}`;
}
export const schemaTypeName = (schemaName: string): string => toCase(schemaName, 'PascalCase');

/**
 * SDK resource path and method, in neutral kebab-case words: the contract's x-codegen-sdk override (written
 * in any case, `sharedRuntimes.attachments`), else from the CLI command (`apps shared-runtimes list`).
 */
export function sdkLocation(cliCommand: readonly string[], override: { resource?: string; method?: string } = {}) {
  const resource = (override.resource ? override.resource.split('.') : cliCommand.slice(0, -1)).map(kebabCase);
  return { resource, method: kebabCase(override.method ?? cliCommand[cliCommand.length - 1] ?? 'call') };
}

/** The TypeScript SDK's names for an SDK location: camelCase properties and method. */
/** Members of the runtime's ApiClient and APIResource (and of every class): a resource or method must not shadow them. */
const TS_CLASS_MEMBERS = new Set(['constructor', 'client', 'request', 'requestPage', 'baseUrl', 'prototype', 'then']);

export function tsSdkLocation(sdk: { resource: readonly string[]; method: string }): { resource: string[]; method: string } {
  // Any identifier is a valid property or method name, reserved words included (`client.delete`), but not
  // one starting with a digit, nor one the client and resource classes already have.
  const member = (word: string): string => {
    const name = camelCase(word) || 'call';
    const safe = /^\p{N}/u.test(name) ? `_${name}` : name;
    return TS_CLASS_MEMBERS.has(safe) ? `${safe}_` : safe;
  };
  const method = member(sdk.method);
  return { resource: sdk.resource.map(member), method: method === 'constructor_' ? 'construct' : method };
}

/** A short stable fingerprint of a name: the same input always gives the same 6 hex digits. */
export const shortHash = (value: string): string => createHash('sha256').update(value).digest('hex').slice(0, 6);

export const MCP_TOOL_NAME_MAX = 40;
/**
 * `[a-z0-9_]`, at most 40 characters: safe for every MCP client, even behind an `mcp__server__` prefix.
 * A longer name is cut and ends in `_` and a hash of the whole name, so two long operationIds with the same
 * first 40 characters still get two tools, and each keeps its name whatever else the contract adds.
 */
export function mcpToolName(operationId: string, override?: string): string {
  if (override) return override;
  const name = snakeCase(operationId).replace(/[^a-z0-9_]/g, '') || 'call';
  if (name.length <= MCP_TOOL_NAME_MAX) return name;
  return `${name.slice(0, MCP_TOOL_NAME_MAX - 7).replace(/_+$/, '')}_${shortHash(operationId)}`;
}

/**
 * The tool that runs a waiter of a GET tool: `get_allocation` + `active` -> `wait_allocation_active`. Too
 * long, the subject loses leading words (`shared_runtime_worker_operation` -> `worker_operation`) rather
 * than the waiter's name its end.
 */
export function mcpWaitToolName(getToolName: string, waiter: string): string {
  const state = snakeCase(waiter).replace(/[^a-z0-9_]/g, '');
  const subject = getToolName.replace(/^get_/, '').split('_');
  const name = () => `wait_${subject.join('_')}_${state}`;
  while (name().length > MCP_TOOL_NAME_MAX && subject.length > 1) subject.shift();
  return name().length <= MCP_TOOL_NAME_MAX ? name() : name().slice(0, MCP_TOOL_NAME_MAX).replace(/_+$/, '');
}

/**
 * Tool names unique across a contract: a name two operations would share is given, for every operation
 * but the first in id order, the hash suffix mcpToolName uses for long names (`get_foo` -> `get_foo_1a2b3c`).
 */
export function uniqueToolNames(tools: readonly { id: string; name: string; fixed: boolean }[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set(tools.filter((t) => t.fixed).map((t) => t.name));
  for (const tool of sortBy(tools, (t) => `${t.fixed ? 0 : 1}\0${t.id}`)) {
    let name = tool.name;
    if (!tool.fixed && taken.has(name)) name = `${name.slice(0, MCP_TOOL_NAME_MAX - 7).replace(/_+$/, '')}_${shortHash(tool.id)}`;
    taken.add(name);
    names.set(tool.id, name);
  }
  return names;
}

/**
 * An operationId for an operation without a usable one: the method and the path (`GET /servers/{id}/actions`
 * -> `getServersByIdActions`), in ASCII letters and digits only (load/operations.ts usableId).
 */
export function derivedOperationId(method: string, path: string): string {
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((segment) => {
      const param = /^\{(.+)\}$/.exec(segment);
      return param ? `by ${param[1]}` : segment;
    });
  return camelCase([method.toLowerCase(), ...parts].join(' ')).replace(/[^A-Za-z0-9]/g, '') || method.toLowerCase();
}

const singularWord = (word: string): string => singular(word.toLowerCase());

const METHOD_VERBS: Record<string, { item: string; collection: string }> = {
  GET: { item: 'get', collection: 'list' },
  POST: { item: 'create', collection: 'create' },
  PUT: { item: 'replace', collection: 'replace' },
  PATCH: { item: 'update', collection: 'update' },
  DELETE: { item: 'delete', collection: 'delete' },
};

export interface NamingInput {
  id: string;
  method: string;
  path: string;
  tag?: string;
  /** Whether the operationId came from the contract (else derived from method and path). */
  declaredId: boolean;
}

/** Top-level commands every generated CLI has: a resource of the same name would clash with them. */
const BUILTIN_COMMANDS = new Set(['schema', 'explain', 'completion', 'help', 'mcp']);

/** The resource word of an operation: its first tag, else the first fixed path segment that is no version. */
export function defaultResource(op: Pick<NamingInput, 'path' | 'tag'>): string {
  const segment = op.path
    .split('/')
    .filter((s) => s && !s.startsWith('{') && !/^(api|v\d+(\.\d+)*)$/i.test(s))
    .map(kebabCase)
    .find(Boolean);
  const resource = kebabCase(op.tag ?? '') || segment || 'api';
  return BUILTIN_COMMANDS.has(resource) ? `${resource}-api` : resource;
}

/** Verbs an operationId starts with: kept even when the tag is the same word (`uploadAvatar` in tag `uploads`). */
const VERBS = new Set(
  'get list create update delete remove add set put post patch replace upload download search find query export import sync send start stop run cancel retry enable disable login logout register verify validate check publish share archive restore move copy merge close open lock unlock approve reject assign invite accept decline test preview render generate refresh revoke rotate reset scan watch transfer'.split(' '),
);

/** Words that only join others: never the first or last word of a verb. */
const CONNECTORS = new Set(['by', 'for', 'of', 'with', 'from', 'in', 'on', 'to', 'a', 'an', 'the', 'and', 'or', 'via', 'using']);

/** The method's verb for an operation without a usable id: `GET /servers` -> list, `POST /servers/{id}/actions/reboot` -> reboot. */
function methodVerb(op: NamingInput): string {
  const verbs = METHOD_VERBS[op.method.toUpperCase()];
  if (!verbs) return op.method.toLowerCase();
  const segments = op.path.split('/').filter((s) => s && !/^(api|v\d+(\.\d+)*)$/i.test(s));
  const last = segments.at(-1) ?? '';
  if (last.startsWith('{')) return verbs.item;
  // A fixed segment after the resource is an action or a sub-collection.
  const tail = segments.length > 1 ? kebabCase(last) : '';
  if (!tail || tail === defaultResource(op)) return verbs.collection;
  return op.method.toUpperCase() === 'GET' ? `list-${tail}` : tail;
}

/**
 * The verb of an operation's command, short: the operationId's words without those that only repeat the
 * tag (`findPetsByStatus` in tag `pet` -> `find-by-status`), a trailing `by <path parameter>`
 * (`getPetById` -> `get`), and, for ids that spell out path and method (FastAPI's
 * `create_endpoint_api_v1_app__app_id__endpoint__post`), the path and the method (-> `create`). Without a
 * declared id, or when nothing is left, the method's verb (`list`, `get`, `create`, an action segment).
 */
export function shortVerb(op: NamingInput): string {
  if (!op.declaredId) return methodVerb(op);
  let kept = words(op.id).map((w) => w.toLowerCase());
  const methodWord = op.method.toLowerCase();
  const pathWords = op.path.split('/').flatMap((segment) => words(segment.replace(/[{}]/g, ''))).map(singularWord);
  const echoesPath = kept.length > 2 && kept.at(-1) === methodWord;
  if (echoesPath) kept = kept.slice(0, -1).filter((w, i) => i === 0 || !pathWords.includes(singularWord(w)));
  // The resource's words: the tag's, or the path segment's that stands in for a missing tag.
  const tagWords = new Set(words(op.tag || defaultResource(op)).map(singularWord));
  kept = kept.filter((w, i) => !(tagWords.has(singularWord(w)) && (i > 0 ? true : kept.length > 1 && !VERBS.has(w))));
  // `…By<PathParam>`: the parameter is a positional argument already.
  const params = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => words(m[1]!).map((w) => w.toLowerCase()));
  const by = kept.lastIndexOf('by');
  if (by > 0) {
    const tail = kept.slice(by + 1);
    if (tail.length && params.some((param) => tail.every((w, i) => param[param.length - tail.length + i] === w))) kept = kept.slice(0, by);
  }
  while (kept.length && CONNECTORS.has(kept[0]!)) kept.shift();
  while (kept.length && CONNECTORS.has(kept.at(-1)!)) kept.pop();
  return kebabCase(kept.join(' ')) || methodVerb(op);
}

/**
 * Default command paths `<resource> <verb>` for operations without x-codegen-cli, unique by rule: when
 * short verbs collide within a resource, each of those operations falls back to the kebab-case of its
 * whole operationId, and a clash left after that gets the method and a number.
 */
export function defaultCommands(ops: readonly NamingInput[], taken: ReadonlySet<string> = new Set()): Map<string, string[]> {
  const proposals = ops.map((op) => ({ op, resource: defaultResource(op), verb: shortVerb(op) }));
  const count = new Map<string, number>();
  for (const p of proposals) count.set(`${p.resource} ${p.verb}`, (count.get(`${p.resource} ${p.verb}`) ?? 0) + 1);
  const used = new Set(taken);
  const result = new Map<string, string[]>();
  for (const p of sortBy(proposals, (x) => x.op.id)) {
    let verb = p.verb;
    if ((count.get(`${p.resource} ${verb}`) ?? 0) > 1 || used.has(`${p.resource} ${verb}`)) {
      const full = kebabCase(p.op.id);
      verb = full && full !== p.resource ? full : `${p.op.method.toLowerCase()}-${verb}`;
    }
    for (let n = 2; used.has(`${p.resource} ${verb}`); n++) verb = `${p.verb}-${p.op.method.toLowerCase()}-${n}`;
    used.add(`${p.resource} ${verb}`);
    result.set(p.op.id, [p.resource, verb]);
  }
  return result;
}

/** The flags every command has, from the CLI runtime's own table; only their descriptions name the CLI. */
export const GLOBAL_CLI_FLAGS = globalFlags({ bin: 'x', envPrefix: 'X', configDirName: 'x', version: '0' });

/**
 * Flags every command has, and the CLI's own per-command flags: an input named like one takes a prefix.
 * Read from the CLI runtime's own table, so the two cannot drift apart.
 */
export const RESERVED_CLI_FLAGS: ReadonlySet<string> = new Set([
  ...YARGS_FLAGS,
  ...GLOBAL_CLI_FLAGS.flatMap((f) => [f.name, ...(f.alias ? [f.alias] : [])]),
]);

export type InputLocation = 'path' | 'query' | 'header' | 'cookie' | 'body';

export interface FlagInput {
  name: string;
  location: InputLocation;
  /** A name fixed by its role (`cursor`, `page-size`): kept as is, first. */
  fixed?: string;
}

/**
 * Flag names for one command's inputs, one per input in the order given (undefined when the input has no flag).
 * An override (`flags` of x-codegen-cli, keyed `location.name` or by the bare name) wins; then, in order of
 * precedence body field, path, query, header, a name is the kebab-case of the wire name unless another input
 * already has it or it is reserved (a global flag, a flag the CLI adds): then it is prefixed with the input's
 * location (`--query-name`, `--body-output`), and numbered if even that is taken. Two overrides naming the
 * same flag, or an override naming a reserved one, are the contract's mistake: `conflicts` lists them.
 */
export function assignFlags(
  inputs: readonly FlagInput[],
  overrides: Readonly<Record<string, string>>,
  reserved: ReadonlySet<string>,
): { flags: string[]; conflicts: string[]; renamed: string[] } {
  const precedence: Record<InputLocation, number> = { body: 0, path: 1, query: 2, header: 3, cookie: 4 };
  const flags = new Array<string>(inputs.length);
  const owner = new Map<string, string>();
  const conflicts: string[] = [];
  const renamed: string[] = [];
  const label = (input: FlagInput) => `${input.location} ${JSON.stringify(input.name)}`;
  // Own keys only: a field named `constructor` or `__proto__` has no override unless the contract gives one.
  const own = (key: string): string | undefined => (Object.hasOwn(overrides, key) ? overrides[key] : undefined);
  const overrideOf = (input: FlagInput): string | undefined => own(`${input.location}.${input.name}`) ?? own(input.name);
  const order = inputs.map((input, index) => ({ input, index }));
  const claim = (index: number, name: string) => {
    flags[index] = name;
    owner.set(name, label(inputs[index]!));
  };
  for (const { input, index } of order) {
    const fixed = input.fixed;
    if (fixed) claim(index, fixed);
  }
  for (const { input, index } of order) {
    const name = overrideOf(input);
    if (input.fixed || name === undefined) continue;
    const clash = owner.get(name) ?? (reserved.has(name) ? 'a flag every command has' : undefined);
    if (clash) conflicts.push(`x-codegen-cli.flags names --${name} for ${label(input)}, but --${name} is ${clash.includes('"') ? `used by ${clash}` : clash}`);
    claim(index, name);
  }
  const rest = order.filter(({ input, index }) => flags[index] === undefined && !input.fixed);
  for (const { input, index } of [...rest].sort((a, b) => precedence[a.input.location] - precedence[b.input.location] || a.index - b.index)) {
    const plain = kebabCase(input.name) || input.location;
    let name = plain;
    if (owner.has(name) || reserved.has(name)) {
      name = `${input.location}-${plain}`;
      for (let n = 2; owner.has(name) || reserved.has(name); n++) name = `${input.location}-${plain}-${n}`;
      renamed.push(`${label(input)} -> --${name} (--${plain} is ${owner.has(plain) ? `used by ${owner.get(plain)}` : 'reserved'})`);
    }
    claim(index, name);
  }
  return { flags, conflicts, renamed };
}

/** File name (no extension) of a resource or command module. */
export const fileName = (value: string): string => kebabCase(value) || 'index';

/** Deterministic order: by a string key, code-point order (locale-independent). */
export function sortBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
}

/** Flags the CLI adds to operation commands; paging flags replace whatever the contract calls its cursor/page-size parameters. */
export const CLI_FLAGS = {
  body: 'body',
  file: 'file',
  all: 'all',
  maxItems: 'max-items',
  pageSize: 'page-size',
  cursor: 'cursor',
  idempotencyKey: 'idempotency-key',
  wait: 'wait',
} as const;

/** Where a command's module lives in the CLI package: `commands/apps/shared-runtimes/list`. */
export const cliCommandFile = (path: readonly string[]): string => ['commands', ...path.map(fileName)].join('/');

/** `allocations` -> `allocation`, `shared-runtimes` -> `shared-runtime`: what a `--wait` progress line calls one of them. */
export function singular(noun: string): string {
  if (/ies$/.test(noun)) return noun.replace(/ies$/, 'y');
  if (/(s|x|z|ch|sh)es$/.test(noun)) return noun.replace(/es$/, '');
  if (/(us|ss|is)$/.test(noun)) return noun;
  return noun.replace(/s$/, '');
}

export function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return noun.replace(/y$/, 'ies');
  if (/(s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * What a list holds, in words, for "No nodes found.": the command's group word when it is a plural
 * (`worker-operations` -> `worker operations`), else its item schema's name made plural (`catalog
 * list` of `Sku` -> `skus`), else `items`.
 */
export function listNoun(groupWord: string | undefined, itemSchemaName: string | undefined): string {
  if (groupWord && singular(groupWord) !== groupWord) return words(groupWord).join(' ').toLowerCase();
  const name = itemSchemaName ? words(itemSchemaName).map((w) => w.toLowerCase()) : [];
  return name.length ? [...name.slice(0, -1), plural(name.at(-1)!)].join(' ') : 'items';
}

/**
 * Names for logging in through a separate identity-provider contract: `auth <name>-login`, its server
 * URL flag `--<short>-url`. The short form is the name's first letter and the first consonant after its
 * first vowel run (keycloak -> kc), the abbreviation such servers go by; without one, the whole name.
 */
export function identityProviderNames(clientName: string): { verb: string; urlFlag: string } {
  const name = kebabCase(clientName);
  const short = /^([a-z])[a-z]*?[aeiouy]+([b-df-hj-np-tv-xz])/.exec(name);
  return { verb: `${name}-login`, urlFlag: `${short ? short[1]! + short[2]! : name}-url` };
}

/**
 * Python keywords (hard and soft), and the builtins generated code names in its bodies and annotations: a
 * parameter, field or method of that name would shadow them (`type(None)`, `x: str`). `list` and `dict` are
 * free: generated annotations use typing's List and Dict.
 */
const PY_RESERVED = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from global if ' +
    'import in is lambda nonlocal not or pass raise return try while with yield match case type _ ' +
    'self cls bool int float str bytes object cast given'
  ).split(' '),
);
/** pydantic's own attributes: a model field must not shadow them. */
const PY_MODEL_MEMBERS = new Set(['schema', 'json', 'dict', 'copy', 'construct', 'validate', 'fields', 'parse_obj', 'parse_raw', 'from_orm', 'update_forward_refs']);

/** A Python variable, parameter or attribute name: snake_case, never a keyword, never starting with a digit. */
export function pyIdentifier(value: string, fallback = 'value'): string {
  let id = snakeCase(value).replace(/[^\p{L}\p{N}_]/gu, '');
  if (id === '') id = fallback;
  if (/^\p{N}/u.test(id)) id = `_${id}`;
  return PY_RESERVED.has(id) ? `${id}_` : id;
}

/** A field of a pydantic model: a Python identifier that is none of pydantic's members (`model_*`, `json`). */
export function pyFieldName(value: string): string {
  const id = pyIdentifier(value);
  return PY_MODEL_MEMBERS.has(id) || id.startsWith('model_') ? `${id}_` : id;
}

/** A Python class name: PascalCase, never starting with a digit, never a keyword. */
export function pyTypeName(value: string, fallback = 'Value'): string {
  let name = pascalCase(value).replace(/[^\p{L}\p{N}_]/gu, '');
  if (name === '') name = fallback;
  if (/^\p{N}/u.test(name)) name = `_${name}`;
  return PY_RESERVED.has(name) ? `${name}_` : name;
}

/** Members of the Python runtime's resource and client classes: a resource or method must not shadow them. */
const PY_CLASS_MEMBERS = new Set(['with_raw_response', 'with_options', 'close', 'base_url', 'project_id']);

/** The Python SDK's names for an SDK location: snake_case attributes and method (`shared_runtimes.create`). */
export function pySdkLocation(sdk: { resource: readonly string[]; method: string }): { resource: string[]; method: string } {
  const member = (word: string): string => {
    // A leading underscore (from a leading digit, `2fa` -> `_2fa`) would make the member private: `x_2fa`.
    const name = pyIdentifier(word, 'call').replace(/^_(?=\p{N})/u, 'x_');
    return PY_CLASS_MEMBERS.has(name) ? `${name}_` : name;
  };
  return { resource: sdk.resource.map(member), method: member(sdk.method) };
}

/** Text safe inside a Python `"""…"""` docstring: backslashes doubled, no closing quotes, no stray carriage returns. */
export function pyDocText(text: string | undefined): string {
  return (text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/\\/g, '\\\\')
    .trim()
    .replace(/"""/g, '\\"\\"\\"')
    .replace(/"+$/, (quotes) => quotes.replace(/"/g, '\\"'));
}

/**
 * Python keyword-argument names for one method's inputs, in the order given: the snake_case of the wire
 * name unless another input or a name the method adds (`reserved`: project_id, timeout, …) has it; then
 * prefixed with the input's location (`query_name`, `body_project_id`), numbered if even that is taken.
 */
export function pyArgumentNames(inputs: readonly { name: string; location: string }[], reserved: ReadonlySet<string>): string[] {
  const taken = new Set(reserved);
  return inputs.map((input) => {
    let name = pyIdentifier(input.name);
    if (taken.has(name)) {
      const prefixed = pyIdentifier(`${input.location} ${input.name}`);
      name = prefixed;
      for (let n = 2; taken.has(name); n++) name = `${prefixed}_${n}`;
    }
    taken.add(name);
    return name;
  });
}
