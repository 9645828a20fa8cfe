import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/index.js';
import { globalOptions, parseDuration } from './global.js';

describe('parseDuration (--timeout)', () => {
  it.each([
    ['500', 500],
    ['500ms', 500],
    ['30s', 30_000],
    ['1.5s', 1500],
    ['2m', 120_000],
    [' 10s ', 10_000],
  ])('%j -> %i ms', (value, ms) => {
    expect(parseDuration(value, 'timeout')).toBe(ms);
  });

  it.each(['', '0', '0s', 'soon', '-5', '5h', '1e3'])('rejects %j', (value) => {
    expect(() => parseDuration(value, 'timeout')).toThrow(UsageError);
  });
});

describe('globalOptions', () => {
  it('reads every global flag', () => {
    expect(
      globalOptions({
        'base-url': 'http://h',
        project: 'p',
        output: 'json',
        'no-heading': true,
        'no-color': true,
        header: ['A: 1', 'B: 2'],
        debug: true,
        timeout: '2s',
        yes: true,
      }),
    ).toEqual({
      baseUrl: 'http://h',
      project: 'p',
      output: 'json',
      noHeading: true,
      noColor: true,
      headers: { A: '1', B: '2' },
      debug: true,
      timeoutMs: 2000,
      yes: true,
    });
    expect(globalOptions({})).toEqual({ noHeading: false, noColor: false, headers: {}, debug: false, yes: false });
  });

  it('a scalar flag given twice is a usage error', () => {
    expect(() => globalOptions({ output: ['json', 'yaml'] })).toThrow('--output was given 2 times; it takes one value');
  });
});
