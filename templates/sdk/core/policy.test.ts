import { describe, expect, it } from 'vitest';
import { ConfigurationError } from './errors.js';
import { setHeader } from './policy.js';

describe('setHeader', () => {
  it.each([
    ['X-Team', 'core', 'x-team', 'core'],
    ['Authorization', ' Bearer t\t', 'authorization', 'Bearer t'],
    ['x-empty', '', 'x-empty', ''],
    ['x-latin1', 'café', 'x-latin1', 'café'],
  ])('sets %s to %j as a Headers would (lower-case name, outer blanks dropped)', (name, value, key, sent) => {
    const map = new Map<string, string>();
    setHeader(map, name, value);
    expect([...map]).toEqual([[key, sent]]);
    const headers = new Headers();
    setHeader(headers, name, value);
    expect([...headers]).toEqual([[key, sent]]);
  });

  it('replaces a value set under another spelling of the name', () => {
    const map = new Map<string, string>();
    setHeader(map, 'X-Trace', 'a');
    setHeader(map, 'x-trace', 'b');
    expect([...map]).toEqual([['x-trace', 'b']]);
  });

  it.each([
    ['a line break', 'X-A', 'secret\r\nX-Injected: 1'],
    ['a NUL', 'X-A', 'sec\u0000ret'],
    ['a character beyond Latin-1', 'X-A', 'sécret☃'],
  ])('refuses a value with %s, without showing it', (_case, name, value) => {
    const set = () => setHeader(new Map(), name, value);
    expect(set).toThrow(ConfigurationError);
    expect(set).not.toThrow(/sec/);
  });

  it('refuses a name that is no HTTP token', () => {
    expect(() => setHeader(new Map(), 'X A', 'v')).toThrow(/Invalid header name "X A"/);
  });
});
