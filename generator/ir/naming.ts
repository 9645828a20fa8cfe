/**
 * Every naming and ordering decision of the generator, in one place, so the SDK, CLI and MCP targets
 * agree on what a thing is called and in which order it appears.
 */
// hey-api's own case function (the one @hey-api/openapi-ts re-exports), without loading all of hey-api.
import { toCase } from '@hey-api/shared';

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
export function tsSdkLocation(sdk: { resource: readonly string[]; method: string }): { resource: string[]; method: string } {
  const method = camelCase(sdk.method);
  // Any identifier is a valid method name, reserved words included; only `constructor` would break the class.
  return { resource: sdk.resource.map(camelCase), method: method === 'constructor' ? 'construct' : method };
}

export const MCP_TOOL_NAME_MAX = 40;
const clipToolName = (name: string): string => (name.length <= MCP_TOOL_NAME_MAX ? name : name.slice(0, MCP_TOOL_NAME_MAX).replace(/_+$/, ''));

/** `[a-z0-9_]`, at most 40 characters: safe for every MCP client, even behind an `mcp__server__` prefix. */
export function mcpToolName(operationId: string, override?: string): string {
  if (override) return override;
  return clipToolName(snakeCase(operationId).replace(/[^a-z0-9_]/g, ''));
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
  return clipToolName(name());
}

/** Flag name of a parameter or body field: the contract's override, else kebab-case of the wire name. */
export const cliFlagName = (wireName: string, overrides: Readonly<Record<string, string>> = {}): string =>
  overrides[wireName] ?? kebabCase(wireName);

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
