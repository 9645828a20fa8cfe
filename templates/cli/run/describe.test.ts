import { describe, expect, it } from 'vitest';
import { commandExitCodes, explain, renderExplanation } from './describe.js';
import type { CommandSpec, OperationInfo } from './types.js';

const operation: OperationInfo = {
  id: 'releaseThing',
  method: 'POST',
  path: '/things/{thing_id}/release',
  auth: true,
  projectScoped: true,
  idempotent: true,
  idempotencyHeader: 'Idempotency-Key',
  confirm: true,
  result: 'object',
  columns: [{ field: 'id' }, { field: 'status', state: true }],
  responses: ['202', '400', '401', '404', '409', '500'],
  wait: {
    operationId: 'getThing',
    waiter: 'released',
    parameters: {},
    resource: 'thing',
    success: ['released'],
    failure: ['failed'],
    columns: [],
  },
};
const spec: CommandSpec = {
  path: ['things', 'release'],
  aliases: [],
  summary: 'Release a thing',
  description: '',
  hidden: false,
  deprecated: false,
  flags: [
    { name: 'id', type: 'string', required: true, description: 'Thing id', target: { in: 'path', name: 'thing_id' } },
  ],
  positionals: [],
  example: 'acme things release --id t-1',
  operation,
};

describe('explain', () => {
  it('lists the exit codes from the declared responses plus what the CLI can fail on', () => {
    expect(commandExitCodes(spec)).toEqual([0, 1, 2, 3, 4, 6, 7, 8, 11, 12, 13, 130]);
    expect(commandExitCodes({ ...spec, operation: undefined })).toEqual([0, 1, 2, 130]);
  });

  it('gives every fact in one object and the same facts as text', () => {
    const e = explain(spec, 'acme');
    expect(e).toMatchObject({
      command: 'acme things release',
      request: { method: 'POST', path: '/things/{thing_id}/release' },
      flags: [{ flag: '--id', fills: 'path.thing_id', required: true }],
      idempotent: true,
      project_scoped: true,
      confirmation: true,
      wait: { until: ['released'], fails_on: ['failed'] },
      example: 'acme things release --id t-1',
    });
    const text = renderExplanation(e);
    expect(text).toContain('Request: POST /things/{thing_id}/release');
    expect(text).toContain('--id  Thing id (string; required; -> path.thing_id)');
    expect(text).toContain('Idempotent: yes · Paginated: no · Project-scoped: yes · Asks for confirmation: yes');
    expect(text).toContain('    7  conflict/precondition (409, 412)');
  });
});
