import { describe, expect, it } from 'vitest';
import { readField } from './fields.js';

describe('readField', () => {
  it.each([
    ['top level', { state: 'ready' }, 'state', 'ready'],
    ['dotted', { status: { phase: 'up' } }, 'status.phase', 'up'],
    ['falsy values kept', { n: 0, b: false, s: '' }, 'n', 0],
    ['missing', { a: 1 }, 'b', undefined],
    ['through a scalar', { a: 'text' }, 'a.length', undefined],
    ['through null', { a: null }, 'a.b', undefined],
    ['array index', { items: ['x', 'y'] }, 'items.1', 'y'],
    ['not an object', 'text', 'length', undefined],
    ['prototype members are not fields', {}, 'constructor', undefined],
    ['nor __proto__', {}, '__proto__', undefined],
  ])('%s', (_case, value, path, expected) => {
    expect(readField(value, path)).toBe(expected);
  });
});
