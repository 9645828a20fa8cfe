import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/index.js';
import { MAX_DURATION_MS, globalOptions, parseDuration, parseSize } from './global.js';

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

  it.each(['', '0', '0s', 'soon', '-5', '5h', '1e3', '99999999999', `${MAX_DURATION_MS + 1}`, '100000000s'])('rejects %j as a usage error', (value) => {
    expect(() => parseDuration(value, 'timeout')).toThrow(UsageError);
  });

  it('accepts the longest timer Node keeps', () => expect(parseDuration(String(MAX_DURATION_MS), 'timeout')).toBe(MAX_DURATION_MS));
});

describe('parseSize (--max-response-size)', () => {
  it.each([
    ['1048576', 1_048_576],
    ['500KB', 512_000],
    ['100MB', 104_857_600],
    ['100mib', 104_857_600],
    ['1G', 1_073_741_824],
    ['10b', 10],
  ])('%j -> %i bytes', (value, bytes) => expect(parseSize(value, 'max-response-size')).toBe(bytes));

  it.each(['', '0', 'big', '-1', '5TB', '0.1b'])('rejects %j as a usage error', (value) => {
    expect(() => parseSize(value, 'max-response-size')).toThrow(UsageError);
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
        'max-response-size': '1MB',
        insecure: true,
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
      maxResponseBytes: 1_048_576,
      insecure: true,
      yes: true,
    });
    expect(globalOptions({})).toEqual({ noHeading: false, noColor: false, headers: {}, debug: false, insecure: false, yes: false });
  });

  it('a scalar flag given twice is a usage error', () => {
    expect(() => globalOptions({ output: ['json', 'yaml'] })).toThrow('--output was given 2 times; it takes one value');
  });
});
