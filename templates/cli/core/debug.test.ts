import { describe, expect, it } from 'vitest';
import { ConnectionError, type HttpExchange } from '../sdk.js';
import { formatExchange } from './debug.js';

const exchange = (overrides: Partial<HttpExchange> = {}): HttpExchange => ({
  operationId: 'createThing',
  attempt: 1,
  request: { method: 'GET', url: 'https://api.example/v1/things', headers: {} },
  response: { status: 200, headers: {}, body: '' },
  durationMs: 42,
  ...overrides,
});

describe('formatExchange', () => {
  it('prints request and response curl-style', () => {
    const text = formatExchange(
      exchange({
        request: { method: 'POST', url: 'https://api.example/v1/things', headers: { 'content-type': 'application/json' }, body: '{"name":"a"}' },
        response: { status: 201, headers: { 'x-correlation-id': 'c-1' }, body: '{"id":"t-1"}' },
        attempt: 2,
      }),
    );
    expect(text).toBe(
      [
        '> POST https://api.example/v1/things  [createThing, attempt 2]',
        '> content-type: application/json',
        '>',
        '> {"name":"a"}',
        '< 201 Created (42 ms)',
        '< x-correlation-id: c-1',
        '<',
        '< {"id":"t-1"}',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['authorization', 'Bearer abc.def', 'Bearer [REDACTED]'],
    ['Authorization', 'Basic dXNlcjpwYXNz', 'Basic [REDACTED]'],
    ['proxy-authorization', 'Basic xyz', 'Basic [REDACTED]'],
    ['cookie', 'session=s3cr3t', '[REDACTED]'],
    ['x-api-key', 'k-123', '[REDACTED]'],
    ['x-auth-token', 't-123', '[REDACTED]'],
    ['accept', 'application/json', 'application/json'],
  ])('request header %s is shown as %s', (name, value, shown) => {
    const text = formatExchange(exchange({ request: { method: 'GET', url: 'https://h/', headers: { [name]: value } } }));
    expect(text).toContain(`> ${name}: ${shown}\n`);
    if (shown !== value) expect(text).not.toContain(value.split(' ').at(-1));
  });

  it('redacts set-cookie in responses', () => {
    const text = formatExchange(exchange({ response: { status: 200, headers: { 'set-cookie': 'sid=abc' }, body: '' } }));
    expect(text).toContain('< set-cookie: [REDACTED]\n');
  });

  it.each([
    ['token response', '{"access_token":"AT","refresh_token":"RT","token_type":"Bearer","expires_in":300}',
      '{"access_token":"[REDACTED]","refresh_token":"[REDACTED]","token_type":"Bearer","expires_in":300}'],
    ['nested and camelCase', '{"user":{"password":"pw","name":"n"},"items":[{"idToken":"x","clientSecret":"y"}]}',
      '{"user":{"password":"[REDACTED]","name":"n"},"items":[{"idToken":"[REDACTED]","clientSecret":"[REDACTED]"}]}'],
    ['null secret stays null', '{"token":null}', '{"token":null}'],
    ['not JSON', 'plain text', 'plain text'],
  ])('redacts JSON bodies: %s', (_label, body, shown) => {
    const text = formatExchange(exchange({ response: { status: 200, headers: { 'content-type': 'application/json' }, body } }));
    expect(text).toContain(`< ${shown}\n`);
  });

  it('redacts form bodies and query parameters', () => {
    const text = formatExchange(
      exchange({
        request: {
          method: 'POST',
          url: 'https://kc/token?access_token=AT&page=2',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: 'grant_type=password&username=u&password=p%40ss&client_secret=CS',
        },
      }),
    );
    expect(text).toContain('> POST https://kc/token?access_token=[REDACTED]&page=2  [');
    expect(text).toContain('> grant_type=password&username=u&password=[REDACTED]&client_secret=[REDACTED]\n');
    expect(text).not.toMatch(/AT&|p%40ss|CS/);
  });

  it('truncates long bodies and says by how much', () => {
    const body = JSON.stringify({ data: 'x'.repeat(100) });
    const text = formatExchange(exchange({ response: { status: 200, headers: {}, body } }), { maxBodyChars: 20 });
    expect(text).toContain(`< ${body.slice(0, 20)}… [${body.length - 20} more characters]\n`);
  });

  it('reports an attempt that got no response', () => {
    const text = formatExchange(exchange({ response: undefined, error: new ConnectionError('connect ECONNREFUSED') }));
    expect(text).toContain('< no response (42 ms): ConnectionError: connect ECONNREFUSED\n');
  });
});
