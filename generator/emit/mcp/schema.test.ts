import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../../errors.js';
import type { JsonSchema } from '../../ir/types.js';
import { compactSchema, DESCRIPTION_MAX, sentencesWithin, shortDescription } from './schema.js';

describe('shortDescription', () => {
  const long = `First sentence stays. ${'Then a lot more words follow here. '.repeat(5)}`;
  it.each([
    ['short text is kept', 'Pin the allocation to this node.', 'Pin the allocation to this node.'],
    ['whitespace is flattened', 'Two\n  lines', 'Two lines'],
    ['HTML tags are dropped (Stripe writes descriptions in them)', '<p>Retrieves the <code>Dispute</code> by <a href="/x">id</a>.</p>', 'Retrieves the Dispute by id.'],
    ['angle brackets in prose stay', 'Calls `http://127.0.0.1:<port>/callback`.', 'Calls `http://127.0.0.1:<port>/callback`.'],
    ['long text keeps its first sentence', long, 'First sentence stays.'],
    ['e.g. does not end a sentence', `Image reference, e.g. vllm/vllm:v1, pulled on start. ${'More. '.repeat(30)}`, 'Image reference, e.g. vllm/vllm:v1, pulled on start.'],
    ['an overlong first sentence is cut at a word', `${'word '.repeat(40)}end.`, `${'word '.repeat(23).trim()}…`],
  ])('%s', (_name, input, expected) => {
    expect(shortDescription(input)).toBe(expected);
    expect(shortDescription(input).length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });
});

describe('sentencesWithin', () => {
  it.each([
    ['short text is kept', 'One. Two.', 40, 'One. Two.'],
    ['whole sentences while they fit', 'First one. Second one. Third one is long.', 22, 'First one. Second one.'],
    ['stops at the first that does not fit', 'Aa. A much longer second sentence. Cc.', 20, 'Aa.'],
    ['e.g. does not end a sentence', 'Use a tag, e.g. prod, to filter. Then more.', 33, 'Use a tag, e.g. prod, to filter.'],
    ['an overlong first sentence is cut at a word', `${'word '.repeat(20)}end.`, 30, `${'word '.repeat(5).trim()}…`],
    ['empty stays empty', '', 10, ''],
  ])('%s', (_name, input, max, expected) => {
    expect(sentencesWithin(input, max)).toBe(expected);
    expect(sentencesWithin(input, max).length).toBeLessThanOrEqual(max);
  });
});

describe('compactSchema', () => {
  it.each<[string, 'input' | 'output', JsonSchema, JsonSchema]>([
    [
      'drops documentation keywords and extensions, keeps properties that share their names',
      'input',
      { type: 'object', title: 'Thing', example: { a: 1 }, 'x-internal': true, properties: { title: { type: 'string', examples: ['t'] }, example: { type: 'integer' } } },
      { type: 'object', properties: { title: { type: 'string' }, example: { type: 'integer' } } },
    ],
    [
      'inputs lose readOnly properties and their required entries',
      'input',
      { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string' } } },
      { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
    ],
    [
      'outputs lose writeOnly properties; an emptied required goes',
      'output',
      { type: 'object', required: ['password'], properties: { password: { type: 'string', writeOnly: true }, id: { type: 'string', readOnly: true } } },
      { type: 'object', properties: { id: { type: 'string' } } },
    ],
    [
      'outputs tolerate new fields; inputs stay closed',
      'output',
      { type: 'object', additionalProperties: false, properties: { tags: { type: 'object', additionalProperties: { type: 'string', title: 'Tag' } } } },
      { type: 'object', properties: { tags: { type: 'object', additionalProperties: { type: 'string' } } } },
    ],
    ['inputs keep additionalProperties: false', 'input', { type: 'object', additionalProperties: false }, { type: 'object', additionalProperties: false }],
    [
      'recurses into items, compositions and conditionals; values (enum, default, const) untouched',
      'input',
      {
        type: 'array',
        items: { anyOf: [{ type: 'string', title: 'A', enum: ['title'] }, { const: { title: 'x' } }] },
        prefixItems: [{ $comment: 'c', type: 'integer', default: 1 }],
        not: { title: 'N', type: 'null' },
      },
      // A string enum's `type` goes: the enum says it.
      { type: 'array', items: { anyOf: [{ enum: ['title'] }, { const: { title: 'x' } }] }, prefixItems: [{ type: 'integer', default: 1 }], not: { type: 'null' } },
    ],
    ['long descriptions are shortened, empty ones dropped', 'input', { type: 'string', description: `${'x'.repeat(10)}. ${'y'.repeat(200)}` }, { type: 'string', description: `${'x'.repeat(10)}.` }],
    ['drops leftover $defs', 'input', { type: 'string', $defs: { a: { type: 'string' } }, description: '' }, { type: 'string' }],
  ])('%s', (_name, side, schema, expected) => {
    expect(compactSchema(schema, side, 't')).toEqual(expected);
  });

  it('refuses a $ref wherever it is, naming where', () => {
    const schema = { type: 'object', properties: { owner: { allOf: [{ $ref: 'other.yaml#/User' }] } } };
    expect(() => compactSchema(schema, 'output', 'get_thing outputSchema')).toThrow(GeneratorError);
    expect(() => compactSchema(schema, 'output', 'get_thing outputSchema')).toThrow('get_thing outputSchema/properties/owner/allOf/0/$ref is "other.yaml#/User"');
  });

  it('does not modify its input', () => {
    const schema = { type: 'object', title: 'T', properties: { a: { type: 'string', readOnly: true } }, required: ['a'] };
    const copy = structuredClone(schema);
    compactSchema(schema, 'input', 't');
    expect(schema).toEqual(copy);
  });
});
