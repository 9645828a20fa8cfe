import { describe, expect, it } from 'vitest';
import type { OperationSpec } from './operation.js';
import { splitParams } from './params.js';

const op: OperationSpec = {
  id: 'createThing',
  method: 'POST',
  path: '/orgs/{org_id}/things',
  pathParams: ['org_id'],
  query: ['dry_run'],
  headers: ['X-Trace'],
  body: { mediaType: 'application/json', required: true },
  auth: true,
  retrySafe: false,
};

describe('splitParams', () => {
  it.each([
    ['inline body', { org_id: 'o1', dry_run: true, name: 'n', 'X-Trace': 1, projectId: 'p' }, true, { path: { org_id: 'o1' }, query: { dry_run: true }, headers: { 'X-Trace': '1' }, body: { name: 'n' }, projectId: 'p' }],
    ['undefined values dropped', { org_id: 'o1', dry_run: undefined, name: undefined }, true, { path: { org_id: 'o1' }, body: {} }],
    ['wrapped body', { org_id: 'o1', body: { org_id: 'clash' } }, false, { path: { org_id: 'o1' }, body: { org_id: 'clash' } }],
    ['wrapped body absent', { org_id: 'o1' }, false, { path: { org_id: 'o1' } }],
  ])('%s', (_name, params, inline, expected) => {
    expect(splitParams(op, params, inline)).toEqual(expected);
  });

  it('sends no body for an operation without one', () => {
    const get: OperationSpec = { ...op, method: 'GET', body: undefined };
    expect(splitParams(get, { org_id: 'o', extra: 1 }, true)).toEqual({ path: { org_id: 'o' } });
  });
});
