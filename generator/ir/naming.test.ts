import { describe, expect, it } from 'vitest';
import { RESERVED_CLI_FLAGS, assignFlags, camelCase, defaultCommands, docText, kebabCase, mcpToolName, mcpWaitToolName, shortHash, pascalCase, propertyKey, sdkLocation, snakeCase, sortBy, tsIdentifier, tsSdkLocation, words } from './naming.js';

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
    ['get_allocation', 'active', 'wait_allocation_active'],
    ['get_shared_runtime', 'ready', 'wait_shared_runtime_ready'],
    // Too long: leading words of the subject go first, never the waiter's state.
    ['get_shared_runtime_worker_operation', 'completed', 'wait_runtime_worker_operation_completed'],
    ['describe_job', 'doneOrFailed', 'wait_describe_job_done_or_failed'],
    ['get_x', 'a_state_name_so_long_that_nothing_but_a_cut_helps', 'wait_x_a_state_name_so_long_that_nothing'],
  ])('mcpWaitToolName(%j, %j)', (tool, waiter, expected) => {
    const name = mcpWaitToolName(tool, waiter);
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

describe('default command names (no x-codegen-cli)', () => {
  const input = (id: string, method: string, path: string, tag?: string, declaredId = true) => ({ id, method, path, ...(tag ? { tag } : {}), declaredId });
  it.each([
    [input('create_endpoint_api_v1_app__app_id__endpoint__post', 'POST', '/api/v1/app/{app_id}/endpoint/', 'Endpoint'), ['endpoint', 'create']],
    [input('getPetById', 'GET', '/pet/{petId}', 'pet'), ['pet', 'get']],
    [input('findPetsByStatus', 'GET', '/pet/findByStatus', 'pet'), ['pet', 'find-by-status']],
    [input('uploadFile', 'POST', '/pet/{petId}/uploadImage', 'pet'), ['pet', 'upload-file']],
    [input('repos/get-content', 'GET', '/repos/{owner}/{repo}/contents/{path}', 'repos'), ['repos', 'get-content']],
    [input('loginUser', 'GET', '/user/login', 'user'), ['user', 'login']],
    [input('getServersById', 'GET', '/servers/{id}', 'Servers', false), ['servers', 'get']],
    [input('getServers', 'GET', '/servers', 'Servers', false), ['servers', 'list']],
    [input('postServersByIdActionsReboot', 'POST', '/servers/{id}/actions/reboot', 'Server Actions', false), ['server-actions', 'reboot']],
    [input('getSchema', 'GET', '/schema', 'schema'), ['schema-api', 'get']],
    [input('listThings', 'GET', '/v2/things'), ['things', 'list']],
  ])('%j -> %j', (op, command) => {
    expect(defaultCommands([op]).get(op.id)).toEqual(command);
  });

  it('verbs that collide in a resource fall back to the whole operationId, deterministically', () => {
    const ops = [input('list_users_get', 'GET', '/users', 'users'), input('listUsers', 'GET', '/v2/users', 'users')];
    expect([...defaultCommands(ops).values()]).toEqual([['users', 'list-users'], ['users', 'list-users-get']]);
  });
});

describe('flag names of one command (assignFlags)', () => {
  it.each([
    [[{ name: 'name', location: 'query' as const }, { name: 'name', location: 'body' as const }], {}, ['query-name', 'name']],
    [[{ name: 'version', location: 'query' as const }, { name: 'output', location: 'header' as const }], {}, ['query-version', 'header-output']],
    [[{ name: 'name', location: 'query' as const }, { name: 'name', location: 'body' as const }], { 'query.name': 'template' }, ['template', 'name']],
    [[{ name: 'cursor', location: 'query' as const, fixed: 'cursor' }, { name: 'cursor', location: 'body' as const }], {}, ['cursor', 'body-cursor']],
    // Inputs named like members of every object take no override from the (empty) override map.
    [[{ name: 'constructor', location: 'body' as const }, { name: '__proto__', location: 'body' as const }, { name: 'toString', location: 'query' as const }], {}, ['constructor', 'proto', 'to-string']],
  ])('%j with %j -> %j', (inputs, overrides, flags) => {
    expect(assignFlags(inputs, overrides, RESERVED_CLI_FLAGS).flags).toEqual(flags);
  });

  it('two overrides naming one flag are the contract mistake', () => {
    const { conflicts } = assignFlags([{ name: 'a', location: 'query' }, { name: 'b', location: 'query' }], { a: 'x', b: 'x' }, RESERVED_CLI_FLAGS);
    expect(conflicts).toEqual(['x-codegen-cli.flags names --x for query "b", but --x is used by query "a"']);
  });

  it('the reserved names are the CLI runtime\'s own global flags', () => {
    for (const name of ['base-url', 'project', 'output', 'o', 'no-heading', 'header', 'H', 'debug', 'timeout', 'yes', 'help', 'version']) expect(RESERVED_CLI_FLAGS.has(name)).toBe(true);
  });
});
