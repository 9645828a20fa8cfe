/**
 * A synthetic contract the size of a large public API: DOMAINS × NOUNS resources with twelve operations
 * each (list, get, create, update, replace, delete and six actions), 1,200 in all, written the way our
 * own contract is (x-codegen-* extensions, an error envelope, pagination, idempotency keys, waiters on
 * one resource in five), so every generator stage and the MCP server see what a real spec would give.
 */
const DOMAINS = ['billing', 'compute', 'storage', 'network', 'identity', 'catalog', 'monitoring', 'scheduler', 'registry', 'secrets', 'quota', 'audit', 'backup', 'dns', 'edge', 'firmware', 'inventory', 'licensing', 'messaging', 'pipeline'];
const NOUNS = ['account', 'cluster', 'volume', 'policy', 'report'];
const ACTIONS = ['start', 'stop', 'restart', 'archive', 'restore', 'export'] as const;

export interface LargeOperation {
  operationId: string;
  method: string;
  /** Path template, as in the contract. */
  path: string;
  /** What a user would ask an agent for: the operation's summary. */
  task: string;
}

const pascal = (words: string[]): string => words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
const article = (word: string): string => (/^[aeiou]/.test(word) ? 'an' : 'a');

type Doc = Record<string, unknown> & { paths: Record<string, Record<string, unknown>>; components: Record<string, unknown> & { schemas: Record<string, unknown> } };

export function largeApi(): { document: Doc; operations: LargeOperation[] } {
  const operations: LargeOperation[] = [];
  const paths: Doc['paths'] = {};
  const schemas: Doc['components']['schemas'] = {
    Error: {
      type: 'object',
      required: ['code', 'message', 'correlation_id'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, correlation_id: { type: 'string' } },
    },
  };
  const errors = { '4XX': { $ref: '#/components/responses/Error' }, '5XX': { $ref: '#/components/responses/Error' } };
  let index = 0;
  for (const domain of DOMAINS) {
    for (const noun of NOUNS) {
      const waits = index++ % 5 === 0;
      const thing = `${domain} ${noun}`;
      const Name = pascal([domain, noun]);
      const collection = `/${domain}/${noun}s`;
      const item = `${collection}/{id}`;
      const ref = { $ref: `#/components/schemas/${Name}` };
      const cli = (verb: string) => ({ command: `${domain} ${noun}s ${verb}` });
      const ok = (status: string, description: string) => ({ [status]: { description, content: { 'application/json': { schema: ref } } }, ...errors });
      const id = { name: 'id', in: 'path', required: true, description: `Identifier of the ${thing}.`, schema: { type: 'string', minLength: 1 } };
      const jsonBody = (name: string, required: boolean) => ({ required, content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } });
      const add = (method: string, path: string, op: Record<string, unknown>) => {
        (paths[path] ??= {})[method] = { tags: [domain], ...op };
        operations.push({ operationId: op.operationId as string, method: method.toUpperCase(), path, task: op.summary as string });
      };

      schemas[Name] = {
        type: 'object',
        required: ['id', 'name', 'status', 'created_at'],
        properties: {
          id: { type: 'string', description: `Identifier of the ${thing}.` },
          name: { type: 'string', minLength: 1, maxLength: 100, description: `Display name of the ${thing}.` },
          description: { type: 'string', maxLength: 500 },
          status: { type: 'string', enum: ['pending', 'ready', 'stopped', 'archived', 'failed'], description: `Lifecycle state of the ${thing}.` },
          size: { type: 'integer', minimum: 1, maximum: 64, description: 'Capacity units.' },
          labels: { type: 'object', additionalProperties: { type: 'string' }, description: 'Free-form key/value labels.' },
          created_at: { type: 'string', format: 'date-time' },
        },
      };
      schemas[`${Name}Create`] = {
        type: 'object',
        required: ['name'],
        properties: {
          name: { type: 'string', minLength: 1, maxLength: 100, description: `Display name of the ${thing}.` },
          description: { type: 'string', maxLength: 500 },
          size: { type: 'integer', minimum: 1, maximum: 64, default: 1, description: 'Capacity units.' },
          labels: { type: 'object', additionalProperties: { type: 'string' } },
        },
        additionalProperties: false,
      };
      schemas[`${Name}Update`] = {
        type: 'object',
        properties: { description: { type: 'string', maxLength: 500 }, size: { type: 'integer', minimum: 1, maximum: 64 }, labels: { type: 'object', additionalProperties: { type: 'string' } } },
        additionalProperties: false,
      };

      add('get', collection, {
        operationId: `list${Name}s`,
        summary: `List ${thing}s`,
        description: `Lists the ${thing}s visible to the caller, newest first, optionally filtered by status.`,
        'x-codegen-cli': cli('list'),
        'x-codegen-pagination': { cursorParam: 'cursor', pageSizeParam: 'page_size', itemsField: 'items', nextCursorField: 'next_cursor', defaultPageSize: 20, maxPageSize: 100 },
        parameters: [
          { name: 'status', in: 'query', schema: { type: 'string', enum: ['pending', 'ready', 'stopped', 'archived', 'failed'] } },
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
          { name: 'page_size', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
        ],
        responses: {
          '200': {
            description: `A page of ${thing}s.`,
            content: { 'application/json': { schema: { type: 'object', required: ['items', 'next_cursor'], properties: { items: { type: 'array', items: ref }, next_cursor: { type: ['string', 'null'] } } } } },
          },
          ...errors,
        },
      });
      add('post', collection, {
        operationId: `create${Name}`,
        summary: `Create ${article(domain)} ${thing}`,
        description: `Creates ${article(domain)} ${thing}. It starts in pending and becomes ready once provisioned.`,
        'x-codegen-cli': cli('create'),
        'x-codegen-idempotency': { header: 'Idempotency-Key', required: false, keyLifetimeSeconds: 86400 },
        ...(waits ? { 'x-codegen-wait': { operationId: `get${Name}`, waiter: 'ready', parameters: { id: '$response.body#/id' } } } : {}),
        parameters: [{ name: 'Idempotency-Key', in: 'header', schema: { type: 'string', maxLength: 255 } }],
        requestBody: jsonBody(`${Name}Create`, true),
        responses: ok('201', `The new ${thing}.`),
      });
      add('get', item, {
        operationId: `get${Name}`,
        summary: `Get ${article(domain)} ${thing}`,
        description: `Returns one ${thing} with its status.`,
        'x-codegen-cli': cli('get'),
        ...(waits ? { 'x-codegen-waiters': { ready: { description: `Until the ${thing} is ready.`, field: 'status', success: ['ready'], failure: ['failed'], minDelaySeconds: 1, maxDelaySeconds: 10, maxWaitSeconds: 300 } } } : {}),
        parameters: [id],
        responses: ok('200', `The ${thing}.`),
      });
      add('patch', item, {
        operationId: `update${Name}`,
        summary: `Update ${article(domain)} ${thing}`,
        description: `Changes the given fields of ${article(domain)} ${thing}; the others stay as they are.`,
        'x-codegen-cli': cli('update'),
        'x-codegen-idempotency': { exempt: 'setting the same fields twice has no further effect', naturallyIdempotent: true },
        parameters: [id],
        requestBody: jsonBody(`${Name}Update`, true),
        responses: ok('200', `The updated ${thing}.`),
      });
      add('put', item, {
        operationId: `replace${Name}`,
        summary: `Replace ${article(domain)} ${thing}`,
        description: `Replaces every field of ${article(domain)} ${thing}.`,
        'x-codegen-cli': cli('replace'),
        'x-codegen-idempotency': { exempt: 'a replace is naturally idempotent', naturallyIdempotent: true },
        parameters: [id],
        requestBody: jsonBody(`${Name}Create`, true),
        responses: ok('200', `The replaced ${thing}.`),
      });
      add('delete', item, {
        operationId: `delete${Name}`,
        summary: `Delete ${article(domain)} ${thing}`,
        description: `Deletes ${article(domain)} ${thing} for good.`,
        'x-codegen-cli': { ...cli('delete'), confirm: true },
        'x-codegen-idempotency': { exempt: 'deleting twice has no further effect', naturallyIdempotent: true },
        parameters: [id],
        responses: { '204': { description: 'Deleted.' }, ...errors },
      });
      for (const action of ACTIONS) {
        add('post', `${item}/${action}`, {
          operationId: `${action}${Name}`,
          summary: `${action[0]!.toUpperCase()}${action.slice(1)} ${article(domain)} ${thing}`,
          description: `Asks the ${thing} to ${action}; it returns at once with the ${thing} in its new state.`,
          'x-codegen-cli': cli(action),
          'x-codegen-idempotency': { exempt: `a repeated ${action} finds the ${thing} already in that state`, naturallyIdempotent: true },
          parameters: [id],
          ...(action === 'export'
            ? { requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['format'], properties: { format: { type: 'string', enum: ['json', 'csv'] } }, additionalProperties: false } } } } }
            : {}),
          responses: ok('202', `The ${thing}, ${action} requested.`),
        });
      }
    }
  }
  const document: Doc = {
    openapi: '3.1.0',
    info: { title: 'Large synthetic API', version: '1.0.0', description: `${operations.length} operations across ${DOMAINS.length * NOUNS.length} resources.` },
    servers: [{ url: 'https://api.large.example' }],
    security: [{ bearerAuth: [] }],
    'x-codegen-errors': { schema: '#/components/schemas/Error', codeField: 'code', messageField: 'message', correlationIdField: 'correlation_id' },
    paths,
    components: {
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
      responses: { Error: { description: 'An error.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } } },
      schemas,
    },
  };
  return { document, operations };
}
