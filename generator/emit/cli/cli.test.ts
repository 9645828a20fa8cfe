import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../../errors.js';
import { identityProviderNames, singular } from '../../ir/naming.js';
import { commandViews } from '../../../templates/cli/run/testing/harness.js';
import { checkFlags, shellWord } from './commands.js';

const views = await commandViews('openapi/gpuaas.yaml', 'openapi/keycloak.yaml');
const byPath = (path: string) => views.find((v) => v.spec.path.join(' ') === path);
const flagNames = (path: string) => byPath(path)?.spec.flags.map((f) => f.name);

describe('CLI naming', () => {
  it.each([
    ['allocations', 'allocation'],
    ['shared-runtimes', 'shared-runtime'],
    ['worker-operations', 'worker-operation'],
    ['policies', 'policy'],
    ['boxes', 'box'],
    ['status', 'status'],
  ])('singular(%s) = %s', (plural, one) => {
    expect(singular(plural)).toBe(one);
  });

  it('names an identity provider login after the client', () => {
    expect(identityProviderNames('keycloak')).toEqual({ verb: 'keycloak-login', urlFlag: 'kc-url' });
    expect(identityProviderNames('okta')).toEqual({ verb: 'okta-login', urlFlag: 'okta-url' });
  });

  it.each([
    ['sku_1', 'sku_1'],
    ['ghcr.io/a/b:1', 'ghcr.io/a/b:1'],
    ['two words', `'two words'`],
    [`it's`, `'it'\\''s'`],
    [3, '3'],
  ])('shellWord(%j) = %s', (value, word) => {
    expect(shellWord(value)).toBe(word);
  });
});

describe('the command tree of the gpuaas contract', () => {
  it('has every seed command, with the seed flag names', () => {
    // With --device, the flags of Keycloak's device authorization (and its server).
    const device = ['realm', 'client-id', 'client-secret', 'scope', 'client-secret-stdin', 'kc-url'];
    expect(flagNames('auth login')).toEqual(['provider', 'tenant-hint', 'identity-hint', 'no-browser', 'device', ...device]);
    expect(byPath('auth login')!.spec.flags.filter((f) => f.appliesWith).map((f) => f.name)).toEqual(device);
    expect(flagNames('auth dev-login')).toEqual(['username', 'password', 'password-stdin']);
    expect(flagNames('auth keycloak-login')).toEqual([
      'realm',
      'username',
      'password',
      'client-id',
      'client-secret',
      'scope',
      'password-stdin',
      'client-secret-stdin',
      'kc-url',
    ]);
    expect(flagNames('auth logout')).toEqual([]);
    expect(byPath('auth whoami')).toBeDefined();
    expect(flagNames('nodes list')).toEqual(['status', 'cursor', 'page-size', 'all', 'max-items']);
    expect(flagNames('projects create')).toEqual(['name', 'slug', 'body', 'idempotency-key']);
    expect(flagNames('projects use')).toEqual(['id']);
    expect(flagNames('allocations list')).toEqual(['status', 'cursor', 'page-size', 'project-id', 'all', 'max-items']);
    expect(flagNames('allocations create')).toEqual([
      'scheduler-type',
      'node-id',
      'sku-id',
      'project-id',
      'body',
      'idempotency-key',
      'wait',
    ]);
    expect(flagNames('allocations release')).toEqual(['id', 'project-id', 'idempotency-key', 'wait']);
    for (const verb of ['list', 'get', 'create', 'delete'])
      expect(flagNames(`apps shared-runtimes ${verb}`)).toContain('org-id');
    for (const path of ['attachments list', 'workers get', 'worker-operations create'])
      expect(flagNames(`apps shared-runtimes ${path}`)).toContain('runtime-id');
    for (const path of [
      'billing balance',
      'catalog list',
      'schema',
      'explain',
      'help exit-codes',
      'completion',
      'mcp list-tools',
      'mcp serve',
    ])
      expect(byPath(path)).toBeDefined();
  });

  it('leaves out the operations a builtin replaces', () => {
    for (const path of ['auth authorize', 'auth token-exchange']) expect(byPath(path)).toBeUndefined();
    expect(byPath('auth dev-login')?.runner).toEqual({ module: 'builtins/auth-password.js', export: 'run' });
  });

  it('keycloak-login defaults the realm and client id to the CLI, the server to the Keycloak contract', () => {
    const flags = byPath('auth keycloak-login')!.spec.flags;
    expect(flags.find((f) => f.name === 'realm')).toMatchObject({ default: 'acme', required: false });
    expect(flags.find((f) => f.name === 'client-id')).toMatchObject({ default: 'acme-cli', required: false });
    expect(flags.find((f) => f.name === 'kc-url')?.description).toContain('http://127.0.0.1:4011');
  });

  it("rejects a flag that takes a global flag's name", () => {
    const spec = {
      ...byPath('nodes list')!.spec,
      flags: [{ name: 'output', type: 'string' as const, description: '' }],
    };
    expect(() => checkFlags({ source: { file: 'x.yaml' } } as never, spec, new Set(['output']))).toThrow(
      GeneratorError,
    );
    expect(() => checkFlags({ source: { file: 'x.yaml' } } as never, spec, new Set(['output']))).toThrow(
      '--output is a flag every command has',
    );
  });
});
