import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../errors.js';
import { buildOrder } from './build-order.js';

const pkg = (dir: string, name: string, dependencies: Record<string, string> = {}) => ({
  dir,
  files: [{ path: 'package.json', content: JSON.stringify({ name, dependencies }) }],
});

describe('buildOrder', () => {
  it.each([
    [
      'config order already right',
      [
        pkg('g/sdk', '@x/sdk'),
        pkg('g/mcp', '@x/mcp', { '@x/sdk': '1' }),
        pkg('g/cli', '@x/cli', { '@x/mcp': '1', '@x/sdk': '1' }),
      ],
      ['g/sdk', 'g/mcp', 'g/cli'],
    ],
    // The CLI bundles the MCP package: listed before it, it must still be built after it.
    [
      'a dependent listed first',
      [
        pkg('g/sdk', '@x/sdk'),
        pkg('g/cli', '@x/cli', { '@x/mcp': '1', '@x/sdk': '1' }),
        pkg('g/mcp', '@x/mcp', { '@x/sdk': '1' }),
      ],
      ['g/sdk', 'g/mcp', 'g/cli'],
    ],
    [
      'outside dependencies ignored',
      [pkg('g/mcp', '@x/mcp', { '@x/sdk': '1', ajv: '8' }), pkg('g/sdk', '@x/sdk', { undici: '7' })],
      ['g/sdk', 'g/mcp'],
    ],
    ['a target without package.json is not built', [{ dir: 'g/py', files: [] }, pkg('g/sdk', '@x/sdk')], ['g/sdk']],
  ])('%s', (_name, targets, expected) => {
    expect(buildOrder(targets)).toEqual(expected);
  });

  it('reports a dependency cycle as a generator bug', () => {
    expect(() => buildOrder([pkg('a', 'a', { b: '1' }), pkg('b', 'b', { a: '1' })])).toThrow(GeneratorError);
  });
});
