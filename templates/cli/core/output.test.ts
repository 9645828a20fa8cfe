import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { UsageError } from './errors.js';
import stringWidth from 'string-width';
import { palette } from './colour.js';
import { TABLE_BLOCK_ROWS, listWriter, loadFormat, render, resolveFormat, type RenderOptions } from './output.js';

// yaml and csv-stringify are imported on demand, as printer() does before rendering.
beforeAll(() => Promise.all([loadFormat('yaml'), loadFormat('csv')]));

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
    expect(() => resolveFormat('xml', true)).toThrow('allowed values are table, wide, csv, json, jsonl, yaml');
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
      'ID    GPU.MODEL  NOTE\nn-1   H100\nn-22  A100       hot\n',
    ],
    [
      'default columns are the first row keys, whatever order later rows use',
      nodes,
      {},
      'ID    STATUS    GPU                         NOTE\n' +
        'n-1   active    {"model":"H100","count":8}\n' +
        'n-22  draining  {"model":"A100","count":4}  hot\n',
    ],
    ['--no-heading', nodes, { columns: ['id', 'status'], noHeading: true }, 'n-1   active\nn-22  draining\n'],
    ['a list of scalars', ['a', 'b'], {}, 'VALUE\na\nb\n'],
    ['line breaks stay on one line', [{ id: 'x', note: 'a\nb\tc' }], {}, 'ID  NOTE\nx   a\\nb\\tc\n'],
    ['an empty list prints nothing', [], { columns: ['id'] }, ''],
    ['no result prints nothing', undefined, {}, ''],
  ])('%s', (_label, data, options, expected) => {
    expect(table(data, options)).toBe(expected);
  });

  const wide = [
    { id: 'node_01HZX505P25N4504VQBCNCMTND', host: 'gpu-h100-use1-017.gpuaas.internal', region: 'us-east-1', status: 'available', note: 'drained for maintenance until the firmware update is applied' },
  ];
  const columns = ['id', 'host', { field: 'region', priority: 2 }, 'status', { field: 'note', wrap: true }];
  const lines = (text: string) => text.trimEnd().split('\n');

  it.each([60, 80, 120])('fits %i columns without cutting a value: drops by priority, wraps free text', (width) => {
    const text = table(wide, { columns, isTTY: true, terminalWidth: width });
    for (const line of lines(text)) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    expect(text).not.toContain('…');
    expect(text).toContain(wide[0]!.id);
    for (const word of wide[0]!.note.split(' ')) if (text.includes('NOTE')) expect(text).toContain(word);
  });

  it('drops the highest priority first, then the rightmost, never the first column', () => {
    const header = (width: number) => lines(table(wide, { columns, isTTY: true, terminalWidth: width }))[0]!.split(/ +/);
    expect(header(100)).toEqual(['ID', 'HOST', 'STATUS', 'NOTE']);
    expect(header(80)).toEqual(['ID', 'HOST', 'STATUS']);
    expect(header(70)).toEqual(['ID', 'HOST']);
    expect(lines(table(wide, { columns, isTTY: true, terminalWidth: 10 }))).toEqual(['ID', wide[0]!.id]);
  });

  it('reports what it left out', () => {
    let hidden: string[] = [];
    const writer = listWriter({ format: 'table', columns, isTTY: true, terminalWidth: 70 }, () => undefined);
    writer.item(wide[0]);
    ({ hidden } = writer.end());
    expect(hidden).toEqual(['region', 'status', 'note']);
  });

  it('-o wide keeps every column; free text still wraps', () => {
    const text = render(wide, { format: 'wide', columns, isTTY: true, terminalWidth: 120 });
    expect(lines(text)[0]).toMatch(/^ID +HOST +REGION +STATUS +NOTE$/);
    expect(lines(text).length).toBeGreaterThan(2);
  });

  it.each([
    ['piped', { isTTY: false, terminalWidth: 30 }],
    ['TTY of unknown width', { isTTY: true }],
  ])('never fits when %s', (_label, options) => {
    expect(lines(table(wide, { columns, ...options }))).toHaveLength(2);
  });

  it('bold headers and states coloured by meaning, only with a palette', () => {
    const rows = [{ id: 'a', status: 'active' }, { id: 'b', status: 'failed' }, { id: 'c', status: 'weird' }];
    const cols = ['id', { field: 'status', state: true }];
    const text = table(rows, { columns: cols, colours: palette(true) });
    expect(text).toContain('\u001b[1mID\u001b[22m');
    expect(text).toContain('\u001b[32mactive\u001b[39m');
    expect(text).toContain('\u001b[31mfailed\u001b[39m');
    expect(text).toContain('weird');
    expect(table(rows, { columns: cols })).not.toContain('\u001b');
  });

  it('strips escape sequences and shows control characters from the server', () => {
    const rows = [{ id: 'x\u001b]0;pwned\u0007', note: 'a\rfake\u001b[2Jb' }];
    expect(table(rows, {})).toBe('ID  NOTE\nx   a\\rfakeb\n');
  });
});

describe('render one object', () => {
  const allocation = {
    id: 'alloc_1',
    status: 'failed',
    owner: { id: 'u_1', name: 'Ada' },
    tags: ['a', 'b'],
    workers: [{ id: 'w1', state: 'ready' }],
    failure_reason: 'The node did not boot in time and was returned to the pool',
    node_id: null,
  };

  it('prints aligned key: value lines of the columns, nested objects indented', () => {
    expect(table(allocation, { columns: ['id', { field: 'status', state: true }, 'owner', 'tags', 'workers', 'node_id'] })).toBe(
      ['id:      alloc_1', 'status:  failed', 'owner:', '  id:   u_1', '  name: Ada', 'tags:    a, b', 'workers:', '  - id:    w1', '    state: ready', 'node_id: <none>', ''].join('\n'),
    );
  });

  it('-o wide prints every field; long free text wraps between words on a terminal', () => {
    const text = render(allocation, { format: 'wide', columns: ['id'], isTTY: true, terminalWidth: 50 });
    expect(text).toContain('failure_reason: The node did not boot in time and\n                was returned to the pool\n');
    expect(text).toContain('node_id:        <none>');
  });

  it('csv is one record; json and yaml the object', () => {
    expect(csv(allocation, { columns: ['id', 'status'] })).toBe('id,status\nalloc_1,failed\n');
    expect(JSON.parse(render(allocation, { format: 'json' }))).toEqual(allocation);
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

describe('streamed lists', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `id-${String(i).padStart(4, '0')}`, status: 'ok' }));

  it.each(['json', 'jsonl', 'csv', 'yaml'] as const)('-o %s writes each item as it comes, before the list ends', (format) => {
    const chunks: string[] = [];
    const writer = listWriter({ format, columns: ['id'] }, (text) => void chunks.push(text));
    writer.item({ id: 'first' });
    expect(chunks.join('')).toContain('first');
    writer.item({ id: 'second' });
    writer.end();
    expect(chunks.join('')).toBe(render([{ id: 'first' }, { id: 'second' }], { format, columns: ['id'] }));
  });

  it('-o jsonl is one compact JSON value per line, nothing for an empty list; one result is one line', () => {
    expect(render([{ a: 1 }, { b: [2, 3] }], { format: 'jsonl' })).toBe('{"a":1}\n{"b":[2,3]}\n');
    expect(render([], { format: 'jsonl' })).toBe('');
    expect(render({ a: { b: 1 } }, { format: 'jsonl' })).toBe('{"a":{"b":1}}\n');
  });

  it(`a table prints in blocks of ${TABLE_BLOCK_ROWS} rows, one heading, every block on the first block's widths`, () => {
    const chunks: string[] = [];
    const writer = listWriter({ format: 'table', columns: ['id', 'status'] }, (text) => void chunks.push(text));
    for (const row of rows(TABLE_BLOCK_ROWS)) writer.item(row);
    expect(chunks).toHaveLength(1); // the first block is out before the list ends
    for (const row of rows(1500).slice(TABLE_BLOCK_ROWS)) writer.item(row);
    expect(writer.end()).toEqual({ count: 1500, hidden: [], blocked: true });
    const lines = chunks.join('').trimEnd().split('\n');
    expect(lines).toHaveLength(1501);
    expect(lines.filter((line) => line.startsWith('ID'))).toHaveLength(1);
    expect(lines[1]!.indexOf('ok')).toBe(lines[1200]!.indexOf('ok'));
  });

  it('a table within one block is not marked as blocked', () => {
    const writer = listWriter({ format: 'table' }, () => undefined);
    for (const row of rows(10)) writer.item(row);
    expect(writer.end()).toEqual({ count: 10, hidden: [] });
  });
});

describe('loadFormat', () => {
  it('the formats without a library render before anything is loaded', async () => {
    vi.resetModules();
    const fresh = await import('./output.js');
    expect(fresh.render([{ a: 1 }], { format: 'jsonl' })).toBe('{"a":1}\n');
    expect(() => fresh.render([{ a: 1 }], { format: 'yaml' })).toThrow("before loadFormat('yaml')");
    await fresh.loadFormat('yaml');
    expect(fresh.render([{ a: 1 }], { format: 'yaml' })).toBe('- a: 1\n');
  });
});
