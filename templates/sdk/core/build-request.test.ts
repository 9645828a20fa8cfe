import { describe, expect, it } from 'vitest';
import { buildUrl, encodeBody } from './build-request.js';
import { ConfigurationError } from './errors.js';
import type { OperationSpec } from './operation.js';

const op: OperationSpec = {
  id: 'getThing',
  method: 'GET',
  path: '/v1/orgs/{org_id}/things/{thing_id}',
  pathParams: ['org_id', 'thing_id'],
  query: [],
  headers: [],
  auth: true,
  retrySafe: true,
};
const path = { org_id: 'o', thing_id: 't' };

describe('buildUrl', () => {
  it.each([
    ['https://api.example.com', 'https://api.example.com/v1/orgs/o/things/t'],
    ['https://api.example.com/', 'https://api.example.com/v1/orgs/o/things/t'],
    ['https://api.example.com//', 'https://api.example.com/v1/orgs/o/things/t'],
    ['https://gw.example.com/prefix/', 'https://gw.example.com/prefix/v1/orgs/o/things/t'],
  ])('joins base %s', (base, expected) => {
    expect(buildUrl(base, op, { path })).toBe(expected);
  });

  it.each([
    ['slash and space', 'a/b c', 'a%2Fb%20c'],
    ['query characters', '?x=1&y#z', '%3Fx%3D1%26y%23z'],
    ['unicode', 'größe', 'gr%C3%B6%C3%9Fe'],
    ['dots inside a value', 'v1..2', 'v1..2'],
    ['number', 42, '42'],
  ])('encodes path parameter: %s', (_case, value, encoded) => {
    expect(buildUrl('https://h', op, { path: { org_id: value, thing_id: 't' } })).toBe(
      `https://h/v1/orgs/${encoded}/things/t`,
    );
  });

  it.each([
    ['missing', { org_id: 'o' }],
    ['empty', { org_id: 'o', thing_id: '' }],
    ['dot segment', { org_id: 'o', thing_id: '.' }],
    ['dot-dot segment', { org_id: 'o', thing_id: '..' }],
  ])('refuses a %s path parameter, which would address another resource', (_case, params) => {
    expect(() => buildUrl('https://h', op, { path: params })).toThrow(ConfigurationError);
    expect(() => buildUrl('https://h', op, { path: params })).toThrow(/thing_id/);
  });

  it.each([
    ['undefined and null skipped', { a: undefined, b: null, c: 'x' }, 'c=x'],
    ['arrays repeat the name', { tag: ['a', 'b'] }, 'tag=a&tag=b'],
    ['empty array sends nothing', { tag: [] }, ''],
    [
      'booleans and numbers stringified',
      { all: true, dry: false, limit: 50, ratio: 0.5 },
      'all=true&dry=false&limit=50&ratio=0.5',
    ],
    ['reserved characters encoded', { q: 'a b&c=d/é' }, 'q=a+b%26c%3Dd%2F%C3%A9'],
    ['empty string kept', { q: '' }, 'q='],
    ['dates as ISO 8601', { since: new Date('2030-01-02T03:04:05Z') }, 'since=2030-01-02T03%3A04%3A05.000Z'],
  ])('query: %s', (_case, query, expected) => {
    const url = new URL(buildUrl('https://h', op, { path, query }));
    expect(url.search.slice(1)).toBe(expected);
  });

  it('refuses nested objects in the query rather than guessing a style', () => {
    expect(() => buildUrl('https://h', op, { path, query: { filter: { a: 1 } } })).toThrow(ConfigurationError);
  });
});

describe('buildUrl with a next-page URL', () => {
  it.each([
    ['same host and base path', 'https://api.example.com/v1', 'https://api.example.com/v1/things?page=2', true],
    ['another host', 'https://api.example.com', 'https://evil.example.net/things?page=2', false],
    ['outside the base path', 'https://api.example.com/v1', 'https://api.example.com/admin', false],
    ['not a URL', 'https://api.example.com', 'page=2', false],
  ])('%s', (_case, base, url, allowed) => {
    if (allowed) expect(buildUrl(base, op, { url })).toBe(url);
    else expect(() => buildUrl(base, op, { url })).toThrow(ConfigurationError);
  });
});

describe('encodeBody', () => {
  const withBody = (mediaType: string, encoding?: NonNullable<OperationSpec['body']>['encoding']): OperationSpec => ({
    ...op,
    method: 'POST',
    body: { mediaType, ...(encoding ? { encoding } : {}), required: true },
  });
  const json = withBody('application/json');
  const form = withBody('application/x-www-form-urlencoded');

  it.each([
    ['JSON object', json, { name: 'n', tags: ['a'] }, { body: '{"name":"n","tags":["a"]}', contentType: 'application/json' }],
    ['JSON null is a body', json, null, { body: 'null', contentType: 'application/json' }],
    ['vendor +json keeps its media type', withBody('application/vnd.api+json', 'json'), { a: 1 }, { body: '{"a":1}', contentType: 'application/vnd.api+json' }],
    ['no body given', json, undefined, undefined],
    ['operation without a body', op, { ignored: true }, undefined],
    [
      'form fields',
      form,
      { grant_type: 'password', username: 'a@b.c', password: 'p&ss word', scope: ['openid', 'email'], remember: true, skip: undefined },
      { body: 'grant_type=password&username=a%40b.c&password=p%26ss+word&scope=openid&scope=email&remember=true', contentType: 'application/x-www-form-urlencoded' },
    ],
    ['text/plain as is', withBody('text/plain', 'text'), 'hello\nworld', { body: 'hello\nworld', contentType: 'text/plain' }],
    ['text/x-markdown as is', withBody('text/x-markdown', 'text'), '# Title', { body: '# Title', contentType: 'text/x-markdown' }],
  ])('%s', async (_case, operation, body, expected) => {
    const encoded = await encodeBody(operation, body);
    expect(encoded && { body: encoded.body, contentType: encoded.contentType }).toEqual(expected);
  });

  const binary = withBody('application/octet-stream', 'binary');
  const bytes = [0, 1, 2, 250, 255];
  it.each([
    ['a Buffer', () => Buffer.from(bytes)],
    ['a Uint8Array', () => new Uint8Array(bytes)],
    ['an ArrayBuffer', () => new Uint8Array(bytes).buffer],
    ['a Blob', () => new Blob([new Uint8Array(bytes)])],
    ['a File', () => new File([new Uint8Array(bytes)], 'f.bin')],
    ['a web ReadableStream', () => new Blob([new Uint8Array(bytes)]).stream()],
    ['a Node stream (async iterable)', () => (async function* () { yield new Uint8Array(bytes.slice(0, 2)); yield new Uint8Array(bytes.slice(2)); })()],
  ])('binary body from %s: the same bytes, as a Blob that every retry can send', async (_case, make) => {
    const encoded = await encodeBody(binary, make());
    expect(encoded?.contentType).toBe('application/octet-stream');
    expect(encoded?.body).toBeInstanceOf(Blob);
    expect([...new Uint8Array(await (encoded!.body as Blob).arrayBuffer())]).toEqual(bytes);
    expect(encoded?.description).toBe('[5 bytes of application/octet-stream]');
  });

  it('multipart: file parts from bytes or Blobs, text fields, JSON for objects, repeated arrays; fetch sets the boundary', async () => {
    const multipart = withBody('multipart/form-data', 'multipart');
    const encoded = await encodeBody(multipart, {
      file: Buffer.from('abc'),
      avatar: new File(['png'], 'me.png', { type: 'image/png' }),
      name: 'n',
      count: 3,
      tags: ['a', 'b'],
      meta: { k: 'v' },
      skipped: undefined,
    });
    expect(encoded?.contentType).toBeUndefined();
    const form = encoded!.body as FormData;
    expect([...new Set(form.keys())]).toEqual(['file', 'avatar', 'name', 'count', 'tags', 'meta']);
    expect(await (form.get('file') as File).text()).toBe('abc');
    expect((form.get('avatar') as File).name).toBe('me.png');
    expect(form.get('name')).toBe('n');
    expect(form.get('count')).toBe('3');
    expect(form.getAll('tags')).toEqual(['a', 'b']);
    expect(await (form.get('meta') as File).text()).toBe('{"k":"v"}');
    expect(encoded?.description).toBe('[multipart form: file, avatar, name, count, tags, meta]');
    // A prepared FormData goes as it is.
    const own = new FormData();
    expect((await encodeBody(multipart, own))?.body).toBe(own);
  });

  it.each([
    ['a string as a form', form, 'a=b'],
    ['an array as a form', form, [1]],
    ['null as a form', form, null],
    ['a number as bytes', binary, 42],
    ['an array as multipart', withBody('multipart/form-data', 'multipart'), [1]],
  ])('refuses %s', async (_case, operation, body) => {
    await expect(encodeBody(operation, body)).rejects.toThrow(ConfigurationError);
  });
});
