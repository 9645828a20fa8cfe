// Copied verbatim from templates/cli/core/config.ts. DO NOT EDIT: change the template and regenerate.
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { CliConfigError } from './errors.js';
import { envVar, type CliIdentity } from './identity.js';

export const CONFIG_FILE = 'config.json';
export const CREDENTIALS_FILE = 'credentials.json';

export interface CliConfig {
  base_url?: string;
  active_project?: string;
}

export interface Credentials {
  access_token: string;
  refresh_token?: string;
  /** ISO 8601 instant. */
  expires_at?: string;
  /** The server the token was issued for: it is never sent anywhere else. */
  base_url?: string;
}

/** `$<PREFIX>_CONFIG_DIR`, else `$XDG_CONFIG_HOME/<name>`, else `~/.config/<name>`. */
export function configDir(identity: CliIdentity, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  const explicit = env[envVar(identity, 'CONFIG_DIR')];
  if (explicit) return explicit;
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, identity.configDirName);
  return join(home, '.config', identity.configDirName);
}

/**
 * Where cached data goes (shell completion's id lists): `cache/` in an explicit config directory, else
 * `$XDG_CACHE_HOME/<name>`, else `~/.cache/<name>`. Nothing in it is a secret.
 */
export function cacheDir(identity: CliIdentity, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  const explicit = env[envVar(identity, 'CONFIG_DIR')];
  if (explicit) return join(explicit, 'cache');
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, identity.configDirName);
  return join(home, '.cache', identity.configDirName);
}

export async function readConfig(dir: string): Promise<CliConfig> {
  const file = join(dir, CONFIG_FILE);
  const value = await readJsonObject(file);
  if (value === undefined) return {};
  requireStrings(file, value, ['base_url', 'active_project']);
  return value as CliConfig;
}

export async function writeConfig(dir: string, config: CliConfig): Promise<void> {
  await writeJsonAtomic(dir, CONFIG_FILE, config, 0o644);
}

/** undefined when not logged in. Tightens a credentials file that others can read. */
export async function readCredentials(dir: string): Promise<Credentials | undefined> {
  const file = join(dir, CREDENTIALS_FILE);
  const value = await readJsonObject(file);
  if (value === undefined) return undefined;
  requireStrings(file, value, ['access_token', 'refresh_token', 'expires_at', 'base_url']);
  if (typeof value.access_token !== 'string') throw new CliConfigError(`${file}: "access_token" is missing`, REPAIR_HINT);
  if (process.platform !== 'win32' && ((await stat(file)).mode & 0o077) !== 0) await chmod(file, 0o600);
  return value as unknown as Credentials;
}

export async function writeCredentials(dir: string, credentials: Credentials): Promise<void> {
  await writeJsonAtomic(dir, CREDENTIALS_FILE, credentials, 0o600);
}

export async function deleteCredentials(dir: string): Promise<void> {
  await rm(join(dir, CREDENTIALS_FILE), { force: true });
}

/** True when the token expires within `skewMs`, so a refresh happens before the server says 401. */
export function credentialsExpired(credentials: Credentials, now = Date.now(), skewMs = 30_000): boolean {
  if (credentials.expires_at === undefined) return false;
  const expiresAt = Date.parse(credentials.expires_at);
  return !Number.isNaN(expiresAt) && expiresAt - skewMs <= now;
}

const REPAIR_HINT = 'fix the file or delete it (deleting credentials means logging in again)';

async function readJsonObject(file: string): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CliConfigError(`cannot read ${file}: ${(error as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CliConfigError(`${file} is not valid JSON: ${(error as Error).message}`, REPAIR_HINT);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliConfigError(`${file} must contain a JSON object`, REPAIR_HINT);
  }
  return value as Record<string, unknown>;
}

function requireStrings(file: string, value: Record<string, unknown>, keys: readonly string[]): void {
  for (const key of keys) {
    if (value[key] !== undefined && typeof value[key] !== 'string') {
      throw new CliConfigError(`${file}: "${key}" must be a string`, REPAIR_HINT);
    }
  }
}

/**
 * Temp file in the same directory, flushed, then renamed over the target: a crash or a concurrent
 * reader sees the old file or the new one, never half of one. The temp file is created with `mode`,
 * so a secret is never readable by others, not even briefly.
 */
async function writeJsonAtomic(dir: string, name: string, value: object, mode: number): Promise<void> {
  const file = join(dir, name);
  const temp = join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    // 0700 applies only to directories created here: an existing $<PREFIX>_CONFIG_DIR may be shared.
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const handle = await open(temp, 'wx', mode);
    try {
      await handle.writeFile(JSON.stringify(value, null, 2) + '\n');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new CliConfigError(`cannot write ${file}: ${(error as Error).message}`);
  }
}

/** Where a setting came from, for `--debug` and `explain`. */
export type SettingSource = 'flag' | 'env' | 'config' | 'credentials' | 'default';

export interface Resolved {
  value: string;
  source: SettingSource;
}

/** First non-empty candidate wins; an empty string (`FOO=`) counts as unset. */
function firstSet(candidates: readonly [SettingSource, string | undefined][]): Resolved | undefined {
  for (const [source, value] of candidates) if (value) return { value, source };
  return undefined;
}

/** `--project` > `<PREFIX>_PROJECT` > the active project in config.json. */
export function resolveProject(input: { flag?: string; env?: string; config?: string }): Resolved | undefined {
  return firstSet([['flag', input.flag], ['env', input.env], ['config', input.config]]);
}

/** `--base-url` > `<PREFIX>_BASE_URL` > config.json > the contract's server URL. */
export function resolveBaseUrl(input: { flag?: string; env?: string; config?: string; default?: string }): Resolved | undefined {
  return firstSet([['flag', input.flag], ['env', input.env], ['config', input.config], ['default', input.default]]);
}

/**
 * `<PREFIX>_TOKEN` > credentials.json. A stored token is used only against the server it was issued
 * for, so `--base-url` pointing elsewhere cannot leak it.
 */
export function resolveToken(input: { env?: string; credentials?: Credentials; baseUrl?: string }): Resolved | undefined {
  const { credentials, baseUrl } = input;
  const stored =
    credentials && (!credentials.base_url || !baseUrl || sameUrl(credentials.base_url, baseUrl))
      ? credentials.access_token
      : undefined;
  return firstSet([['env', input.env], ['credentials', stored]]);
}

function sameUrl(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '');
}

export interface CliContext {
  dir: string;
  config: CliConfig;
  credentials?: Credentials;
  baseUrl?: Resolved;
  project?: Resolved;
  token?: Resolved;
}

/** Everything a command needs from flags, environment and files, read once per invocation. */
export async function loadContext(input: {
  identity: CliIdentity;
  flags: { project?: string; baseUrl?: string };
  /** The contract's first server URL, if any. */
  defaultBaseUrl?: string;
  env?: NodeJS.ProcessEnv;
}): Promise<CliContext> {
  const { identity, flags, env = process.env } = input;
  const dir = configDir(identity, env);
  const [config, credentials] = await Promise.all([readConfig(dir), readCredentials(dir)]);
  const baseUrl = resolveBaseUrl({
    flag: flags.baseUrl,
    env: env[envVar(identity, 'BASE_URL')],
    config: config.base_url,
    default: input.defaultBaseUrl,
  });
  return {
    dir,
    config,
    credentials,
    baseUrl,
    project: resolveProject({ flag: flags.project, env: env[envVar(identity, 'PROJECT')], config: config.active_project }),
    token: resolveToken({ env: env[envVar(identity, 'TOKEN')], credentials, baseUrl: baseUrl?.value }),
  };
}

/** The project for a project-scoped command, or exit 13 saying every way to set one. */
export function requireProject(
  context: Pick<CliContext, 'dir' | 'project'>,
  how: { identity: CliIdentity; flag: string; useCommand?: string },
): string {
  if (context.project) return context.project.value;
  const { identity, flag, useCommand } = how;
  const ways = [
    `pass --${flag} <id>`,
    `set ${envVar(identity, 'PROJECT')}`,
    useCommand ? `run \`${identity.bin} ${useCommand}\`` : `set "active_project" in ${join(context.dir, CONFIG_FILE)}`,
  ];
  throw new CliConfigError('no project selected', `${ways.slice(0, -1).join(', ')}, or ${ways.at(-1)}`);
}
