/**
 * Hostile contracts for the generator, mutated from its fixtures: a catalogue of named mutations (the
 * cases issue 12 found, each reproducible by name) and a seeded stream of random ones drawn from the same
 * categories. Every mutation is a folder's worth of files: the contract at `spec/api.(yaml|json)`, and
 * any file it refers to, inside or (to test confinement) outside that folder.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../../..');
type Obj = Record<string, any>;

export interface Mutation {
  name: string;
  category: string;
  /** Files relative to the mutation's folder; the contract is `spec` among them. */
  files: Record<string, string | Uint8Array>;
  /** Symbolic links to create (relative path -> target), for confinement through a link. */
  links?: Record<string, string>;
  /** Environment of the run (`CODEGEN_CACHE: 'off'`: hey-api runs even when a previous run cached its result). */
  env?: Record<string, string>;
  spec: string;
}

export const FIXTURES = ['mini', 'generality', 'hostile'].map((name) => ({
  name,
  document: parse(readFileSync(path.join(ROOT, `generator/fixtures/${name}.yaml`), 'utf8')) as Obj,
}));
export const MINI = FIXTURES[0]!.document;

/** A deterministic generator (mulberry32): the same seed always draws the same mutations. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
type Rng = () => number;
const pick = <T>(r: Rng, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;

/**
 * Strings that break a target when they reach it unescaped. Those that could run carry `__pwned`: the
 * safety check looks for it outside strings and comments of the emitted code.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  `it's "quoted"`,
  'tick`${globalThis.__pwned = 1}`tock',
  '*/ globalThis.__pwned = 2; /*',
  'line one\nline two',
  'carriage\r\nreturn',
  '获取任务',
  'ジョブ✓naïve',
  'emoji😀op',
  'sep\u2028ara\u2029tor',
  'zero\u200bwidth\u202eltr',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'then',
  'delete',
  'class',
  'await',
  '123',
  '0x1F',
  '',
  ' ',
  '-',
  '$',
  '_',
  '--help',
  'null',
  'undefined',
  'NaN',
  '</script><script>globalThis.__pwned = 3</script>',
  '<!-- --> -->',
  '"""; import os; __pwned = 4; """',
  "'''",
  'back\\slash\\',
  '\\u0000\\n',
  'nul\u0000byte',
  'esc\u001b[31mred\u001b]0;title\u0007',
  '{{x}} {{{y}}} ${z} #{w} %s%n',
  '../../etc/passwd',
  'a/b.c-d e',
  '\u00a0nbsp',
  'x'.repeat(3000),
  'Ünïcödé-Ωμέγα-שלום',
];

const clone = <T>(value: T): T => structuredClone(value);
const operations = (doc: Obj): { path: string; method: string; op: Obj }[] =>
  Object.entries((doc.paths ?? {}) as Obj).flatMap(([p, item]) =>
    ['get', 'put', 'post', 'delete', 'patch'].filter((m) => item && typeof item[m] === 'object').map((method) => ({ path: p, method, op: item[method] as Obj })),
  );
/** Sets a property whatever its name (`__proto__` included). */
const put = (target: Obj, key: string, value: unknown): void => void Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
const escapePointer = (s: string): string => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'));

/** One mutation step on a parsed document; `s` is the hostile string, where the step takes one. */
type Step = (doc: Obj, r: Rng, s: string) => void;

export const SITES: Record<string, Step> = {
  operationId: (doc, r, s) => {
    const { op } = pick(r, operations(doc));
    // A waiter link names the id it waits on: keep it pointing at the renamed operation.
    for (const other of operations(doc)) if (other.op['x-codegen-wait']?.operationId === op.operationId) other.op['x-codegen-wait'].operationId = s;
    for (const [role, id] of Object.entries(doc['x-codegen-auth']?.operations ?? {})) if (id === op.operationId) doc['x-codegen-auth'].operations[role] = s;
    op.operationId = s;
  },
  queryParameter: (doc, r, s) => {
    const { op } = pick(r, operations(doc));
    (op.parameters ??= []).push({ name: s, in: 'query', description: s, schema: { type: 'string' } });
  },
  headerParameter: (doc, r, s) => {
    const { op } = pick(r, operations(doc));
    (op.parameters ??= []).push({ name: s, in: 'header', schema: { type: 'string', enum: [s] } });
  },
  pathParameter: (doc, r, s) => {
    const name = s.replace(/[{}/]/g, '') || 'p';
    doc.paths[`/things/{${name}}`] = { get: { operationId: `thing${Math.floor(r() * 1e6)}`, parameters: [{ name, in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: s } } } };
  },
  propertyName: (doc, r, s) => {
    const schemas = doc.components?.schemas ?? {};
    const name = pick(r, Object.keys(schemas).filter((n) => schemas[n]?.type === 'object').concat(Object.keys(schemas)).slice(0, 8));
    const schema = schemas[name] ?? {};
    put((schema.properties ??= {}), s, { type: 'string', description: s });
    (schema.required ??= []).push(s);
  },
  schemaName: (doc, r, s) => {
    put((doc.components.schemas ??= {}), s, { type: 'object', description: s, properties: { [s]: { type: 'string' } } });
    const { op } = pick(r, operations(doc));
    op.responses = { ...op.responses, '299': { description: 'hostile', content: { 'application/json': { schema: { $ref: `#/components/schemas/${escapePointer(s)}` } } } } };
  },
  description: (doc, r, s) => {
    const { op } = pick(r, operations(doc));
    op.description = s;
    op.summary = s;
    doc.info.description = s;
  },
  title: (doc, _r, s) => {
    doc.info.title = s;
    doc.info.version = s;
  },
  tag: (doc, r, s) => {
    pick(r, operations(doc)).op.tags = [s];
    doc.tags = [{ name: s, description: s }];
  },
  enumValue: (doc, r, s) => {
    const { op } = pick(r, operations(doc));
    (op.parameters ??= []).push({ name: 'hostile_enum', in: 'query', schema: { type: 'string', enum: [s, `${s}2`, 'plain'], default: s } });
  },
  example: (doc, r, s) => {
    const { op } = pick(r, operations(doc));
    for (const response of Object.values((op.responses ?? {}) as Obj)) {
      for (const media of Object.values((response?.content ?? {}) as Obj)) media.example = { [s]: s, id: s };
    }
  },
  serverUrl: (doc, _r, s) => {
    doc.servers = [{ url: `http://127.0.0.1:4010/${s}`, description: s }];
  },
  securityScheme: (doc, _r, s) => {
    doc.components.securitySchemes = { [s]: { type: 'apiKey', in: 'header', name: s || 'X-Key', description: s } };
    doc.security = [{ [s]: [] }];
    for (const { op } of operations(doc)) if (op.security?.length) op.security = [{ [s]: [] }];
  },
  cliCommand: (doc, r, s) => {
    const { op } = pick(r, operations(doc));
    op['x-codegen-cli'] = { ...op['x-codegen-cli'], command: `jobs ${s}` };
  },
  waiterName: (doc, _r, s) => {
    for (const { op } of operations(doc)) {
      if (op['x-codegen-waiters']?.done) {
        op['x-codegen-waiters'] = { [s]: op['x-codegen-waiters'].done };
      }
      if (op['x-codegen-wait']) op['x-codegen-wait'].waiter = s;
    }
  },
  responseHeader: (doc, r, s) => {
    const { op } = pick(r, operations(doc));
    const ok = Object.values((op.responses ?? {}) as Obj)[0];
    if (ok && typeof ok === 'object' && !ok.$ref) put((ok.headers ??= {}), s, { description: s, schema: { type: 'string' } });
  },
  mediaType: (doc, r, s) => {
    const { op } = pick(r, operations(doc));
    op.requestBody = { content: { [`application/${s}`]: { schema: { type: 'object', properties: { a: { type: 'string' } } } } } };
  },
};

/** An object, array, allOf, … nested `depth` deep. */
function nested(kind: string, depth: number): Obj {
  let schema: Obj = { type: 'string' };
  for (let i = 0; i < depth; i++) {
    schema =
      kind === 'array' ? { type: 'array', items: schema }
      : kind === 'allOf' ? { allOf: [schema, { type: 'object' }] }
      : kind === 'oneOf' ? { oneOf: [schema, { type: 'integer' }] }
      : kind === 'additionalProperties' ? { type: 'object', additionalProperties: schema }
      : kind === 'not' ? { not: schema }
      : { type: 'object', properties: { [`level${i}`]: schema } };
  }
  return schema;
}

const withResponse = (doc: Obj, schema: Obj): void => {
  doc.paths['/hostile'] = { get: { operationId: 'getHostile', responses: { '200': { description: 'ok', content: { 'application/json': { schema } } } } } };
};
const withSchemas = (doc: Obj, schemas: Obj, use = Object.keys(schemas)[0]!): void => {
  Object.assign(doc.components.schemas, schemas);
  withResponse(doc, { $ref: `#/components/schemas/${use}` });
};

/** Mutations of the document's structure, each of a category the issue names. */
const STRUCTURAL: Record<string, { category: string; step: (doc: Obj, r: Rng) => void }> = {
  'allOf-cycle': { category: 'cyclic-ref', step: (doc) => withSchemas(doc, { CycA: { allOf: [{ $ref: '#/components/schemas/CycB' }, { type: 'object', properties: { a: { type: 'string' } } }] }, CycB: { allOf: [{ $ref: '#/components/schemas/CycA' }] } }) },
  'self-ref': { category: 'cyclic-ref', step: (doc) => withSchemas(doc, { Self: { $ref: '#/components/schemas/Self' } }) },
  'ref-alias-cycle': { category: 'cyclic-ref', step: (doc) => withSchemas(doc, { AliasA: { $ref: '#/components/schemas/AliasB' }, AliasB: { $ref: '#/components/schemas/AliasA' } }) },
  'ref-alias-cycle-3': { category: 'cyclic-ref', step: (doc) => withSchemas(doc, { R1: { $ref: '#/components/schemas/R2' }, R2: { $ref: '#/components/schemas/R3' }, R3: { $ref: '#/components/schemas/R1' } }) },
  'recursive-tree': { category: 'cyclic-ref', step: (doc) => withSchemas(doc, { Tree: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/components/schemas/Tree' } }, parent: { $ref: '#/components/schemas/Tree' } } } }) },
  'oneOf-self': { category: 'cyclic-ref', step: (doc) => withSchemas(doc, { Expr: { oneOf: [{ type: 'string' }, { $ref: '#/components/schemas/Expr' }] } }) },
  'parameter-ref-cycle': { category: 'cyclic-ref', step: (doc) => { doc.components.parameters.Loop = { $ref: '#/components/parameters/Loop' }; operations(doc)[1]!.op.parameters.push({ $ref: '#/components/parameters/Loop' }); } },
  'response-ref-cycle': { category: 'cyclic-ref', step: (doc) => { doc.components.responses.LoopA = { $ref: '#/components/responses/LoopB' }; doc.components.responses.LoopB = { $ref: '#/components/responses/LoopA' }; operations(doc)[1]!.op.responses['500'] = { $ref: '#/components/responses/LoopA' }; } },
  'request-body-self-ref': { category: 'cyclic-ref', step: (doc) => { (doc.components.requestBodies ??= {}).Body = { $ref: '#/components/requestBodies/Body' }; operations(doc)[2]!.op.requestBody = { $ref: '#/components/requestBodies/Body' }; } },
  'ref-into-paths': { category: 'cyclic-ref', step: (doc) => withResponse(doc, { $ref: '#/paths/~1hostile/get/responses/200/content/application~1json/schema' }) },
  'nest-object-200': { category: 'deep-nesting', step: (doc) => withResponse(doc, nested('object', 200)) },
  'nest-array-200': { category: 'deep-nesting', step: (doc) => withResponse(doc, nested('array', 200)) },
  'nest-allOf-200': { category: 'deep-nesting', step: (doc) => withResponse(doc, nested('allOf', 200)) },
  'nest-oneOf-60': { category: 'deep-nesting', step: (doc) => withResponse(doc, nested('oneOf', 60)) },
  'nest-additionalProperties-200': { category: 'deep-nesting', step: (doc) => withResponse(doc, nested('additionalProperties', 200)) },
  'nest-not-200': { category: 'deep-nesting', step: (doc) => withResponse(doc, nested('not', 200)) },
  'nest-object-2000': { category: 'deep-nesting', step: (doc) => withResponse(doc, nested('object', 2000)) },
  'nest-array-2000': { category: 'deep-nesting', step: (doc) => withResponse(doc, nested('array', 2000)) },
  'nest-request-body-200': { category: 'deep-nesting', step: (doc) => { operations(doc)[2]!.op.requestBody = { content: { 'application/json': { schema: nested('object', 200) } } }; } },
  'nest-ref-chain-300': { category: 'deep-nesting', step: (doc) => { const schemas: Obj = {}; for (let i = 0; i < 300; i++) schemas[`Chain${i}`] = i === 299 ? { type: 'string' } : { type: 'object', properties: { next: { $ref: `#/components/schemas/Chain${i + 1}` } } }; withSchemas(doc, schemas, 'Chain0'); } },
  'nest-example-2000': { category: 'deep-nesting', step: (doc) => { let v: unknown = 'x'; for (let i = 0; i < 2000; i++) v = [v]; operations(doc)[0]!.op.requestBody.content['application/json'].example = v; } },
  'duplicate-templated-paths': { category: 'odd-paths', step: (doc) => { doc.paths['/jobs/{id}'] = { get: { operationId: 'getJobById', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } }; } },
  // GitHub's shape: one path's methods split across two template spellings; routes one way each.
  'templated-paths-distinct-methods': { category: 'odd-paths', step: (doc) => { doc.paths['/jobs/{id}'] = { patch: { operationId: 'patchJobById', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { '204': { description: 'patched' } } } }; } },
  'path-param-twice': { category: 'odd-paths', step: (doc) => { doc.paths['/pairs/{a}/{a}'] = { get: { operationId: 'getPair', parameters: [{ name: 'a', in: 'path', required: true, schema: { type: 'string' } }], responses: { '200': { description: 'ok' } } } }; } },
  'path-params-adjacent': { category: 'odd-paths', step: (doc) => { doc.paths['/x/{a}{b}.{c}'] = { get: { operationId: 'getAdjacent', responses: { '200': { description: 'ok' } } } }; } },
  'path-empty-template': { category: 'odd-paths', step: (doc) => { doc.paths['/x/{}'] = { get: { responses: { '200': { description: 'ok' } } } }; } },
  'path-root-and-query': { category: 'odd-paths', step: (doc) => { doc.paths['/'] = { get: { responses: { '200': { description: 'ok' } } } }; doc.paths['/q?x=1#f'] = { post: { responses: { '200': { description: 'ok' } } } }; } },
  'path-param-undeclared-in-template': { category: 'odd-paths', step: (doc) => { operations(doc)[1]!.op.parameters.push({ name: 'ghost', in: 'path', required: true, schema: { type: 'string' } }); } },
  'same-id-everywhere': { category: 'odd-names', step: (doc) => { for (const { op } of operations(doc)) op.operationId = 'same'; } },
  'ids-colliding-after-naming': { category: 'odd-names', step: (doc) => { const ids = ['get-job', 'get_job', 'getJob', 'GetJob', 'GET JOB']; operations(doc).forEach(({ op }, i) => (op.operationId = ids[i % ids.length])); } },
  'properties-colliding-after-naming': { category: 'odd-names', step: (doc) => { doc.components.schemas.Job.properties = { 'a-b': { type: 'string' }, a_b: { type: 'integer' }, aB: { type: 'boolean' }, 'A B': { type: 'string' } }; doc.components.schemas.Job.required = ['a-b']; } },
  'enum-mixed-types': { category: 'wrong-types', step: (doc) => { doc.components.schemas.JobState = { enum: [1, 'a', null, true, 2.5, 'a', ''] }; } },
  'enum-collide-after-naming': { category: 'odd-names', step: (doc) => { doc.components.schemas.JobState = { type: 'string', enum: ['a-b', 'a_b', 'A B', 'aB', '1', '-1', ''] }; } },
  'huge-enum': { category: 'huge', step: (doc) => { doc.components.schemas.JobState = { type: 'string', enum: Array.from({ length: 3000 }, (_, i) => `value_${i}`) }; } },
  'many-properties': { category: 'huge', step: (doc) => { doc.components.schemas.Job.properties = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`field_${i}`, { type: i % 2 ? 'string' : 'integer' }])); doc.components.schemas.Job.required = []; } },
  'huge-description': { category: 'huge', step: (doc) => { doc.info.description = 'lorem ipsum */ '.repeat(20000); } },
  'huge-operation-id': { category: 'huge', step: (doc) => { SITES.operationId!(doc, rng(1), 'veryLongName'.repeat(2000)); } },
  'no-operation-ids': { category: 'missing-fields', step: (doc) => { for (const { op } of operations(doc)) delete op.operationId; } },
};

/** Fields whose removal or replacement by a wrong type the generator must refuse, or survive. */
const FIELD_PATHS = [
  'openapi', 'info', 'info.title', 'info.version', 'paths', 'components', 'components.schemas', 'components.schemas.Job', 'components.schemas.Job.properties',
  'components.schemas.Job.required', 'components.schemas.Job.type', 'components.schemas.JobState.enum', 'components.parameters.ProjectId.name', 'components.parameters.ProjectId.in',
  'components.parameters.ProjectId.schema', 'components.responses.Unauthorized.description', 'components.responses.Unauthorized.content', 'servers', 'servers.0.url', 'security',
  'paths./jobs', 'paths./jobs.get', 'paths./jobs.get.responses', 'paths./jobs.get.parameters', 'paths./jobs.get.parameters.1.name', 'paths./jobs.get.parameters.1.schema',
  'paths./jobs.post.requestBody', 'paths./jobs.post.requestBody.content', 'paths./jobs.post.requestBody.content.application/json.schema', 'paths./jobs/{job_id}.parameters',
  'paths./jobs.get.x-codegen-pagination', 'paths./jobs.get.x-codegen-pagination.itemsField', 'paths./jobs.get.x-codegen-cli', 'paths./jobs.get.x-codegen-cli.columns',
  'paths./jobs/{job_id}.get.x-codegen-waiters', 'paths./jobs.post.x-codegen-wait', 'paths./jobs.post.x-codegen-idempotency', 'x-codegen-errors', 'x-codegen-errors.schema',
  'x-codegen-project', 'x-codegen-auth', 'x-codegen-auth.tokenFields', 'paths./jobs.get.tags', 'paths./jobs.get.operationId',
];
const WRONG_VALUES: readonly unknown[] = [null, 42, -1, 1.5, true, 'a string', '', [], [1, 'two'], {}, { $ref: '#/nowhere' }, { type: 'strng' }];

function at(doc: Obj, dotted: string): { parent: Obj; key: string } | undefined {
  // Path keys contain dots and slashes: walk greedily, longest existing key first.
  const parts = dotted.split('.');
  let node: any = doc;
  let i = 0;
  while (i < parts.length - 1) {
    let j = parts.length - 1;
    while (j > i && !(node && typeof node === 'object' && parts.slice(i, j).join('.') in node)) j--;
    if (j === i) return undefined;
    node = node[parts.slice(i, j).join('.')];
    i = j;
  }
  return node && typeof node === 'object' ? { parent: node, key: parts.slice(i).join('.') } : undefined;
}

/** The document as YAML or JSON; JSON when it is too deep for the YAML writer. */
function written(doc: Obj, json: boolean): { spec: string; text: string } {
  if (!json) {
    try {
      return { spec: 'spec/api.yaml', text: stringify(doc, { aliasDuplicateObjects: false, lineWidth: 0 }) };
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return { spec: 'spec/api.json', text: JSON.stringify(doc, null, 1) };
}

export function documentMutation(name: string, category: string, base: Obj, step: (doc: Obj) => void, json = false): Mutation {
  const doc = clone(base);
  step(doc);
  const { spec, text } = written(doc, json);
  return { name, category, spec, files: { [spec]: text } };
}

const yamlOf = (doc: Obj): string => written(doc, false).text;

/** Mutations written as text: what a parsed document cannot hold (aliases, references to files). */
function textMutations(): Mutation[] {
  const mini = yamlOf(MINI);
  const spec = 'spec/api.yaml';
  const tokens = /\$ref: "?#\/components\/schemas\/Tokens"?/;
  if (!tokens.test(mini)) throw new Error('the mini fixture no longer refers to Tokens: update textMutations');
  const refTo = (ref: string) => mini.replace(tokens, `$ref: ${JSON.stringify(ref)}`);
  const laughs = ['lol: &l0 "lol"', ...Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`)].join('\n');
  const ref = (name: string, target: string, extra: Record<string, string> = {}, links?: Record<string, string>): Mutation => ({ name, category: 'ref-confinement', spec, files: { [spec]: refTo(target), ...extra }, ...(links ? { links } : {}) });
  return [
    { name: 'yaml-alias-bomb', category: 'alias-bomb', spec, files: { [spec]: `${mini}x-bomb:\n${laughs.replace(/^/gm, '  ')}\n` } },
    { name: 'yaml-aliases-modest', category: 'alias-bomb', spec, files: { [spec]: mini.replace(/^components:\n {2}securitySchemes:/m, 'components:\n  x-shared: &shared { type: string }\n  x-again: *shared\n  securitySchemes:') } },
    { name: 'yaml-deep-flow-10000', category: 'deep-nesting', spec, files: { [spec]: `${mini}x-deep: ${'['.repeat(10000)}${']'.repeat(10000)}\n` } },
    { name: 'yaml-duplicate-keys', category: 'wrong-types', spec, files: { [spec]: mini.replace(/^info:/m, 'info:\n  title: first\ninfo:') } },
    { name: 'yaml-tags', category: 'wrong-types', spec, files: { [spec]: mini.replace(/title: .*/, 'title: !!js/function "function () { globalThis.__pwned = 9 }"') } },
    { name: 'not-utf8', category: 'wrong-types', spec, files: { [spec]: Buffer.concat([Buffer.from(mini.replace('Mini jobs API', 'Mini jobs API ')), Buffer.from([0xff, 0xfe, 0x0a])]) } },
    { name: 'empty-file', category: 'missing-fields', spec, files: { [spec]: '' } },
    // The project's own hey-api config is not the generator's to run: it would leave `pwned-by-config` behind.
    { name: 'project-openapi-ts-config', category: 'injection', spec, files: { [spec]: mini, 'openapi-ts.config.mjs': "import { writeFileSync } from 'node:fs';\nwriteFileSync('pwned-by-config', '');\nexport default { plugins: ['@hey-api/sdk'] };\n", '.openapi-tsrc': '{ "output": "hijacked" }\n' }, env: { CODEGEN_CACHE: 'off' } },
    { name: 'top-level-list', category: 'wrong-types', spec, files: { [spec]: '- openapi: 3.1.0\n' } },
    { name: 'json-trailing-garbage', category: 'wrong-types', spec: 'spec/api.json', files: { 'spec/api.json': `${JSON.stringify(MINI)} }}` } },
    ref('ref-etc-passwd', '/etc/passwd'),
    ref('ref-file-url-etc-passwd', 'file:///etc/passwd'),
    ref('ref-dotdot-escape', '../../../../../../etc/passwd'),
    ref('ref-sibling-outside', '../outside.yaml', { 'outside.yaml': 'type: object\ndescription: outside the contract folder\n' }),
    ref('ref-http', 'http://127.0.0.1:9/schema.yaml'),
    ref('ref-https', 'https://example.com/schema.yaml#/Tokens'),
    ref('ref-missing-file', './missing.yaml'),
    ref('ref-directory', './sub/'),
    ref('ref-symlink-escape', './linked.yaml', {}, { 'spec/linked.yaml': '/etc/passwd' }),
    ref('ref-inside-ok', './schemas/tokens.yaml', { 'spec/schemas/tokens.yaml': 'type: object\nrequired: [access_token]\nproperties:\n  access_token: { type: string }\n' }),
    ref('ref-inside-then-escape', './schemas/tokens.yaml', { 'spec/schemas/tokens.yaml': 'type: object\nproperties:\n  leak: { $ref: "../../outside.yaml" }\n', 'outside.yaml': 'type: string\n' }),
    ref('ref-percent-encoded-escape', '%2E%2E/outside.yaml', { 'outside.yaml': 'type: string\n' }),
  ];
}

/** The named mutations: every case of issue 12 and one of each category, in a fixed order. */
export function namedMutations(): Mutation[] {
  // First: the type check reads the runtime files of every output from this one (harness.ts).
  const named: Mutation[] = FIXTURES.map(({ name, document }) => documentMutation(name === 'mini' ? 'unchanged' : `unchanged-${name}`, 'unchanged', document, () => undefined));
  const idCases: [string, string][] = [
    ['quote', `it's "quoted"`], ['backtick-template', 'tick`${globalThis.__pwned = 1}`tock'], ['comment-end', '*/ globalThis.__pwned = 2; /*'], ['newline', 'line one\nline two'],
    ['non-ascii', '获取任务'], ['proto', '__proto__'], ['at-sign', 'a@b'], ['mixed-separators', 'a-b.c'], ['slash-and-dash', 'repos/list-for-org'],
  ];
  for (const [label, value] of idCases) named.push(documentMutation(`operationId-${label}`, 'injection', MINI, (doc) => SITES.operationId!(doc, () => 0.5, value)));
  // deleteJob renamed so that its types would be listJobs': the second is a duplicate, named from its method and path.
  named.push(documentMutation('operationId-type-name-collision', 'odd-names', MINI, (doc) => SITES.operationId!(doc, () => 0.9, 'list-jobs')));
  named.push(documentMutation('query-parameter-proto', 'odd-names', MINI, (doc) => SITES.queryParameter!(doc, () => 0.3, '__proto__')));
  named.push(documentMutation('header-parameter-constructor', 'odd-names', MINI, (doc) => SITES.headerParameter!(doc, () => 0.4, 'constructor')));
  named.push(documentMutation('schema-name-line-break', 'odd-names', MINI, (doc) => SITES.schemaName!(doc, () => 0.4, 'carriage\r\nreturn')));
  for (const [name, { category, step }] of Object.entries(STRUCTURAL)) named.push(documentMutation(name, category, MINI, (doc) => step(doc, rng(7))));
  named.push(...textMutations());
  return named;
}

/** A random mutation: a fixture, one to three steps of any category. */
export function randomMutation(r: Rng, index: number): Mutation {
  const base = r() < 0.7 ? MINI : pick(r, FIXTURES).document;
  const steps: string[] = [];
  const doc = clone(base);
  const count = 1 + Math.floor(r() * r() * 3);
  let category = '';
  for (let n = 0; n < count; n++) {
    const roll = r();
    if (roll < 0.55) {
      const site = pick(r, Object.keys(SITES));
      const value = pick(r, HOSTILE_STRINGS);
      steps.push(`${site}=${JSON.stringify(value.length > 24 ? `${value.slice(0, 20)}…(${value.length})` : value)}`);
      category ||= 'injection';
      try {
        SITES[site]!(doc, r, value);
      } catch {
        steps.push('(not applicable)');
      }
    } else if (roll < 0.85 || base !== MINI) {
      const field = pick(r, FIELD_PATHS);
      const place = at(doc, field);
      if (!place) continue;
      if (r() < 0.35) {
        steps.push(`delete ${field}`);
        category ||= 'missing-fields';
        delete place.parent[place.key];
      } else {
        const value = clone(pick(r, WRONG_VALUES));
        steps.push(`${field}=${JSON.stringify(value)}`);
        category ||= 'wrong-types';
        place.parent[place.key] = value;
      }
    } else {
      const name = pick(r, Object.keys(STRUCTURAL));
      steps.push(name);
      category ||= STRUCTURAL[name]!.category;
      STRUCTURAL[name]!.step(doc, r);
    }
  }
  const { spec, text } = written(doc, r() < 0.3);
  return { name: `random-${index}: ${base === MINI ? 'mini' : FIXTURES.find((f) => f.document === base)!.name} ${steps.join(', ') || '(unchanged)'}`, category: category || 'unchanged', spec, files: { [spec]: text } };
}

/** The fixed suite: every named mutation, then random ones until `count`. */
export function mutations(seed: number, count: number): Mutation[] {
  const all = namedMutations();
  const r = rng(seed);
  for (let i = 0; all.length < count; i++) all.push(randomMutation(r, i));
  return all;
}
