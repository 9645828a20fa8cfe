import { describe, expect, it } from 'vitest';
import { commandTree, findCommand } from './tree.js';
import type { CommandEntry } from './types.js';

const entry = (path: string, aliases: string[] = [], hidden = false): CommandEntry => ({
  path: path.split(' '),
  describe: path,
  aliases,
  hidden,
  load: () => Promise.reject(new Error('not loaded in this test')),
});
const entries = [
  entry('nodes list', ['ls']),
  entry('apps shared-runtimes attachments list'),
  entry('schema'),
  entry('auth secret', [], true),
];
const root = commandTree(entries, [{ path: ['apps'], describe: 'App platform' }]);
const valueFlags = new Set(['output', 'o', 'header', 'H']);
const find = (argv: string) => findCommand(root, argv.split(' ').filter(Boolean), valueFlags);

describe('commandTree', () => {
  it('nests groups, keeps their help lines, and hides a group only when everything under it is hidden', () => {
    expect(root.children.map((c) => [c.name, c.describe, c.hidden])).toEqual([
      ['nodes', '', false],
      ['apps', 'App platform', false],
      ['schema', 'schema', false],
      ['auth', '', true],
    ]);
    expect(root.children[1]!.children[0]!.children[0]!.children[0]!.entry?.path).toEqual([
      'apps',
      'shared-runtimes',
      'attachments',
      'list',
    ]);
  });
});

describe('findCommand', () => {
  it.each<[string, string | undefined, string[], string | undefined]>([
    ['nodes list', 'nodes list', ['nodes', 'list'], undefined],
    ['nodes ls --status x', 'nodes list', ['nodes', 'list'], undefined],
    ['-o json nodes list', 'nodes list', ['nodes', 'list'], undefined],
    ['--output=json -H X:b nodes list', 'nodes list', ['nodes', 'list'], undefined],
    [
      '--debug apps shared-runtimes attachments list',
      'apps shared-runtimes attachments list',
      ['apps', 'shared-runtimes', 'attachments', 'list'],
      undefined,
    ],
    ['apps shared-runtimes', undefined, ['apps', 'shared-runtimes'], undefined],
    ['apps nope list', undefined, ['apps'], 'nope'],
    ['bogus', undefined, [], 'bogus'],
    ['', undefined, [], undefined],
    ['-- nodes list', undefined, [], undefined],
  ])('%j -> %s', (argv, command, path, unknownWord) => {
    const found = find(argv);
    expect(found.entry?.path.join(' ')).toBe(command);
    expect(found.path).toEqual(path);
    expect(found.unknownWord).toBe(unknownWord);
  });
});
