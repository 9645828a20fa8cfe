/**
 * The contract lint (openapi/spectral.yaml + the functions beside this file), run the way the Spectral
 * CLI runs it: the YAML ruleset bundled by Spectral's own loader, documents parsed and $ref-resolved
 * as `spectral lint` does. One CLI run checks the ESM functions also load under `spectral lint`.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Document, Spectral, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import { Yaml } from '@stoplight/spectral-parsers';
import { createHttpAndFileResolver } from '@stoplight/spectral-ref-resolver';
import { bundleAndLoadRuleset } from '@stoplight/spectral-ruleset-bundler/with-loader';
import { fetch } from '@stoplight/spectral-runtime';
import { parse, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const openapiDir = path.dirname(here);
const repoRoot = path.dirname(openapiDir);
const fixture = (name: string): string => path.join(here, 'fixtures', name);

let spectral: Spectral;
beforeAll(async () => {
  spectral = new Spectral({ resolver: createHttpAndFileResolver() });
  spectral.setRuleset(await bundleAndLoadRuleset(path.join(openapiDir, 'spectral.yaml'), { fs, fetch }));
});

const lintText = (text: string, source: string): Promise<ISpectralDiagnostic[]> =>
  spectral.run(new Document(text, Yaml, source));
const lintFile = async (file: string): Promise<ISpectralDiagnostic[]> => lintText(await fs.promises.readFile(file, 'utf8'), file);

const codes = (results: ISpectralDiagnostic[]): string[] => [...new Set(results.map((r) => String(r.code)))].sort();
const paths = (results: ISpectralDiagnostic[]): string[][] => results.map((r) => r.path.map(String));
const located = (r: ISpectralDiagnostic): string => `${r.source ?? ''}:${r.range.start.line + 1} ${r.code} ${r.message}`;

describe('good fixture', () => {
  it('uses every x-codegen-* extension and passes with no result at all', async () => {
    const text = await fs.promises.readFile(fixture('good.yaml'), 'utf8');
    const extensionNames = fs.readdirSync(path.join(openapiDir, 'extensions')).map((f) => f.replace('.schema.json', ''));
    for (const name of extensionNames) expect(text).toContain(`${name}:`);
    expect((await lintText(text, fixture('good.yaml'))).map(located)).toEqual([]);
  });
});

describe('bad fixtures: each breaks exactly one rule', () => {
  it.each([
    ['bad-pagination.yaml', 'codegen-pagination', ['paths', '/things', 'get']],
    ['bad-idempotency.yaml', 'codegen-idempotency', ['paths', '/things', 'post']],
    ['bad-project-scope.yaml', 'codegen-project-scope', ['paths', '/things/{id}', 'get', 'x-codegen-project-scoped']],
    ['bad-error-envelope.yaml', 'codegen-error-envelope', ['paths', '/things/{id}', 'get', 'responses', '404', 'content', 'application/json', 'schema']],
    ['bad-operation-id-missing.yaml', 'operation-operationId', ['paths', '/things/{id}', 'get']],
    ['bad-operation-id-duplicate.yaml', 'operation-operationId-unique', ['paths', '/things/{id}/copy', 'get', 'operationId']],
    ['bad-cli-mapping.yaml', 'codegen-cli-mapping', ['paths', '/things/{id}/copy', 'get', 'x-codegen-cli', 'command']],
    ['bad-response-examples.yaml', 'codegen-response-examples', ['paths', '/things/{id}', 'get', 'responses', '404', 'content', 'application/json', 'example']],
    ['bad-no-query-credentials.yaml', 'codegen-no-query-credentials', ['paths', '/things/{id}', 'get', 'parameters', '1']],
    ['bad-extension-schema.yaml', 'codegen-extension-schema', ['paths', '/things/{id}', 'delete', 'x-codegen-cli', 'confirm']],
    ['bad-waiters.yaml', 'codegen-waiters', ['paths', '/things', 'post', 'x-codegen-wait', 'waiter']],
    ['bad-security.yaml', 'codegen-security', ['paths', '/things/{id}', 'get', 'security']],
    ['bad-auth-operations.yaml', 'codegen-auth-operations', ['x-codegen-auth', 'operations', 'whoami']],
    ['bad-mcp-credentials.yaml', 'codegen-mcp-credentials', ['paths', '/things/{id}/console-token', 'post']],
  ])('%s -> %s', async (file, code, at) => {
    const results = await lintFile(fixture(file));
    expect(codes(results)).toEqual([code]);
    expect(results.every((r) => r.severity === 0)).toBe(true);
    expect(paths(results)).toContainEqual(at);
  });

  it('operation-level messages name the operation', async () => {
    const [result] = await lintFile(fixture('bad-idempotency.yaml'));
    expect(result?.message).toContain('POST /things (createThing)');
  });
});

/** One edit of the good fixture: set the value at a path, or remove it when the value is undefined. */
type Edit = [at: (string | number)[], value: unknown];
function edited(base: unknown, edits: Edit[]): unknown {
  const doc = structuredClone(base) as Record<string | number, unknown>;
  for (const [at, value] of edits) {
    const parent = at.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, doc);
    const key = at[at.length - 1] as string | number;
    if (value !== undefined) parent[key] = value;
    else if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  }
  return doc;
}

const LIST = ['paths', '/jobs', 'get'];
const CREATE = ['paths', '/jobs', 'post'];
const GET = ['paths', '/jobs/{job_id}', 'get'];
const DELETE = ['paths', '/jobs/{job_id}', 'delete'];
const WHOAMI = ['paths', '/auth/whoami', 'get'];

describe('each check of each rule, on an edited good fixture', () => {
  let good: unknown;
  beforeAll(async () => {
    good = parse(await fs.promises.readFile(fixture('good.yaml'), 'utf8'));
  });

  it.each<[string, string, string[], Edit[]]>([
    ['pagination: list without it (its table columns are not blamed)', 'codegen-pagination', LIST, [[[...LIST, 'x-codegen-pagination'], undefined]]],
    ['pagination: GET whose CLI command ends in list', 'codegen-pagination', WHOAMI, [[[...WHOAMI, 'x-codegen-cli', 'command'], 'users list']]],
    ['pagination: cursor parameter not declared', 'codegen-pagination', [...LIST, 'x-codegen-pagination', 'cursorParam'], [[[...LIST, 'parameters', 2], undefined]]],
    ['pagination: page-size parameter in a header', 'codegen-pagination', [...LIST, 'parameters', '3'], [[[...LIST, 'parameters', 3, 'in'], 'header']]],
    ['pagination: maximum disagrees with maxPageSize', 'codegen-pagination', [...LIST, 'x-codegen-pagination', 'maxPageSize'], [[[...LIST, 'x-codegen-pagination', 'maxPageSize'], 50], [[...LIST, 'x-codegen-pagination', 'defaultPageSize'], 20]]],
    ['pagination: defaultPageSize above maxPageSize', 'codegen-pagination', [...LIST, 'x-codegen-pagination', 'defaultPageSize'], [[[...LIST, 'x-codegen-pagination', 'defaultPageSize'], 200], [[...LIST, 'parameters', 3, 'schema', 'default'], undefined]]],
    ['pagination: next-cursor field missing', 'codegen-pagination', [...LIST, 'x-codegen-pagination', 'nextCursorField'], [[[...LIST, 'x-codegen-pagination', 'nextCursorField'], 'next']]],
    ['pagination: items field not an array', 'codegen-pagination', [...LIST, 'x-codegen-pagination', 'itemsField'], [[[...LIST, 'x-codegen-pagination', 'itemsField'], 'next_cursor']]],
    ['idempotency: key header not declared', 'codegen-idempotency', [...CREATE, 'x-codegen-idempotency', 'header'], [[[...CREATE, 'parameters', 1], undefined]]],
    ['idempotency: required disagrees with the header parameter', 'codegen-idempotency', [...CREATE, 'x-codegen-idempotency', 'required'], [[[...CREATE, 'x-codegen-idempotency', 'required'], true]]],
    ['idempotency: on a GET', 'codegen-idempotency', [...GET, 'x-codegen-idempotency'], [[[...GET, 'x-codegen-idempotency'], { exempt: 'reads have no side effects' }]]],
    ['project scope: header not required', 'codegen-project-scope', [...GET, 'parameters', '0'], [[['components', 'parameters', 'ProjectId', 'required'], false]]],
    ['project scope: header declared, operation not marked', 'codegen-project-scope', [...GET, 'parameters', '0'], [[[...GET, 'x-codegen-project-scoped'], undefined]]],
    ['project scope: no root x-codegen-project', 'codegen-project-scope', [...GET, 'x-codegen-project-scoped'], [[['x-codegen-project'], undefined]]],
    ['error envelope: no root x-codegen-errors', 'codegen-error-envelope', [], [[['x-codegen-errors'], undefined]]],
    ['error envelope: code not required', 'codegen-error-envelope', ['components', 'schemas', 'Error'], [[['components', 'schemas', 'Error', 'required'], ['message', 'correlation_id']]]],
    ['error envelope: named field missing', 'codegen-error-envelope', ['x-codegen-errors', 'detailsField'], [[['x-codegen-errors', 'detailsField'], 'detail']]],
    ['error envelope: shared error response without content', 'codegen-error-envelope', ['components', 'responses', 'NotFound'], [[['components', 'responses', 'NotFound', 'content'], undefined]]],
    ['cli: operation without x-codegen-cli', 'codegen-cli-mapping', GET, [[[...GET, 'x-codegen-cli'], undefined]]],
    ['cli: alias collides with a command', 'codegen-cli-mapping', [...GET, 'x-codegen-cli', 'command'], [[[...LIST, 'x-codegen-cli', 'aliases'], ['get']]]],
    ['cli: command is also a group', 'codegen-cli-mapping', [...WHOAMI, 'x-codegen-cli', 'command'], [[[...LIST, 'x-codegen-cli', 'command'], 'auth whoami all']]],
    ['cli: flag override names nothing', 'codegen-cli-mapping', [...CREATE, 'x-codegen-cli', 'flags', 'nope'], [[[...CREATE, 'x-codegen-cli', 'flags'], { nope: 'x' }]]],
    ['cli: positional names nothing', 'codegen-cli-mapping', [...GET, 'x-codegen-cli', 'positionals', '0'], [[[...GET, 'x-codegen-cli', 'positionals'], ['id']]]],
    ['cli: column is not a field of the listed items', 'codegen-cli-mapping', [...LIST, 'x-codegen-cli', 'columns', '1'], [[[...LIST, 'x-codegen-cli', 'columns'], ['id', 'status']]]],
    ['cli: column object names no field of the listed items', 'codegen-cli-mapping', [...LIST, 'x-codegen-cli', 'columns', '1'], [[[...LIST, 'x-codegen-cli', 'columns'], ['id', { field: 'status', priority: 2 }]]]],
    ['cli: terminal command collides with a command', 'codegen-cli-mapping', [...GET, 'x-codegen-cli', 'terminal', 'command'], [[[...GET, 'x-codegen-cli', 'terminal'], { command: 'jobs list', urlField: 'id', tokenField: 'id' }]]],
    ['cli: terminal URL field is not in the response', 'codegen-cli-mapping', [...GET, 'x-codegen-cli', 'terminal', 'urlField'], [[[...GET, 'x-codegen-cli', 'terminal'], { command: 'jobs attach', urlField: 'url', tokenField: 'id' }]]],
    ['cli: a column that is not text wraps', 'codegen-cli-mapping', [...LIST, 'x-codegen-cli', 'columns', '1', 'wrap'], [[['components', 'schemas', 'Job', 'properties', 'count'], { type: 'integer' }], [[...LIST, 'x-codegen-cli', 'columns'], ['id', { field: 'count', wrap: true }]]]],
    ['examples: response without an example', 'codegen-response-examples', [...GET, 'responses', '200', 'content', 'application/json'], [[[...GET, 'responses', '200', 'content', 'application/json', 'example'], undefined]]],
    ['examples: shared error example without correlation id', 'codegen-response-examples', ['components', 'examples', 'Conflict', 'value'], [[['components', 'examples', 'Conflict', 'value', 'correlation_id'], '']]],
    ['credentials: API key in the query string', 'codegen-no-query-credentials', ['components', 'securitySchemes', 'apiKey', 'in'], [[['components', 'securitySchemes', 'apiKey'], { type: 'apiKey', in: 'query', name: 'k' }], [['security'], [{ bearerAuth: [] }, { apiKey: [] }]]]],
    ['credentials: server URL with user info', 'codegen-no-query-credentials', ['servers', '0', 'url'], [[['servers', 0, 'url'], 'https://ada:pw@api.example.test']]],
    ['credentials: cookie parameter named like a token', 'codegen-no-query-credentials', [...WHOAMI, 'parameters', '0'], [[[...WHOAMI, 'parameters'], [{ name: 'session_token', in: 'cookie', schema: { type: 'string' } }]]]],
    ['extensions: unknown x-codegen-* key', 'codegen-extension-schema', [...GET, 'x-codegen-retries'], [[[...GET, 'x-codegen-retries'], 3]]],
    ['extensions: operation extension at the root', 'codegen-extension-schema', ['x-codegen-cli'], [[['x-codegen-cli'], { command: 'jobs all' }]]],
    ['waiters: on a mutation', 'codegen-waiters', [...DELETE, 'x-codegen-waiters'], [[[...DELETE, 'x-codegen-waiters'], { gone: { field: 'state', success: ['done'] } }]]],
    ['waiters: watched field missing', 'codegen-waiters', [...GET, 'x-codegen-waiters', 'done', 'field'], [[[...GET, 'x-codegen-waiters', 'done', 'field'], 'status']]],
    ['waiters: success value outside the enum', 'codegen-waiters', [...GET, 'x-codegen-waiters', 'done', 'success', '0'], [[[...GET, 'x-codegen-waiters', 'done', 'success'], ['finished']]]],
    ['wait: unknown operation', 'codegen-waiters', [...CREATE, 'x-codegen-wait', 'operationId'], [[[...CREATE, 'x-codegen-wait', 'operationId'], 'fetchJob']]],
    ['wait: required path parameter not supplied', 'codegen-waiters', [...CREATE, 'x-codegen-wait', 'parameters'], [[[...CREATE, 'x-codegen-wait', 'parameters'], {}]]],
    ['wait: response field missing', 'codegen-waiters', [...CREATE, 'x-codegen-wait', 'parameters', 'job_id'], [[[...CREATE, 'x-codegen-wait', 'parameters', 'job_id'], '$response.body#/job_id']]],
    ['security: no global requirement', 'codegen-security', [], [[['security'], undefined]]],
    ['auth: token field missing from a token response', 'codegen-auth-operations', ['x-codegen-auth', 'operations', 'refresh'], [[['x-codegen-auth', 'tokenFields', 'expiresIn'], 'expires']]],
    ['mcp: a tool result with a secret-looking field', 'codegen-mcp-credentials', GET, [[['components', 'schemas', 'Job', 'properties', 'webhook_secret'], { type: 'string' }]]],
  ])('%s', async (_title, code, at, edits) => {
    const results = await lintText(stringify(edited(good, edits)), fixture('good.yaml'));
    expect(codes(results.filter((r) => r.severity === 0))).toEqual([code]);
    expect(paths(results)).toContainEqual(at);
  });

  it('a tool result with a secret-looking field passes once every tool returning it says liveCredential', async () => {
    const secret: Edit = [['components', 'schemas', 'Job', 'properties', 'webhook_secret'], { type: 'string' }];
    const results = await lintText(stringify(edited(good, [secret, [[...GET, 'x-codegen-mcp'], { liveCredential: true }], [[...CREATE, 'x-codegen-mcp'], { liveCredential: false }]])), fixture('good.yaml'));
    expect(results.map(located)).toEqual([]);
  });

  it('an invalid extension value is reported by codegen-extension-schema alone', async () => {
    const results = await lintText(stringify(edited(good, [[[...LIST, 'x-codegen-pagination', 'maxPageSize'], undefined], [[...CREATE, 'x-codegen-wait', 'parameters'], undefined]])), fixture('good.yaml'));
    expect(codes(results)).toEqual(['codegen-extension-schema']);
  });

  it('reports the Ajv path and message of an invalid extension value', async () => {
    const results = await lintText(stringify(edited(good, [[[...CREATE, 'x-codegen-idempotency', 'keyLifetimeSeconds'], undefined]])), fixture('good.yaml'));
    expect(results.map((r) => r.message)).toEqual([
      "POST /jobs (createJob): x-codegen-idempotency / must have required property 'keyLifetimeSeconds'",
    ]);
  });
});

describe('device login roles (x-codegen-auth deviceAuthorize / deviceToken), on edits of keycloak.yaml', () => {
  let keycloak: unknown;
  beforeAll(async () => {
    keycloak = parse(await fs.promises.readFile(path.join(openapiDir, 'keycloak.yaml'), 'utf8'));
  });
  const AUTH = ['x-codegen-auth', 'operations'];
  const schemas = ['components', 'schemas'];

  it.each<[string, string, (string | number)[], Edit[]]>([
    ['the authorization response lacks user_code', 'codegen-auth-operations', [...AUTH, 'deviceAuthorize'], [[[...schemas, 'KeycloakDeviceAuthorization', 'properties', 'user_code'], undefined]]],
    ['the token request does not take the device_code grant', 'codegen-auth-operations', [...AUTH, 'deviceToken'], [[[...schemas, 'KeycloakTokenRequest', 'properties', 'grant_type', 'enum'], ['password', 'refresh_token']], [['paths', '/realms/{realm}/protocol/openid-connect/token', 'post', 'requestBody', 'content', 'application/x-www-form-urlencoded', 'examples', 'device_code_grant'], undefined]]],
    ['the token request has no device_code field', 'codegen-auth-operations', [...AUTH, 'deviceToken'], [[[...schemas, 'KeycloakTokenRequest', 'properties', 'device_code'], undefined]]],
    ['one role without the other', 'codegen-extension-schema', AUTH, [[[...AUTH, 'deviceToken'], undefined]]],
  ])('%s', async (_title, code, at, edits) => {
    const results = await lintText(stringify(edited(keycloak, edits)), path.join(openapiDir, 'keycloak.yaml'));
    expect(codes(results.filter((r) => r.severity === 0))).toEqual([code]);
    expect(paths(results)).toContainEqual(at);
  });
});

describe('spectral CLI', () => {
  it('loads the ESM functions and prints file:line results (the lint:contract invocation)', async () => {
    const cli = path.join(repoRoot, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
    const args = ['lint', 'openapi/lint/fixtures/good.yaml', 'openapi/lint/fixtures/bad-idempotency.yaml', '--ruleset', 'openapi/spectral.yaml', '--fail-severity', 'error'];
    const outcome = await promisify(execFile)(process.execPath, [cli, ...args], { cwd: repoRoot }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(outcome.code).toBe(1);
    expect(outcome.stdout).toContain(path.join(repoRoot, 'openapi/lint/fixtures/bad-idempotency.yaml'));
    expect(outcome.stdout).toMatch(/ 9:10 +error +codegen-idempotency +POST \/things \(createThing\) declares no x-codegen-idempotency/);
    expect(outcome.stdout).not.toContain('good.yaml');
  });
});

describe('real contracts', () => {
  it.each(['gpuaas.yaml', 'keycloak.yaml'])('openapi/%s has no lint errors', async (name) => {
    const results = await lintFile(path.join(openapiDir, name));
    expect(results.filter((r) => r.severity === 0).map(located)).toEqual([]);
  });
});
