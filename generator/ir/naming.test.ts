import { describe, expect, it } from 'vitest';
import { camelCase, docText, kebabCase, mcpToolName, shortHash, pascalCase, propertyKey, sdkLocation, snakeCase, sortBy, tsIdentifier, tsSdkLocation, words } from './naming.js';

describe('naming', () => {
  it.each([
    ['listSharedRuntimeWorkers', ['list', 'Shared', 'Runtime', 'Workers']],
    ['X-Project-ID', ['X', 'Project', 'ID']],
    ['HTTPServerError', ['HTTP', 'Server', 'Error']],
    ['page_size', ['page', 'size']],
    ['v2Thing', ['v2', 'Thing']],
    ['  ', []],
  ])('words(%j)', (input, expected) => expect(words(input)).toEqual(expected));

  it.each([
    ['shared-runtimes', 'sharedRuntimes', 'SharedRuntimes', 'shared-runtimes', 'shared_runtimes'],
    ['allocation_id', 'allocationId', 'AllocationId', 'allocation-id', 'allocation_id'],
    ['X-Project-ID', 'xProjectId', 'XProjectId', 'x-project-id', 'x_project_id'],
    ['créerTâche', 'créerTâche', 'CréerTâche', 'créer-tâche', 'créer_tâche'],
  ])('cases of %j', (input, camel, pascal, kebab, snake) => {
    expect([camelCase(input), pascalCase(input), kebabCase(input), snakeCase(input)]).toEqual([camel, pascal, kebab, snake]);
  });

  it.each([
    ['class', 'class_'],
    ['delete', 'delete_'],
    ['1st', '_1st'],
    ['a"b', 'aB'],
    ['`${x}`', 'x'],
    ['***', 'value'],
    ['org_id', 'orgId'],
  ])('tsIdentifier(%j) is safe', (input, expected) => expect(tsIdentifier(input)).toBe(expected));

  it.each([
    ['id', 'id'],
    ['weird-name', '"weird-name"'],
    ['with"quote', '"with\\"quote"'],
    ['default', '"default"'],
  ])('propertyKey(%j)', (input, expected) => expect(propertyKey(input)).toBe(expected));

  it('docText cannot close a comment', () => {
    expect(docText('ends */ here\r\nnext')).toBe('ends *\\/ here\nnext');
  });

  it.each([
    ['listAllocations', undefined, 'list_allocations'],
    ['createSharedRuntimeWorkerOperation', undefined, 'create_shared_runtime_worker_operation'],
    // Cut to 40 with a hash of the whole id: two ids alike in their first 40 characters still differ.
    ['getTheVeryLongNamedSharedRuntimeWorkerOperationStatusHistory', undefined, `get_the_very_long_named_shared_ru_${shortHash('getTheVeryLongNamedSharedRuntimeWorkerOperationStatusHistory')}`],
    ['getTheVeryLongNamedSharedRuntimeWorkerOperationStatusFuture', undefined, `get_the_very_long_named_shared_ru_${shortHash('getTheVeryLongNamedSharedRuntimeWorkerOperationStatusFuture')}`],
    ['x', 'custom_name', 'custom_name'],
  ])('mcpToolName(%j)', (id, override, expected) => {
    const name = mcpToolName(id, override);
    expect(name).toBe(expected);
    expect(name).toMatch(/^[a-z0-9_]{1,40}$/);
  });

  it.each([
    [['allocations', 'list'], {}, { resource: ['allocations'], method: 'list' }, { resource: ['allocations'], method: 'list' }],
    [['apps', 'shared-runtimes', 'attachments', 'get'], { resource: 'sharedRuntimes.attachments' }, { resource: ['shared-runtimes', 'attachments'], method: 'get' }, { resource: ['sharedRuntimes', 'attachments'], method: 'get' }],
    [['allocations', 'terminal-token'], { method: 'createTerminalToken' }, { resource: ['allocations'], method: 'create-terminal-token' }, { resource: ['allocations'], method: 'createTerminalToken' }],
    [['things', 'constructor'], {}, { resource: ['things'], method: 'constructor' }, { resource: ['things'], method: 'construct' }],
  ])('sdkLocation(%j, %j): neutral, then TypeScript', (command, override, neutral, ts) => {
    expect(sdkLocation(command, override)).toEqual(neutral);
    expect(tsSdkLocation(sdkLocation(command, override))).toEqual(ts);
  });

  it('sortBy is locale-independent and stable', () => {
    expect(sortBy(['b', 'B', 'a', 'é', 'A'], (s) => s)).toEqual(['A', 'B', 'a', 'b', 'é']);
  });
});
