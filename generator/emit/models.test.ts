import { describe, expect, it } from 'vitest';
import { withoutLoaders } from './models.js';

describe('withoutLoaders', () => {
  it.each([
    { argv: ['--import', '/x/tsx/loader.mjs'], kept: [] },
    { argv: ['--import=tsx', '--max-old-space-size=4096'], kept: ['--max-old-space-size=4096'] },
    { argv: ['--cpu-prof', '--loader', 'ts-node/esm', '-r', 'x.cjs', '--require=y.cjs', '--enable-source-maps'], kept: ['--cpu-prof', '--enable-source-maps'] },
    { argv: ['--experimental-loader', 'l.mjs', '--experimental-loader=m.mjs', '--conditions', 'dev'], kept: ['--conditions', 'dev'] },
    { argv: [], kept: [] },
  ])('$argv -> $kept', ({ argv, kept }) => {
    expect(withoutLoaders(argv)).toEqual(kept);
  });
});
