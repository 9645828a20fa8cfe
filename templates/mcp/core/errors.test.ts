import { describe, expect, it } from 'vitest';
import { ApiError, ConfigurationError, ConnectionError, NotFoundError, RateLimitError } from '../sdk.js';
import { invalidArguments, toolError } from './errors.js';

describe('toolError', () => {
  it.each<[string, unknown, object]>([
    [
      'server envelope fields, unchanged',
      new NotFoundError('404 gone_for_good: Job j1 was purged', { status: 404, errorCode: 'gone_for_good', correlationId: 'c-1', details: [{ field: 'id' }] }),
      { code: 'gone_for_good', message: '404 gone_for_good: Job j1 was purged', correlation_id: 'c-1', http_status: 404, retryable: false, details: [{ field: 'id' }] },
    ],
    ['retryable as the client decided', new RateLimitError('429', { status: 429, errorCode: 'slow_down', retryable: true }), { code: 'slow_down', correlation_id: null, http_status: 429, retryable: true }],
    ['no response: no status, the id the client sent', new ConnectionError('GET /jobs failed: ECONNREFUSED', { correlationId: 'sent-1' }), { code: null, correlation_id: 'sent-1', http_status: null, retryable: true }],
    ['client-side configuration', new ConfigurationError('no project id is set'), { code: null, message: 'no project id is set', http_status: null, retryable: false }],
    ['an error with no envelope', new ApiError('500: <html>', { status: 500 }), { code: null, http_status: 500 }],
    ['anything else thrown', new TypeError('boom'), { code: null, message: 'boom', correlation_id: null, http_status: null, retryable: false }],
    ['a thrown string', 'bad', { code: null, message: 'bad' }],
  ])('%s', (_name, error, expected) => {
    expect(toolError(error)).toMatchObject(expected);
  });

  it.each([undefined, null])('leaves details out when the server sent %s', (details) => {
    expect(toolError(new ApiError('x', { status: 400, details }))).not.toHaveProperty('details');
  });

  it('has exactly the CLI envelope keys, details only when present', () => {
    expect(Object.keys(toolError(new ApiError('x')))).toEqual(['code', 'message', 'correlation_id', 'http_status', 'retryable']);
  });
});

describe('invalidArguments', () => {
  it('names the tool and every problem, and is not retryable', () => {
    expect(invalidArguments('create_job', ['missing required argument "kind"', 'unknown argument "x"'])).toEqual({
      code: 'invalid_arguments',
      message: 'Invalid arguments for create_job: missing required argument "kind"; unknown argument "x"',
      correlation_id: null,
      http_status: null,
      retryable: false,
    });
  });
});
