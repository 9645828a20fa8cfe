import { beforeAll, describe, expect, it } from 'vitest';
import { loadFormat, render } from './output.js';

// yaml and csv-stringify are imported on demand, as printer() does before rendering.
beforeAll(() => Promise.all([loadFormat('yaml'), loadFormat('csv')]));

describe('large lists', () => {
  it.each(['table', 'wide', 'csv', 'json', 'jsonl', 'yaml'] as const)('-o %s renders 100k rows without exhausting the stack', (format) => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `a-${i}`, status: 'active', note: 'x y' }));
    const text = render(rows, { format, columns: ['id', 'status', { field: 'note', wrap: true }], isTTY: true, terminalWidth: 80 });
    expect(text).toContain('a-99999');
  });
});
