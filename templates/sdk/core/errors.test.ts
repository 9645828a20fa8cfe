import { describe, expect, it } from 'vitest';
import * as errors from './errors.js';
import {
  ApiError,
  ApiStatusError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PaymentRequiredError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  errorFromResponse,
  type ErrorEnvelopeSpec,
} from './errors.js';

const envelope: ErrorEnvelopeSpec = {
  codeField: 'code',
  messageField: 'message',
  correlationIdField: 'correlation_id',
  detailsField: 'details',
  correlationIdResponseHeader: 'X-Correlation-ID',
};

describe('errorFromResponse', () => {
  it.each([
    [400, BadRequestError, false],
    [401, AuthenticationError, false],
    [402, PaymentRequiredError, false],
    [403, PermissionDeniedError, false],
    [404, NotFoundError, false],
    [408, ApiStatusError, true],
    [409, ConflictError, true],
    [410, NotFoundError, false],
    [412, ConflictError, false],
    [418, ApiStatusError, false],
    [422, UnprocessableEntityError, false],
    [429, RateLimitError, true],
    [500, InternalServerError, true],
    [503, InternalServerError, true],
    [599, InternalServerError, true],
  ])('%i -> %o (retryable %s)', (status, ErrorClass, retryable) => {
    const error = errorFromResponse(status, new Headers(), { code: 'x', message: 'm' }, envelope);
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
    expect(error.retryable).toBe(retryable);
  });

  it('builds a readable message and keeps the envelope fields as sent', () => {
    const body = {
      code: 'not_found',
      message: 'Allocation alloc_123 not found',
      correlation_id: 'corr_abc',
      details: [{ field: 'allocation_id' }],
    };
    const error = errorFromResponse(404, new Headers(), JSON.stringify(body), envelope);
    expect(error.message).toBe('404 not_found: Allocation alloc_123 not found (correlation_id: corr_abc)');
    expect(error.errorCode).toBe('not_found');
    expect(error.details).toEqual([{ field: 'allocation_id' }]);
    expect(error.body).toEqual(body);
  });

  it.each(['QUOTA_EXCEEDED', 'quota.gpu.exceeded', 'Err-42 '])('never rewrites the error code %j', (code) => {
    expect(errorFromResponse(402, new Headers(), { code, message: 'm' }, envelope).errorCode).toBe(code);
  });

  it.each([
    ['body wins', { correlation_id: 'from-body' }, 'from-header', 'sent', 'from-body'],
    ['header when the body has none', {}, 'from-header', 'sent', 'from-header'],
    ['the sent id last', {}, undefined, 'sent', 'sent'],
    ['none at all', {}, undefined, undefined, undefined],
  ])('correlation id: %s', (_case, body, header, sent, expected) => {
    const headers = new Headers(header ? { 'x-correlation-id': header } : {});
    expect(errorFromResponse(500, headers, body, envelope, sent).correlationId).toBe(expected);
  });

  it.each([
    ['no body', undefined, '502: no response body'],
    ['empty text', '', '502: no response body'],
    ['JSON null', 'null', '502: no response body'],
    ['HTML page', '<html>\n  <body>Bad gateway</body>\n</html>', '502: <html> <body>Bad gateway</body> </html>'],
    ['JSON array', '[1,2]', '502: [1,2]'],
    ['JSON number', '42', '502: 42'],
    [
      'envelope with wrong types',
      { code: { nested: true }, message: ['x'] },
      '502: {"code":{"nested":true},"message":["x"]}',
    ],
    ['truncated JSON', '{"code": "bad', '502: {"code": "bad'],
  ])('survives a garbage body: %s', (_case, body, message) => {
    const error = errorFromResponse(502, new Headers(), body, envelope);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe(message);
    expect(error.errorCode).toBeUndefined();
  });

  it('shortens a long non-JSON body', () => {
    const error = errorFromResponse(500, undefined, 'x'.repeat(1000), envelope);
    expect(error.message).toBe(`500: ${'x'.repeat(200)}…`);
  });

  it('reads dotted envelope fields', () => {
    const nested: ErrorEnvelopeSpec = { codeField: 'error.code', messageField: 'error.message' };
    const error = errorFromResponse(400, new Headers(), { error: { code: 'invalid', message: 'Bad name' } }, nested);
    expect(error.message).toBe('400 invalid: Bad name');
  });

  it.each([
    ['retry-after-ms', { 'retry-after-ms': '1500' }, 1500],
    ['Retry-After seconds', { 'retry-after': '7' }, 7000],
    ['none', {}, undefined],
  ])('exposes the requested wait from %s', (_case, headers, expected) => {
    expect(errorFromResponse(429, new Headers(headers), {}, envelope).retryAfterMs).toBe(expected);
  });
});

describe('errorFromResponse with the envelopes the generator infers', () => {
  const problem: ErrorEnvelopeSpec = { codeField: 'type', messageField: 'detail', messageFallbackField: 'title', correlationIdField: 'instance' };
  const nested: ErrorEnvelopeSpec = { codeField: 'error.code', messageField: 'error.message', correlationIdResponseHeader: 'X-Request-Id' };
  it.each([
    ['problem details', problem, { type: 'https://example.com/probs/out-of-credit', title: 'Out of credit', detail: 'Balance is 30, cost is 50', instance: '/account/12345/msgs/abc' }, {}, ['https://example.com/probs/out-of-credit', 'Balance is 30, cost is 50', '/account/12345/msgs/abc']],
    ['problem details without detail: the title', problem, { type: 'about:blank', title: 'Not Found', status: 404 }, {}, ['about:blank', 'Not Found', undefined]],
    ['{error: {code, message}} and a request id header', nested, { error: { code: 'rate_limited', message: 'slow down' } }, { 'x-request-id': 'req_1' }, ['rate_limited', 'slow down', 'req_1']],
  ])('%s', (_case, spec, body, headers, [code, message, correlationId]) => {
    const error = errorFromResponse(404, new Headers(headers), JSON.stringify(body), spec);
    expect([error.errorCode, error.message.includes(message!), error.correlationId]).toEqual([code, true, correlationId]);
  });
});

describe('error classes', () => {
  // WaiterStateError is the abstract base of the two waiter outcomes: never thrown itself.
  const classes = Object.entries(errors).filter(
    (entry): entry is [string, typeof ApiError] =>
      typeof entry[1] === 'function' && entry[1].prototype instanceof Error && entry[0] !== 'WaiterStateError',
  );

  it.each(classes)('%s names itself and is an ApiError', (exportName, ErrorClass) => {
    const error = new (ErrorClass as new (message: string, init: object) => ApiError)('boom', {
      waiter: 'w',
      state: undefined,
      data: undefined,
    });
    expect(error.name).toBe(exportName);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('boom');
  });

  it('keeps the cause', () => {
    const cause = new Error('socket');
    expect(new errors.ConnectionError('failed', { cause }).cause).toBe(cause);
  });

  it('treats a timeout as a connection problem, retryable by default', () => {
    const error = new errors.TimeoutError('slow');
    expect(error).toBeInstanceOf(errors.ConnectionError);
    expect(error.retryable).toBe(true);
  });
});
