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

describe('encodeBody', () => {
  const json: OperationSpec = { ...op, method: 'POST', body: { mediaType: 'application/json', required: true } };
  const form: OperationSpec = {
    ...op,
    method: 'POST',
    body: { mediaType: 'application/x-www-form-urlencoded', required: true },
  };

  it.each([
    [
      'JSON object',
      json,
      { name: 'n', tags: ['a'] },
      { body: '{"name":"n","tags":["a"]}', contentType: 'application/json' },
    ],
    ['JSON null is a body', json, null, { body: 'null', contentType: 'application/json' }],
    ['no body given', json, undefined, undefined],
    ['operation without a body', op, { ignored: true }, undefined],
    [
      'form fields',
      form,
      {
        grant_type: 'password',
        username: 'a@b.c',
        password: 'p&ss word',
        scope: ['openid', 'email'],
        remember: true,
        skip: undefined,
      },
      {
        body: 'grant_type=password&username=a%40b.c&password=p%26ss+word&scope=openid&scope=email&remember=true',
        contentType: 'application/x-www-form-urlencoded',
      },
    ],
  ])('%s', (_case, operation, body, expected) => {
    expect(encodeBody(operation, body)).toEqual(expected);
  });

  it.each([
    ['a string', 'a=b'],
    ['an array', [1]],
    ['null', null],
  ])('refuses %s as a form body', (_case, body) => {
    expect(() => encodeBody(form, body)).toThrow(ConfigurationError);
  });
});
