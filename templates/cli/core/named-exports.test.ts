import { describe, expect, it } from 'vitest';
import { namedExports } from './named-exports.js';

describe('namedExports', () => {
  const stringify = () => 'x';
  it.each([
    ['named exports (Node)', { stringify, default: { stringify } }],
    ['only a default export (an esbuild bundle of a CommonJS package)', { default: { stringify } }],
  ])('finds the export with %s', (_case, library) => {
    expect(namedExports(library as { stringify: typeof stringify }, 'stringify').stringify).toBe(stringify);
  });
});
