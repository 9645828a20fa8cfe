import { describe, expect, it } from 'vitest';
import { UsageError } from '../core/index.js';
import { parseListenAddress } from './mcp.js';

describe('parseListenAddress (--http)', () => {
  it.each([
    ['8080', { host: '127.0.0.1', port: 8080 }],
    ['0', { host: '127.0.0.1', port: 0 }],
    ['127.0.0.1:9000', { host: '127.0.0.1', port: 9000 }],
    ['localhost:9000', { host: 'localhost', port: 9000 }],
    ['0.0.0.0:80', { host: '0.0.0.0', port: 80 }],
    ['[::1]:8080', { host: '::1', port: 8080 }],
    ['[::]:8080', { host: '::', port: 8080 }],
    [' 8080 ', { host: '127.0.0.1', port: 8080 }],
  ])('%j', (value, expected) => {
    expect(parseListenAddress(value)).toEqual(expected);
  });

  it.each(['', 'localhost', ':8080', '127.0.0.1:', '127.0.0.1:http', '65536', '::1:8080', 'a:b:8080', 'http://127.0.0.1:8080'])('refuses %j as a usage error', (value) => {
    expect(() => parseListenAddress(value)).toThrow(UsageError);
    expect(() => parseListenAddress(value)).toThrow('expected [HOST:]PORT');
  });
});
