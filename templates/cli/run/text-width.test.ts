import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const stringWidth = createRequire(import.meta.url)('../text-width.cjs') as (text: unknown) => number;

describe('text-width (string-width stand-in for the bundle)', () => {
  it.each<[unknown, number]>([
    ['', 0],
    ['abc', 3],
    ['\u001B[31mred\u001B[39m', 3],
    ['café', 4],
    ['cafe\u0301', 4],
    ['日本語', 6],
    ['한국', 4],
    ['…', 1],
    ['🚀', 2],
    ['a\tb', 2],
    [undefined, 0],
    [42, 2],
  ])('%j is %i columns', (text, width) => {
    expect(stringWidth(text)).toBe(width);
  });
});
