import { describe, expect, it } from 'vitest';
import { CliConfigError, UsageError } from './errors.js';
import { parseHeaders } from './headers.js';

describe('parseHeaders', () => {
  it.each<[string[] | undefined, Record<string, string>]>([
    [undefined, {}],
    [[], {}],
    [['X-Trace: abc'], { 'X-Trace': 'abc' }],
    [['X-Trace:abc'], { 'X-Trace': 'abc' }],
    [['  X-Trace  :   a b  '], { 'X-Trace': 'a b' }],
    [['X-Empty:'], { 'X-Empty': '' }],
    [['X-Url: http://h:8080/p'], { 'X-Url': 'http://h:8080/p' }],
    [['Accept: a', 'accept: b'], { Accept: 'a, b' }],
    [['A: 1', 'B: 2'], { A: '1', B: '2' }],
  ])('%j -> %j', (values, expected) => {
    expect(parseHeaders(values)).toEqual(expected);
  });

  it.each([
    ['no colon', 'X-Trace abc', `invalid header "X-Trace abc" for -H: expected 'Name: value'`],
    ['empty name', ': abc', `invalid header ": abc" for -H: expected 'Name: value'`],
    ['space in name', 'X Trace: abc', `invalid header "X Trace: abc" for -H: expected 'Name: value'`],
  ])('rejects %s', (_label, value, message) => {
    expect(() => parseHeaders(['Ok: 1', value])).toThrow(new UsageError(message));
  });

  it.each([['CR/LF', 'X-A: s3cret\r\nX-B: 2'], ['LF', 'X-A: s3cret\nX-B: 2'], ['NUL', 'X-A: s3cret\0']])(
    'a %s in a value is a configuration error (exit 13) that does not echo the value',
    (_label, value) => {
      const error = (() => {
        try {
          parseHeaders([value]);
        } catch (e) {
          return e as CliConfigError;
        }
      })();
      expect(error).toBeInstanceOf(CliConfigError);
      expect(error?.exitCode).toBe(13);
      expect(error?.message).toBe('invalid header "X-A" for -H: the value contains a line break (value not shown)');
    },
  );
});
