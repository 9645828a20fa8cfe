import { describe, expect, it } from 'vitest';
import { evaluate } from './wait.js';

const exchange = {
  params: { org_id: 'org_1', 'X-Trace': 't-1' },
  body: { id: 'rt_1', 'a/b': { '~c': 2 }, list: [{ id: 'x' }] },
};

describe('evaluate (x-codegen-wait runtime expressions)', () => {
  it.each<[string, unknown]>([
    ['$response.body#/id', 'rt_1'],
    ['$response.body#/a~1b/~0c', 2],
    ['$response.body#/list/0/id', 'x'],
    ['$response.body#/missing', undefined],
    ['$response.body#', exchange.body],
    ['$request.path.org_id', 'org_1'],
    ['$request.header.x-trace', 't-1'],
  ])('%s -> %j', (expression, value) => {
    expect(evaluate(expression, exchange)).toEqual(value);
  });

  it('refuses what the extension schema does not allow', () => {
    expect(() => evaluate('$url', exchange)).toThrow('unsupported runtime expression');
  });
});
