import { describe, expect, it } from 'vitest';
import type { ObjectSchema } from './tool.js';
import { INPUT_SCHEMA_MAX, OUTLINE_ENUM_MAX, commonArguments, wireInput } from './wire.js';

const root = (properties: Record<string, object>, required?: string[]): ObjectSchema => ({ type: 'object', properties, ...(required ? { required } : {}), additionalProperties: false });
const size = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8');

describe('wireInput', () => {
  it.each([
    ['string checks and defaults', { type: 'string', minLength: 1, maxLength: 63, pattern: '^[a-z]+$', default: 'a' }, { type: 'string' }],
    ['number checks and numeric formats', { type: 'integer', format: 'int64', minimum: 1, maximum: 200, multipleOf: 2 }, { type: 'integer' }],
    ['string formats stay: they say how to write the value', { type: 'string', format: 'date-time' }, { type: 'string', format: 'date-time' }],
    ['array checks', { type: 'array', items: { type: 'string', maxLength: 3 }, minItems: 1, uniqueItems: true }, { type: 'array', items: { type: 'string' } }],
    ['closed nested objects', { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false }, { type: 'object', properties: { a: { type: 'string' } } }],
    ['enums and descriptions stay', { enum: ['a', 'b'], description: 'Which.' }, { enum: ['a', 'b'], description: 'Which.' }],
  ])('drops what only the server checks: %s', (_case, schema, sent) => {
    const input = wireInput(root({ arg: schema }, ['arg']));
    expect(input).toEqual({ schema: { type: 'object', properties: { arg: sent }, required: ['arg'] }, outlined: false });
  });

  it('keeps a property named __proto__ a property', () => {
    const schema = root(JSON.parse('{"__proto__": {"type": "string", "maxLength": 3}}'));
    expect(Object.keys(wireInput(schema).schema.properties!)).toEqual(['__proto__']);
  });

  // A form body three objects deep, wide enough to pass the budget.
  const deep = (fields: number): ObjectSchema =>
    root(
      {
        id: { type: 'string', description: 'The id.' },
        note: { type: 'string', description: 'An optional note.' },
        body: {
          type: 'object',
          description: 'The body.',
          properties: Object.fromEntries(
            Array.from({ length: fields }, (_, i) => [
              `field_${i}`,
              { type: 'object', description: `Field ${i}.`, properties: { inner: { type: 'object', properties: { leaf: { type: 'string' } } }, country: { enum: Array.from({ length: OUTLINE_ENUM_MAX + 1 }, (_, c) => `c${c}`) } } },
            ]),
          ),
        },
      },
      ['id', 'body'],
    );

  const field = (schema: ObjectSchema) => (schema.properties!.body as { properties?: Record<string, unknown> }).properties?.field_0;

  it('sends a schema over the budget in outline: no nested descriptions, long enums as their type, then fewer levels', () => {
    expect(wireInput(deep(6)).outlined).toBe(false);
    const { schema, outlined } = wireInput(deep(6), [], 1_500);
    expect(outlined).toBe(true);
    expect(size(schema)).toBeLessThanOrEqual(1_500);
    // The arguments keep their descriptions and the required list.
    expect((schema.properties!.body as { description: string }).description).toBe('The body.');
    expect(schema.required).toEqual(['id', 'body']);
    expect(field(schema)).toEqual({ type: 'object', properties: { inner: { type: 'object', properties: { leaf: { type: 'string' } } }, country: { type: 'string' } } });
    expect(size(wireInput(deep(12)).schema)).toBeLessThanOrEqual(INPUT_SCHEMA_MAX);
    expect(field(wireInput(deep(12)).schema)).toEqual({ type: 'object', properties: { inner: { type: 'object' }, country: { type: 'string' } } });
    expect(field(wireInput(deep(12), [], 600).schema)).toEqual({ type: 'object' });
  });

  it('then drops the descriptions of optional arguments, and last outlines the arguments themselves', () => {
    expect(wireInput(deep(40), [], 600).schema.properties).toEqual({ id: { type: 'string', description: 'The id.' }, note: { type: 'string' }, body: { type: 'object', description: 'The body.' } });
  });

  it('leaves out optional arguments that can hold nothing', () => {
    const schema = root({ a: { type: 'string' }, body: { type: 'object', properties: {} }, need: { type: 'object', properties: {} } }, ['need']);
    expect(Object.keys(wireInput(schema).schema.properties!)).toEqual(['a', 'need']);
  });

  it('leaves out the common arguments it is given', () => {
    expect(Object.keys(wireInput(root({ a: { type: 'string' }, fields: { type: 'string' } }), ['fields']).schema.properties!)).toEqual(['a']);
  });
});

describe('commonArguments', () => {
  const fields = { type: 'string', description: 'Fields to return.' };
  const tool = (extra: Record<string, object>, required?: string[]) => root({ fields, ...extra }, required);

  it.each([
    ['on every tool, optional, the same schema', [tool({}), tool({ a: {} }), tool({ b: {} }), tool({})], ['fields']],
    ['missing from one tool', [tool({}), tool({}), tool({}), root({})], []],
    ['required by one tool', [tool({}), tool({}), tool({}), tool({}, ['fields'])], []],
    ['another schema on one tool', [tool({}), tool({}), tool({}), root({ fields: { type: 'string' } })], []],
    ['too few tools to be worth it', [tool({}), tool({}), tool({})], []],
  ])('%s', (_case, schemas, expected) => {
    expect(commonArguments(schemas)).toEqual(expected);
  });
});
