import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { render, resolveFormat, type RenderOptions } from './output.js';

describe('resolveFormat', () => {
  it.each([
    [undefined, true, 'table'],
    [undefined, false, 'json'],
    ['', true, 'table'],
    ['', false, 'json'],
    ['table', false, 'table'],
    ['csv', true, 'csv'],
    ['json', true, 'json'],
    ['yaml', false, 'yaml'],
    ['JSON', true, 'json'],
  ] as const)('%s on a TTY=%s -> %s', (requested, isTTY, expected) => {
    expect(resolveFormat(requested, isTTY)).toBe(expected);
  });

  it('rejects an unknown format as a usage error listing the choices', () => {
    expect(() => resolveFormat('xml', true)).toThrow(UsageError);
    expect(() => resolveFormat('xml', true)).toThrow('allowed values are table, csv, json, yaml');
  });
});

const nodes = [
  { id: 'n-1', status: 'active', gpu: { model: 'H100', count: 8 }, note: null },
  { status: 'draining', id: 'n-22', gpu: { model: 'A100', count: 4 }, note: 'hot' },
];

const table = (data: unknown, options: Partial<RenderOptions> = {}) => render(data, { format: 'table', ...options });
const csv = (data: unknown, options: Partial<RenderOptions> = {}) => render(data, { format: 'csv', ...options });

describe('render table', () => {
  it.each<[string, unknown, Partial<RenderOptions>, string]>([
    [
      'columns in the given order, dotted paths, null empty',
      nodes,
      { columns: ['id', 'gpu.model', 'note'] },
      'ID     GPU.MODEL   NOTE\nn-1    H100\nn-22   A100        hot\n',
    ],
    [
      'default columns are the first row keys, whatever order later rows use',
      nodes,
      {},
      'ID     STATUS     GPU                          NOTE\n' +
        'n-1    active     {"model":"H100","count":8}\n' +
        'n-22   draining   {"model":"A100","count":4}   hot\n',
    ],
    ['--no-heading', nodes, { columns: ['id', 'status'], noHeading: true }, 'n-1    active\nn-22   draining\n'],
    ['a single object is one row', nodes[0], { columns: ['id', 'status'] }, 'ID    STATUS\nn-1   active\n'],
    ['a list of scalars', ['a', 'b'], {}, 'VALUE\na\nb\n'],
    ['line breaks stay on one line', [{ id: 'x', note: 'a\nb\tc' }], {}, 'ID   NOTE\nx    a\\nb\\tc\n'],
    ['an empty list prints nothing', [], { columns: ['id'] }, ''],
    ['no result prints nothing', undefined, {}, ''],
  ])('%s', (_label, data, options, expected) => {
    expect(table(data, options)).toBe(expected);
  });

  it('fits a TTY by truncating the widest column', () => {
    const rows = [{ id: 'n-1', description: 'x'.repeat(100) }];
    const text = table(rows, { isTTY: true, terminalWidth: 30 });
    for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(30);
    expect(text).toContain('…');
  });

  it.each([
    ['piped', { isTTY: false, terminalWidth: 30 }],
    ['TTY of unknown width', { isTTY: true }],
  ])('never truncates when %s', (_label, options) => {
    const rows = [{ id: 'n-1', description: 'x'.repeat(100) }];
    expect(table(rows, options)).toContain('x'.repeat(100));
  });
});

describe('render csv', () => {
  it.each<[string, unknown, Partial<RenderOptions>, string]>([
    ['header and rows', nodes, { columns: ['id', 'status'] }, 'id,status\nn-1,active\nn-22,draining\n'],
    ['--no-heading', nodes, { columns: ['id', 'status'], noHeading: true }, 'n-1,active\nn-22,draining\n'],
    ['nested values as compact JSON, null empty', nodes, { columns: ['gpu', 'note'] }, 'gpu,note\n"{""model"":""H100"",""count"":8}",\n"{""model"":""A100"",""count"":4}",hot\n'],
    [
      'RFC 4180 quoting: comma, quote, LF, CR',
      [{ a: 'x,y', b: 'say "hi"', c: 'l1\nl2', d: 'r1\rr2', e: ' plain ' }],
      {},
      'a,b,c,d,e\n"x,y","say ""hi""","l1\nl2","r1\rr2", plain \n',
    ],
    ['a single object is one record', nodes[0], { columns: ['id'] }, 'id\nn-1\n'],
    ['an empty list keeps the header', [], { columns: ['id', 'status'] }, 'id,status\n'],
    ['an empty list without columns is empty', [], {}, ''],
  ])('%s', (_label, data, options, expected) => {
    expect(csv(data, options)).toBe(expected);
  });
});

describe('render json and yaml', () => {
  it.each<[unknown, string]>([
    [[], '[]\n'],
    [nodes[0], JSON.stringify(nodes[0], null, 2) + '\n'],
    [[{ id: 'a' }], '[\n  {\n    "id": "a"\n  }\n]\n'],
  ])('json %j', (data, expected) => {
    expect(render(data, { format: 'json', columns: ['ignored'] })).toBe(expected);
  });

  it.each<[unknown, string]>([
    [[], '[]\n'],
    [{ id: 'a', tags: ['x'], n: null }, 'id: a\ntags:\n  - x\nn: null\n'],
  ])('yaml %j', (data, expected) => {
    expect(render(data, { format: 'yaml' })).toBe(expected);
  });

  it('yaml keeps long strings on one line and round-trips', () => {
    const data = { items: nodes, long: 'word '.repeat(40).trim() };
    const text = render(data, { format: 'yaml' });
    expect(text).toContain(`long: ${data.long}\n`);
    expect(parseYaml(text)).toEqual(data);
  });
});
