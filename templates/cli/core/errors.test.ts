import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConnectionError, errorFromResponse, idempotencyNote } from '../sdk.js';
import { CliConfigError, UsageError, noteRepeatCommand, reportError, shellQuote } from './errors.js';

const envelope = {
  codeField: 'code',
  messageField: 'message',
  correlationIdField: 'correlation_id',
  detailsField: 'details',
  correlationIdResponseHeader: 'x-correlation-id',
};

function apiError(status: number, body: unknown, headers: Record<string, string> = {}) {
  return errorFromResponse(status, new Headers(headers), typeof body === 'string' ? body : JSON.stringify(body), envelope);
}

function report(error: unknown, options: { output?: string; debug?: boolean } = {}) {
  const stderr = new PassThrough();
  const exitCode = reportError(error, { ...options, stderr, bin: 'acme' });
  return { exitCode, text: String(stderr.read() ?? '') };
}

const notFound = apiError(404, { code: 'allocation_not_found', message: 'Allocation a-1 not found', correlation_id: 'c-404' });

describe('reportError, human form', () => {
  it.each<[string, unknown, string, number]>([
    [
      '404 with code and correlation id',
      notFound,
      'Error: Allocation a-1 not found\ncode: allocation_not_found\ncorrelation_id: c-404\nhttp_status: 404\n',
      6,
    ],
    [
      '401 hints at login with the bin name',
      apiError(401, { code: 'token_expired', message: 'Token expired', correlation_id: 'c-401' }),
      'Error: Token expired\ncode: token_expired\ncorrelation_id: c-401\nhttp_status: 401\nhint: run `acme auth login` to sign in\n',
      4,
    ],
    [
      '429 says when to retry',
      apiError(429, { code: 'rate_limited', message: 'Slow down' }, { 'retry-after': '2.5' }),
      'Error: Slow down\ncode: rate_limited\nhttp_status: 429\nhint: retry after 3 s\n',
      9,
    ],
    [
      '422 shows the details',
      apiError(422, { code: 'invalid', message: 'Bad input', correlation_id: 'c', details: [{ field: 'name' }] }),
      'Error: Bad input\ncode: invalid\ncorrelation_id: c\nhttp_status: 422\ndetails: [{"field":"name"}]\n',
      8,
    ],
    [
      '502 HTML page from a proxy: no code, the id from the header',
      apiError(502, '<html>Bad Gateway</html>', { 'x-correlation-id': 'c-502' }),
      'Error: <html>Bad Gateway</html>\ncorrelation_id: c-502\nhttp_status: 502\nhint: if it persists, report the correlation_id above\n',
      11,
    ],
    [
      'network failure',
      new ConnectionError('GET https://x failed: connect ECONNREFUSED'),
      'Error: GET https://x failed: connect ECONNREFUSED\nhint: check your network connection and the base URL\n',
      12,
    ],
    [
      'config error with its own hint',
      new CliConfigError('no project selected', 'pass --project <id>'),
      'Error: no project selected\nhint: pass --project <id>\n',
      13,
    ],
    ['usage error', new UsageError('unknown flag --foo'), 'Error: unknown flag --foo\n', 2],
    ['unexpected error: no stack', new TypeError('x is undefined'), 'Error: x is undefined\nhint: run again with --debug for details\n', 1],
    ['a thrown string', 'boom', 'Error: boom\nhint: run again with --debug for details\n', 1],
  ])('%s', (_label, error, expected, exitCode) => {
    expect(report(error)).toEqual({ exitCode, text: expected });
  });

  it('prints the stack and its causes only with --debug', () => {
    const error = new Error('outer', { cause: new Error('inner') });
    expect(report(error).text).not.toContain('    at ');
    const { text } = report(error, { debug: true });
    expect(text).toMatch(/^Error: outer\nError: outer\n {4}at /);
    expect(text).toContain('caused by: Error: inner\n    at ');
  });
});

describe('reportError, -o json', () => {
  it.each<[string, unknown, object]>([
    [
      '404',
      notFound,
      { code: 'allocation_not_found', message: 'Allocation a-1 not found', correlation_id: 'c-404', http_status: 404, exit_code: 6, retryable: false, retry_after: null },
    ],
    [
      '429 with Retry-After',
      apiError(429, { code: 'rate_limited', message: 'Slow down', correlation_id: 'c-429' }, { 'retry-after': '7' }),
      { code: 'rate_limited', message: 'Slow down', correlation_id: 'c-429', http_status: 429, exit_code: 9, retryable: true, retry_after: 7 },
    ],
    [
      'connection error',
      new ConnectionError('refused', { correlationId: 'sent-id' }),
      { code: null, message: 'refused', correlation_id: 'sent-id', http_status: null, exit_code: 12, retryable: true, retry_after: null },
    ],
    [
      'usage error',
      new UsageError('bad flag'),
      { code: null, message: 'bad flag', correlation_id: null, http_status: null, exit_code: 2, retryable: false, retry_after: null },
    ],
  ])('%s: one JSON object with the fixed keys', (_label, error, expected) => {
    const { text, exitCode } = report(error, { output: 'json', debug: true });
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd()).not.toContain('\n');
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['code', 'message', 'correlation_id', 'http_status', 'exit_code', 'retryable', 'retry_after', 'idempotency_key', 'may_have_succeeded', 'repeat_command']);
    expect(parsed).toEqual({ idempotency_key: null, may_have_succeeded: false, repeat_command: null, ...expected });
    expect(exitCode).toBe(parsed.exit_code);
  });

  it('never includes a stack', () => {
    expect(report(new Error('boom'), { output: 'json', debug: true }).text).not.toContain(' at ');
  });
});

describe('a failed keyed mutation', () => {
  const failed = (init: { retryable: boolean; mayHaveSucceeded: boolean }) => {
    const error = new ConnectionError('POST https://api/x failed: socket hang up' + (init.mayHaveSucceeded ? idempotencyNote('k-1') : ''), { idempotencyKey: 'k-1', ...init });
    noteRepeatCommand(error, {
      bin: 'acme',
      argv: ['allocations', 'create', '--sku-id', 'sku 1', '--idempotency-key=old', '--password', 'hunter2', '-H', 'Authorization: Bearer SECRET', '-H', 'X-Note: hi'],
      flag: 'idempotency-key',
      hidden: ['password'],
    });
    return error;
  };
  const repeat = `acme allocations create --sku-id 'sku 1' --password "$SECRET" -H "Authorization: $SECRET" -H 'X-Note: hi' --idempotency-key k-1`;

  it('prints its key and the exact command that repeats it, secrets left out', () => {
    const { text, exitCode } = report(failed({ retryable: true, mayHaveSucceeded: true }));
    expect(exitCode).toBe(12);
    expect(text).toBe(
      'Error: POST https://api/x failed: socket hang up\n' +
        'idempotency_key: k-1\n' +
        'hint: it may have taken effect: repeat it with the same idempotency key (below) to get its result without applying it twice\n' +
        `repeat: ${repeat}\n`,
    );
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('SECRET\n');
  });

  it('-o json carries the key, whether it may have succeeded and the command', () => {
    const parsed = JSON.parse(report(failed({ retryable: true, mayHaveSucceeded: false }), { output: 'json' }).text);
    expect(parsed).toMatchObject({ idempotency_key: 'k-1', may_have_succeeded: false, retryable: true, repeat_command: repeat });
  });

  it('no repeat command when repeating cannot help and nothing was applied', () => {
    expect(report(failed({ retryable: false, mayHaveSucceeded: false })).text).not.toContain('repeat:');
  });

  it.each([['plain', 'plain'], ['two words', "'two words'"], ["it's", `'it'\\''s'`]])('shellQuote(%s)', (word, quoted) =>
    expect(shellQuote(word)).toBe(quoted),
  );
});

describe('server strings never act on the terminal', () => {
  it('escape sequences and CRs in code, message and correlation id are shown, not run', () => {
    const error = apiError(500, { code: 'x\u001b]0;pwned\u0007', message: 'fine\rFAKE LINE\u001b[2J', correlation_id: 'c\u009b31m' });
    const { text } = report(error);
    expect(text).not.toMatch(/[\u001b\u009b\r\u0007]/);
    expect(text).toContain('Error: fine\\rFAKE LINE\n');
    expect(text).toContain('code: x\n');
  });

  it('-o json escapes them as JSON does', () => {
    const error = apiError(500, { code: 'x', message: 'a\u001b[2Jb' });
    const { text } = report(error, { output: 'json' });
    expect(text).toContain('a\\u001b[2Jb');
    expect(JSON.parse(text).message).toBe('a\u001b[2Jb');
  });
});
