import { describe, expect, it } from 'vitest';
import { backoffDelayMs, isRetryable, isRetryableStatus, parseRetryAfterMs, retryDelayMs } from './retry.js';

const NOW = Date.parse('2030-01-01T00:00:00Z');

describe('backoffDelayMs', () => {
  it.each([
    [0, 0, 500],
    [1, 0, 1000],
    [2, 0, 2000],
    [4, 0, 8000],
    [5, 0, 8000], // capped
    [10, 0, 8000],
    [0, 1, 375], // full jitter takes off 25 %
    [4, 0.5, 7000],
  ])('retry after %i retries with random %d waits %d ms', (retries, random, expected) => {
    expect(backoffDelayMs(retries, () => random)).toBe(expected);
  });
});

describe('parseRetryAfterMs', () => {
  it.each([
    ['retry-after-ms', { 'retry-after-ms': '250' }, 250],
    ['fractional retry-after-ms', { 'retry-after-ms': '12.5' }, 12.5],
    ['retry-after-ms wins over Retry-After', { 'retry-after-ms': '100', 'retry-after': '9' }, 100],
    ['invalid retry-after-ms falls back', { 'retry-after-ms': 'soon', 'retry-after': '2' }, 2000],
    ['seconds', { 'retry-after': '3' }, 3000],
    ['fractional seconds', { 'retry-after': '0.5' }, 500],
    ['HTTP date', { 'retry-after': new Date(NOW + 4000).toUTCString() }, 4000],
    ['HTTP date in the past', { 'retry-after': new Date(NOW - 4000).toUTCString() }, 0],
    ['negative seconds', { 'retry-after': '-1' }, undefined],
    ['garbage', { 'retry-after': 'later please' }, undefined],
    ['none', {}, undefined],
  ])('%s', (_case, headers, expected) => {
    expect(parseRetryAfterMs(new Headers(headers), NOW)).toBe(expected);
  });
});

describe('retryDelayMs', () => {
  it.each([
    ['backoff without a header', {}, 1000],
    ['server wait honoured exactly (no jitter)', { 'retry-after-ms': '1234' }, 1234],
    ['60 s is still honoured', { 'retry-after': '60' }, 60_000],
    ['beyond 60 s: not retried', { 'retry-after': '61' }, undefined],
    ['far-future date: not retried', { 'retry-after': new Date(NOW + 3_600_000).toUTCString() }, undefined],
  ])('%s', (_case, headers, expected) => {
    expect(retryDelayMs(1, new Headers(headers), () => 0, NOW)).toBe(expected);
  });
});

describe('isRetryable', () => {
  it.each([
    [408, true],
    [409, true],
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [401, false],
    [404, false],
    [422, false],
  ])('status %i retryable: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
    expect(isRetryable({ status, mayHaveTakenEffect: true }, true)).toBe(expected);
  });

  it.each([
    ['safe call, connection failure after sending', undefined, true, true, true],
    ['unsafe call, connection refused before sending', undefined, false, false, true],
    ['unsafe call, timeout or reset after sending', undefined, true, false, false],
    ['unsafe call, 503', 503, true, false, false],
    ['unsafe call, 429 (refused unprocessed)', 429, false, false, true],
    ['unsafe call, 400', 400, false, false, false],
  ])('%s', (_case, status, mayHaveTakenEffect, safeToRepeat, expected) => {
    expect(isRetryable({ status, mayHaveTakenEffect }, safeToRepeat)).toBe(expected);
  });
});
