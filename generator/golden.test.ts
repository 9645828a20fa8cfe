/**
 * Golden outputs: small fixture contracts whose whole generated output is committed under
 * fixtures/golden/ (type-checked by `npm run typecheck`). Regenerate them with `npm run generate:golden`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate } from './generate.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const GOLDEN_CONFIGS = ['generator/fixtures/mini.codegen.json', 'generator/fixtures/hostile.codegen.json', 'generator/fixtures/generality.codegen.json'];

describe('golden outputs', () => {
  it.each(GOLDEN_CONFIGS)('%s generates exactly the committed files', async (config) => {
    const { drift } = await generate({ config, cwd: ROOT, check: true });
    expect(drift).toEqual({ added: [], changed: [], removed: [] });
  });
});

describe('hostile contract', () => {
  it('compiles to code that runs nothing it was fed and encodes what it sends', async () => {
    const { Hostile } = await import('./fixtures/golden/hostile/sdk/src/index.js');
    const requests: Request[] = [];
    const client = new Hostile({
      token: 't',
      fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
        requests.push(new Request(input, init));
        return Response.json({ id: 'x"y', 'display name': null });
      },
    });
    const thing = await client.things.get('a/b c', { class: '${globalThis.__pwned = 7}', 'X-Weird-Header': '*/' });
    expect(thing).toEqual({ id: 'x"y', 'display name': null });
    expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
    const url = new URL(requests[0]!.url);
    expect(url.pathname).toBe('/base/things/a%2Fb%20c');
    expect(url.searchParams.get('class')).toBe('${globalThis.__pwned = 7}');
    expect(requests[0]!.headers.get('x-weird-header')).toBe('*/');
    await client.reserved.delete('default-value', { new: true });
    expect(new URL(requests[1]!.url).pathname).toBe('/base/reserved/default-value');
  });
});
