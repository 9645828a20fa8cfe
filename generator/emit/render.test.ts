import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { PRETTIER_OPTIONS } from '../write/format.js';
import { alignTables } from './render.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('alignTables', () => {
  it.each([
    { name: 'pads every column to its widest cell', md: '| a | bb |\n|---|---|\n| ccc c | d |', out: '| a     | bb  |\n| ----- | --- |\n| ccc c | d   |' },
    { name: 'right-aligned column', md: '| code | meaning |\n|---:|---|\n| 10 | x |', out: '| code | meaning |\n| ---: | ------- |\n|   10 | x       |' },
    { name: 'left and centre markers kept', md: '| a | b |\n|:---|:---:|\n| xxxxx | yyyyy |', out: '| a     |   b   |\n| :---- | :---: |\n| xxxxx | yyyyy |' },
    { name: 'empty cells and escaped pipes', md: '| a | b | c |\n|---|---|---|\n| x \\| y |  | |', out: '| a      | b   | c   |\n| ------ | --- | --- |\n| x \\| y |     |     |' },
    { name: 'display width of wide characters', md: '| 名前 | b |\n|---|---|\n| x | … |', out: '| 名前 | b   |\n| ---- | --- |\n| x    | …   |' },
    { name: 'not inside a code fence', md: '```\n| a | b |\n|---|---|\n```', out: '```\n| a | b |\n|---|---|\n```' },
    { name: 'text around kept', md: 'intro\n\n| a |\n|---|\n| b |\n\nafter', out: 'intro\n\n| a   |\n| --- |\n| b   |\n\nafter' },
  ])('$name', async ({ md, out }) => {
    expect(alignTables(md)).toBe(out);
    // The expected layout is prettier's own.
    expect(await prettier.format(`${out}\n`, { ...PRETTIER_OPTIONS, parser: 'markdown' })).toBe(`${out}\n`);
  });
});

/**
 * The READMEs skip prettier (markdownFile): each emitted one, the committed packages' and the golden
 * fixtures' (the drift check and golden.test.ts keep them the generator's output), is what prettier prints.
 */
describe('emitted READMEs are prettier-stable', () => {
  const readmes = [
    ...['sdk', 'cli', 'mcp', 'python'].map((target) => `generated/${target}/README.md`),
    ...['mini', 'hostile', 'generality'].map((fixture) => `generator/fixtures/golden/${fixture}/sdk/README.md`),
  ];
  it.each(readmes)('%s', async (file) => {
    const text = readFileSync(path.join(ROOT, file), 'utf8');
    expect(await prettier.format(text, { ...PRETTIER_OPTIONS, parser: 'markdown' })).toBe(text);
  });
});
