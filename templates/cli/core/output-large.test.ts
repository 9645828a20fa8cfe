import { describe, expect, it } from 'vitest';
import { render } from './output.js';

describe('large lists', () => {
  it.each(['table', 'wide', 'csv', 'json', 'jsonl', 'yaml'] as const)('-o %s renders 100k rows without exhausting the stack', (format) => {
    const rows = Array.from({ length: 100_000 }, (_, i) => ({ id: `a-${i}`, status: 'active', note: 'x y' }));
    const text = render(rows, { format, columns: ['id', 'status', { field: 'note', wrap: true }], isTTY: true, terminalWidth: 80 });
    expect(text).toContain('a-99999');
  });
});
