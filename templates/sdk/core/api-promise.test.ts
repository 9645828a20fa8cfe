import { describe, expect, it } from 'vitest';
import { APIPromise } from './api-promise.js';

const response = () => new Response('{"a":1}', { headers: { 'x-id': 'r1' } });

describe('APIPromise', () => {
  it('is a Promise of the data', async () => {
    const promise = new APIPromise(Promise.resolve({ data: { a: 1 }, response: response() }));
    expect(promise).toBeInstanceOf(Promise);
    expect(await promise).toEqual({ a: 1 });
    expect(await promise.then((d) => d.a + 1)).toBe(2);
  });

  it('gives the raw response and correlation id on request', async () => {
    const promise = new APIPromise(Promise.resolve({ data: 1, response: response(), correlationId: 'c' }));
    const withResponse = await promise.withResponse();
    expect(withResponse).toMatchObject({ data: 1, correlationId: 'c' });
    expect((await promise.asResponse()).headers.get('x-id')).toBe('r1');
  });

  it('rejects through await, catch and finally alike', async () => {
    const failure = new Error('boom');
    const promise = new APIPromise<number>(Promise.reject(failure));
    await expect(promise).rejects.toBe(failure);
    expect(await promise.catch((e: unknown) => e)).toBe(failure);
    let finalized = false;
    await expect(promise.finally(() => (finalized = true))).rejects.toBe(failure);
    expect(finalized).toBe(true);
    await expect(promise.asResponse()).rejects.toBe(failure);
  });

  it('derives plain promises, so chaining does not go through its constructor', () => {
    const promise = new APIPromise(Promise.resolve({ data: 1, response: response() }));
    const derived = promise.catch(() => 0);
    expect(derived).not.toBeInstanceOf(APIPromise);
    expect(derived).toBeInstanceOf(Promise);
  });
});
