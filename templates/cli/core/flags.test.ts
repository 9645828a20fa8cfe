import { describe, expect, it } from 'vitest';
import { UsageError } from './errors.js';
import { parseEnum, parseInteger, parseJson } from './flags.js';

const schedulers = ['bare_metal', 'slurm', 'k8s', 'ray'] as const;

describe('parseEnum', () => {
  it.each([
    ['slurm', 'slurm'],
    ['bare_metal', 'bare_metal'],
    ['bare-metal', 'bare_metal'],
    ['BARE-METAL', 'bare_metal'],
  ])('%s -> %s', (value, expected) => {
    expect(parseEnum(value, schedulers, 'scheduler-type')).toBe(expected);
  });

  it.each([
    ['baremetal', 'did you mean --scheduler-type bare_metal?'],
    ['', undefined],
    ['slurm ', 'did you mean --scheduler-type slurm?'],
    ['slrum', 'did you mean --scheduler-type slurm?'],
    ['kubernetes', undefined],
  ])('rejects %j naming the flag and the allowed values, suggesting the closest', (value, hint) => {
    const error = (() => {
      try {
        parseEnum(value, schedulers, 'scheduler-type');
      } catch (caught) {
        return caught as UsageError;
      }
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect(error?.message).toBe(`invalid value "${value}" for --scheduler-type: allowed values are bare_metal, slurm, k8s, ray`);
    expect(error?.hint).toBe(hint);
  });

  it('prefers an exact match when values differ only in case', () => {
    expect(parseEnum('On', ['on', 'On'], 'mode')).toBe('On');
    expect(() => parseEnum('ON', ['on', 'On'], 'mode')).toThrow(UsageError);
  });
});

describe('parseInteger', () => {
  it.each<[string | number, { min?: number; max?: number }, number]>([
    ['10', {}, 10],
    [' 7 ', {}, 7],
    ['-3', {}, -3],
    [5, { min: 1 }, 5],
    ['100', { min: 1, max: 100 }, 100],
  ])('%j %j -> %i', (value, range, expected) => {
    expect(parseInteger(value, 'page-size', range)).toBe(expected);
  });

  it.each<[string | number, { min?: number; max?: number }, string]>([
    ['ten', {}, 'expected an integer'],
    ['1.5', {}, 'expected an integer'],
    [1.5, {}, 'expected an integer'],
    ['', {}, 'expected an integer'],
    ['99999999999999999999', {}, 'expected an integer'],
    ['0', { min: 1, max: 100 }, 'must be >= 1 and <= 100'],
    ['101', { max: 100 }, 'must be <= 100'],
  ])('rejects %j %j', (value, range, message) => {
    expect(() => parseInteger(value, 'page-size', range)).toThrow(new UsageError(`invalid value "${value}" for --page-size: ${message}`));
  });
});

describe('parseJson', () => {
  it('parses inline JSON', () => {
    expect(parseJson('{"a":[1]}', 'labels')).toEqual({ a: [1] });
  });

  it('rejects bad JSON naming the flag', () => {
    expect(() => parseJson('{a:1}', 'labels')).toThrow(/^invalid JSON for --labels: /);
    expect(() => parseJson('{a:1}', 'labels')).toThrow(UsageError);
  });
});
