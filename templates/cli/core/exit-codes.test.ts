import { describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConfigurationError,
  ConnectionError,
  InvalidInputError,
  PaginationError,
  RedirectError,
  ResponseTooLargeError,
  UnexpectedResponseError,
  TimeoutError,
  WaiterError,
  WaiterTimeoutError,
  errorFromResponse,
} from '../sdk.js';
import { CancelledError, CliConfigError, UsageError } from './errors.js';
import { EXIT_CODES, ExitCode, exitCodeFor, exitCodeForStatus, renderExitCodes } from './exit-codes.js';

const envelope = { codeField: 'code', messageField: 'message', correlationIdField: 'correlation_id' };
const fromStatus = (status: number) =>
  errorFromResponse(status, new Headers(), JSON.stringify({ code: 'x', message: 'm' }), envelope);

describe('EXIT_CODES', () => {
  it('is the documented table, in order', () => {
    expect(EXIT_CODES.map(({ code }) => code)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 130]);
    for (const { code, name } of EXIT_CODES) expect(ExitCode[name]).toBe(code);
  });
});

describe('exitCodeFor: HTTP statuses, as the SDK builds them', () => {
  it.each([
    [400, 8], [401, 4], [402, 10], [403, 5], [404, 6], [408, 12], [409, 7], [410, 6], [412, 7],
    [405, 8], [413, 8], [418, 8], [422, 8], [429, 9], [431, 13], [500, 11], [502, 11], [503, 11], [504, 11],
  ])('%i -> %i', (status, expected) => {
    expect(exitCodeFor(fromStatus(status))).toBe(expected);
    expect(exitCodeForStatus(status)).toBe(expected);
  });
});

const waiterInit = { waiter: 'active', state: 'failed', data: {} };

describe('exitCodeFor: errors without a response', () => {
  it.each<[string, unknown, number]>([
    ['AuthenticationError from a failed refresh', new AuthenticationError('no token'), 4],
    ['ConnectionError', new ConnectionError('refused'), 12],
    ['TimeoutError', new TimeoutError('slow'), 12],
    ['AbortError', new AbortError('aborted'), 130],
    ['ConfigurationError', new ConfigurationError('bad base url'), 13],
    ['PaginationError', new PaginationError('repeated cursor'), 11],
    ['WaiterError', new WaiterError('failed', waiterInit), 11],
    ['WaiterTimeoutError', new WaiterTimeoutError('gave up', { ...waiterInit, state: 'pending' }), 12],
    ['WaiterError carrying the last 200', new WaiterError('failed', { ...waiterInit, status: 200 }), 11],
    ['ApiError with no status', new ApiError('odd'), 1],
    ['RedirectError (an undeclared 307)', new RedirectError('redirect', { status: 307, locationHost: 'elsewhere.example' }), 11],
    ['UnexpectedResponseError (a 200 of the wrong shape)', new UnexpectedResponseError('null body', { status: 200 }), 11],
    ['ResponseTooLargeError', new ResponseTooLargeError('too large'), 11],
    ['InvalidInputError (strict mode)', new InvalidInputError('too short', { problems: [] }), 2],
    ['UsageError', new UsageError('bad flag'), 2],
    ['CancelledError', new CancelledError('declined'), 3],
    ['CliConfigError', new CliConfigError('no project'), 13],
    ['DOMException AbortError', new DOMException('aborted', 'AbortError'), 130],
    ['plain Error', new Error('boom'), 1],
    ['TypeError', new TypeError('x is undefined'), 1],
    ['a thrown string', 'boom', 1],
    ['undefined', undefined, 1],
  ])('%s', (_label, error, expected) => {
    expect(exitCodeFor(error)).toBe(expected);
  });
});

describe('renderExitCodes', () => {
  it('lists every code with its meaning', () => {
    const text = renderExitCodes();
    for (const { code, meaning } of EXIT_CODES) expect(text).toContain(`${String(code).padStart(3)}  ${meaning}\n`);
    expect(text).toContain('--wait: 11 when the resource reaches a failure state');
  });

  it('renders a markdown table for the README', () => {
    const text = renderExitCodes('markdown');
    expect(text.startsWith('| code | meaning |\n|---:|---|\n| 0 | ok |\n')).toBe(true);
    expect(text).toContain('| 130 | interrupted |');
  });
});
