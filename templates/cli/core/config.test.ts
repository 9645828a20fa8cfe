import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  configDir,
  credentialsExpired,
  deleteCredentials,
  loadContext,
  readConfig,
  readCredentials,
  requireProject,
  resolveBaseUrl,
  resolveProject,
  resolveToken,
  writeConfig,
  writeCredentials,
  type Credentials,
} from './config.js';
import { CliConfigError } from './errors.js';

const identity = { bin: 'acme', envPrefix: 'ACME', configDirName: 'acme-cli', version: '1.0.0' };
const mode = async (path: string) => (await stat(path)).mode & 0o777;

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'cli-config-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('configDir', () => {
  it.each<[string, NodeJS.ProcessEnv, string]>([
    ['explicit dir wins', { ACME_CONFIG_DIR: '/etc/acme', XDG_CONFIG_HOME: '/xdg' }, '/etc/acme'],
    ['XDG_CONFIG_HOME', { XDG_CONFIG_HOME: '/xdg' }, '/xdg/acme-cli'],
    ['relative XDG_CONFIG_HOME is ignored', { XDG_CONFIG_HOME: 'xdg' }, '/home/u/.config/acme-cli'],
    ['empty values are unset', { ACME_CONFIG_DIR: '', XDG_CONFIG_HOME: '' }, '/home/u/.config/acme-cli'],
    ['home', {}, '/home/u/.config/acme-cli'],
  ])('%s', (_label, env, expected) => {
    expect(configDir(identity, env, '/home/u')).toBe(expected);
  });
});

describe('config files', () => {
  it('reads nothing as empty config and no credentials', async () => {
    expect(await readConfig(join(root, 'missing'))).toEqual({});
    expect(await readCredentials(join(root, 'missing'))).toBeUndefined();
  });

  it('round-trips config and credentials, creating the directory 0700', async () => {
    const dir = join(root, 'new', 'acme');
    const credentials: Credentials = { access_token: 'at', refresh_token: 'rt', expires_at: '2030-01-01T00:00:00Z', base_url: 'https://api' };
    await writeConfig(dir, { base_url: 'https://api', active_project: 'p-1' });
    await writeCredentials(dir, credentials);
    expect(await readConfig(dir)).toEqual({ base_url: 'https://api', active_project: 'p-1' });
    expect(await readCredentials(dir)).toEqual(credentials);
    expect(await mode(dir)).toBe(0o700);
    expect(await mode(join(dir, 'credentials.json'))).toBe(0o600);
  });

  it('replaces files atomically: no temp file is left and a failed write keeps the old file', async () => {
    await writeConfig(root, { active_project: 'old' });
    await writeConfig(root, { active_project: 'new' });
    expect(await readdir(root)).toEqual(['config.json']);
    expect(await readConfig(root)).toEqual({ active_project: 'new' });

    const unserializable = { active_project: 1n } as unknown as { active_project: string };
    await expect(writeConfig(root, unserializable)).rejects.toThrow(CliConfigError);
    expect(await readdir(root)).toEqual(['config.json']);
    expect(await readConfig(root)).toEqual({ active_project: 'new' });
  });

  it('rewrites credentials 0600 even over a looser file, and tightens a loose file on read', async () => {
    const file = join(root, 'credentials.json');
    await writeFile(file, JSON.stringify({ access_token: 'old' }), { mode: 0o644 });
    await chmod(file, 0o644);
    expect((await readCredentials(root))?.access_token).toBe('old');
    expect(await mode(file)).toBe(0o600);

    await chmod(file, 0o666);
    await writeCredentials(root, { access_token: 'new' });
    expect(await mode(file)).toBe(0o600);
  });

  it('deletes credentials, and deleting twice is fine', async () => {
    await writeCredentials(root, { access_token: 'at' });
    await deleteCredentials(root);
    await deleteCredentials(root);
    expect(await readCredentials(root)).toBeUndefined();
  });

  it.each([
    ['config.json', '{"active_project": ', 'is not valid JSON'],
    ['config.json', '[]', 'must contain a JSON object'],
    ['config.json', '{"active_project": 5}', '"active_project" must be a string'],
    ['credentials.json', 'not json', 'is not valid JSON'],
    ['credentials.json', '{"refresh_token": "rt"}', '"access_token" is missing'],
  ])('%s containing %j -> CliConfigError naming the file', async (name, content, message) => {
    await writeFile(join(root, name), content, { mode: 0o600 });
    const read = name === 'config.json' ? readConfig(root) : readCredentials(root);
    const error = await read.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CliConfigError);
    expect((error as Error).message).toContain(join(root, name));
    expect((error as Error).message).toContain(message);
    expect((error as CliConfigError).exitCode).toBe(13);
  });
});

describe('precedence', () => {
  it.each<[{ flag?: string; env?: string; config?: string }, string | undefined, string | undefined]>([
    [{ flag: 'f', env: 'e', config: 'c' }, 'f', 'flag'],
    [{ env: 'e', config: 'c' }, 'e', 'env'],
    [{ flag: '', env: 'e', config: 'c' }, 'e', 'env'],
    [{ env: '', config: 'c' }, 'c', 'config'],
    [{}, undefined, undefined],
  ])('project %j -> %s from %s', (input, value, source) => {
    const resolved = resolveProject(input);
    expect(resolved?.value).toBe(value);
    expect(resolved?.source).toBe(source);
  });

  it.each<[{ flag?: string; env?: string; config?: string; default?: string }, string | undefined, string | undefined]>([
    [{ flag: 'https://f', env: 'https://e', config: 'https://c', default: 'https://d' }, 'https://f', 'flag'],
    [{ env: 'https://e', config: 'https://c', default: 'https://d' }, 'https://e', 'env'],
    [{ config: 'https://c', default: 'https://d' }, 'https://c', 'config'],
    [{ default: 'https://d' }, 'https://d', 'default'],
    [{}, undefined, undefined],
  ])('base URL %j -> %s from %s', (input, value, source) => {
    const resolved = resolveBaseUrl(input);
    expect(resolved?.value).toBe(value);
    expect(resolved?.source).toBe(source);
  });

  const stored: Credentials = { access_token: 'stored', base_url: 'https://api.example' };
  it.each<[string, { env?: string; credentials?: Credentials; baseUrl?: string }, string | undefined, string | undefined]>([
    ['env beats the file', { env: 'from-env', credentials: stored, baseUrl: 'https://api.example' }, 'from-env', 'env'],
    ['file for its own server', { credentials: stored, baseUrl: 'https://api.example/' }, 'stored', 'credentials'],
    ['file without a recorded server', { credentials: { access_token: 'stored' }, baseUrl: 'https://x' }, 'stored', 'credentials'],
    ['never sent to another server', { credentials: stored, baseUrl: 'https://evil.example' }, undefined, undefined],
    ['env is sent anywhere', { env: 'from-env', credentials: stored, baseUrl: 'https://other' }, 'from-env', 'env'],
    ['nothing', {}, undefined, undefined],
  ])('token: %s', (_label, input, value, source) => {
    const resolved = resolveToken(input);
    expect(resolved?.value).toBe(value);
    expect(resolved?.source).toBe(source);
  });
});

describe('loadContext', () => {
  it('combines flags, environment and files', async () => {
    await writeConfig(root, { base_url: 'https://cfg', active_project: 'p-cfg' });
    await writeCredentials(root, { access_token: 'at', base_url: 'https://cfg' });
    const env = { ACME_CONFIG_DIR: root, ACME_PROJECT: 'p-env' };
    const context = await loadContext({ identity, env, flags: {}, defaultBaseUrl: 'https://default' });
    expect(context).toMatchObject({
      dir: root,
      baseUrl: { value: 'https://cfg', source: 'config' },
      project: { value: 'p-env', source: 'env' },
      token: { value: 'at', source: 'credentials' },
    });
    const overridden = await loadContext({ identity, env: { ...env, ACME_TOKEN: 'tok' }, flags: { project: 'p-flag', baseUrl: 'https://flag' } });
    expect(overridden).toMatchObject({
      baseUrl: { value: 'https://flag', source: 'flag' },
      project: { value: 'p-flag', source: 'flag' },
      token: { value: 'tok', source: 'env' },
    });
  });
});

describe('requireProject', () => {
  it('returns the resolved project', () => {
    expect(requireProject({ dir: root, project: { value: 'p-1', source: 'flag' } }, { identity, flag: 'project' })).toBe('p-1');
  });

  it.each([
    [undefined, `pass --project-id <id>, set ACME_PROJECT, or set "active_project" in ${join('/cfg', 'config.json')}`],
    ['projects use <id>', 'pass --project-id <id>, set ACME_PROJECT, or run `acme projects use <id>`'],
  ])('without one: exit 13 saying how to set it (use command %s)', (useCommand, hint) => {
    const error = (() => {
      try {
        return requireProject({ dir: '/cfg' }, { identity, flag: 'project-id', useCommand });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(CliConfigError);
    expect(error).toMatchObject({ message: 'no project selected', hint, exitCode: 13 });
  });
});

describe('credentialsExpired', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['2030-01-01T01:00:00Z', false],
    ['2030-01-01T00:00:10Z', true],
    ['2029-12-31T00:00:00Z', true],
    ['garbage', false],
  ])('expires_at %s -> %s', (expiresAt, expected) => {
    expect(credentialsExpired({ access_token: 'a', expires_at: expiresAt }, now)).toBe(expected);
  });
});
