import { describe, expect, it } from 'vitest';
import { closest } from './suggest.js';

describe('closest', () => {
  it.each<[string, string[], string | undefined]>([
    ['stauts', ['status', 'cursor', 'page-size'], 'status'],
    ['slrum', ['bare_metal', 'slurm', 'k8s', 'ray'], 'slurm'],
    ['bare-metl', ['bare_metal', 'slurm'], 'bare_metal'],
    ['JSNO', ['table', 'json', 'yaml'], 'json'],
    ['pagesize', ['page-size'], 'page-size'],
    ['x', ['status'], undefined],
    ['k9s', ['k8s', 'ray'], 'k8s'],
    ['completely-different', ['status'], undefined],
  ])('%s among %j -> %s', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected);
  });
});
