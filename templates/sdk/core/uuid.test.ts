import { describe, expect, it } from 'vitest';
import { randomId } from './uuid.js';

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('randomId', () => {
  it('uses crypto.randomUUID where the runtime has it', () => {
    expect(randomId({ randomUUID: () => 'a-b-c-d-e' as `${string}-${string}-${string}-${string}-${string}`, getRandomValues: (a) => a })).toBe('a-b-c-d-e');
    expect(randomId()).toMatch(V4);
  });

  it.each([
    ['all zero bytes', 0x00],
    ['all one bits', 0xff],
  ])('builds a version-4 UUID from getRandomValues alone (%s)', (_name, fill) => {
    const getRandomValues = <T extends ArrayBufferView | null>(array: T): T => {
      (array as unknown as Uint8Array).fill(fill);
      return array;
    };
    expect(randomId({ getRandomValues })).toMatch(V4);
  });
});
