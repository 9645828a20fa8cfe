import { describe, expect, it } from 'vitest';
import { ApiClient } from './client.js';
import { PaginationError } from './errors.js';
import { Page, PagePromise, collectItems, nextLink } from './pagination.js';
import { json, meta, operation, scriptedFetch, type Reply } from './testing/support.js';

const listThings = operation({
  id: 'listThings',
  path: '/things',
  pathParams: [],
  query: ['cursor', 'limit', 'state'],
  pagination: { cursorParam: 'cursor', pageSizeParam: 'limit', itemsField: 'items', nextCursorField: 'next_cursor' },
});

interface Thing {
  id: string;
}
interface ThingList {
  items: Thing[];
  next_cursor?: string | null;
}

/** Pages keyed by the cursor that fetches them ('' = first page). */
function pagedFetch(pages: Record<string, ThingList>) {
  const reply: Reply = (request) => {
    const page = pages[request.url.searchParams.get('cursor') ?? ''];
    return page ? json(page)(request) : json({ code: 'bad_cursor', message: 'unknown cursor' }, 400)(request);
  };
  return scriptedFetch(reply);
}

const threePages = {
  '': { items: [{ id: 'a' }, { id: 'b' }], next_cursor: 'c1' },
  c1: { items: [{ id: 'c' }], next_cursor: 'c2' },
  c2: { items: [{ id: 'd' }, { id: 'e' }], next_cursor: null },
};

function list(fetch: typeof globalThis.fetch, query: Record<string, unknown> = {}): PagePromise<Thing, ThingList> {
  return new ApiClient({ fetch }, meta).requestPage<Thing, ThingList>(listThings, { query });
}

describe('requestPage', () => {
  it('iterates every item across three pages, fetching each page only when reached', async () => {
    const { fetch, calls, requests } = pagedFetch(threePages);
    const seen: string[] = [];
    const fetchesAtItem: number[] = [];
    for await (const thing of list(fetch, { state: 'running', limit: 2 })) {
      seen.push(thing.id);
      fetchesAtItem.push(calls());
    }
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(fetchesAtItem).toEqual([1, 1, 2, 3, 3]);
    // Filters and page size ride along on every page; only the cursor changes.
    expect(requests.map((r) => r.url.search)).toEqual([
      '?state=running&limit=2',
      '?state=running&limit=2&cursor=c1',
      '?state=running&limit=2&cursor=c2',
    ]);
  });

  it('stops fetching when the loop stops', async () => {
    const { fetch, calls } = pagedFetch(threePages);
    for await (const thing of list(fetch)) if (thing.id === 'b') break;
    expect(calls()).toBe(1);
  });

  it('awaits to the first page with its cursor and raw body', async () => {
    const { fetch } = pagedFetch(threePages);
    const page = await list(fetch);
    expect(page).toBeInstanceOf(Page);
    expect(page.items).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(page.nextCursor).toBe('c1');
    expect(page.body).toEqual(threePages['']);
    expect(page.hasNextPage()).toBe(true);
    const second = await page.getNextPage();
    expect(second.items).toEqual([{ id: 'c' }]);
  });

  it('walks pages with iterPages', async () => {
    const { fetch } = pagedFetch(threePages);
    const sizes: number[] = [];
    for await (const page of (await list(fetch)).iterPages()) sizes.push(page.items.length);
    expect(sizes).toEqual([2, 1, 2]);
  });

  it('iterates a Page directly from that page on', async () => {
    const { fetch } = pagedFetch(threePages);
    const second = await (await list(fetch)).getNextPage();
    expect(await collectItems(second)).toEqual([{ id: 'c' }, { id: 'd' }, { id: 'e' }]);
  });

  it.each([
    [
      'the same cursor as the one just used',
      { '': { items: [{ id: 'a' }], next_cursor: 'c1' }, c1: { items: [{ id: 'b' }], next_cursor: 'c1' } },
      'c1',
      ['a', 'b'],
    ],
    [
      'a cursor from two pages back',
      {
        '': { items: [{ id: 'a' }], next_cursor: 'c1' },
        c1: { items: [{ id: 'b' }], next_cursor: 'c2' },
        c2: { items: [{ id: 'c' }], next_cursor: 'c1' },
      },
      'c1',
      ['a', 'b', 'c'],
    ],
  ])('stops with PaginationError when the server repeats %s', async (_case, pages, cursor, before) => {
    const { fetch, calls } = pagedFetch(pages);
    const seen: string[] = [];
    const error = await (async () => {
      for await (const thing of list(fetch)) seen.push(thing.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ cursor, message: expect.stringContaining(`"${cursor}"`) });
    expect(seen).toEqual(before);
    expect(calls()).toBe(before.length);
  });

  it('lets a page fetch its next page again (no loop), and a 1,000-page listing finish', async () => {
    const { fetch } = pagedFetch(threePages);
    const first = await list(fetch);
    expect((await first.getNextPage()).items).toEqual((await first.getNextPage()).items);
    const pages = Object.fromEntries(
      Array.from({ length: 1000 }, (_, i) => [i === 0 ? '' : `c${i}`, { items: [{ id: `i${i}` }], next_cursor: i < 999 ? `c${i + 1}` : null }]),
    );
    expect(await collectItems(list(pagedFetch(pages).fetch))).toHaveLength(1000);
  });

  it('treats a cursor the caller resumed from as already used', async () => {
    const { fetch } = pagedFetch({ '': { items: [] }, c1: { items: [{ id: 'x' }], next_cursor: 'c1' } });
    await expect(collectItems(list(fetch, { cursor: 'c1' }))).rejects.toBeInstanceOf(PaginationError);
  });

  it.each([
    ['empty items and no cursor', { items: [] }],
    ['empty items and a null cursor', { items: [], next_cursor: null }],
    ['empty items and an empty cursor', { items: [], next_cursor: '' }],
    ['items field omitted', {}],
  ])('ends on an empty page: %s', async (_case, body) => {
    const { fetch, calls } = scriptedFetch(json(body));
    expect(await collectItems(list(fetch))).toEqual([]);
    const page = await list(fetch);
    expect(page.hasNextPage()).toBe(false);
    await expect(page.getNextPage()).rejects.toBeInstanceOf(PaginationError);
    expect(calls()).toBe(2);
  });

  it('follows an empty page that still has a next cursor', async () => {
    const { fetch } = pagedFetch({ '': { items: [], next_cursor: 'c1' }, c1: { items: [{ id: 'z' }] } });
    expect(await collectItems(list(fetch))).toEqual([{ id: 'z' }]);
  });

  it.each([
    ['items not a list', json({ items: { id: 'a' } })],
    ['a bare array', json([{ id: 'a' }])],
    ['text', () => new Response('a,b', { headers: { 'content-type': 'text/csv' } })],
  ])('rejects a page that breaks the envelope: %s', async (_case, reply) => {
    const { fetch } = scriptedFetch(reply);
    await expect(list(fetch)).rejects.toBeInstanceOf(PaginationError);
  });

  it('rejects an operation without pagination', async () => {
    const { fetch, calls } = scriptedFetch(json({}));
    const notPaged = operation({ path: '/x', pathParams: [] });
    await expect(new ApiClient({ fetch }, meta).requestPage(notPaged)).rejects.toThrow(/not a paginated operation/);
    expect(calls()).toBe(0);
  });

  it('gives the first page with its response', async () => {
    const { fetch } = pagedFetch(threePages);
    const { data, response } = await list(fetch).withResponse();
    expect(data.items).toHaveLength(2);
    expect(response.status).toBe(200);
  });
});

describe('collectItems', () => {
  it.each([
    [undefined, 5, 3],
    [1, 1, 1],
    [2, 2, 1],
    [3, 3, 2], // the third item is on page two; page three is never fetched
    [100, 5, 3],
    [0, 0, 1], // the first page was already requested by the PagePromise
  ])('maxItems %s gives %i items after %i fetches', async (maxItems, count, fetches) => {
    const { fetch, calls } = pagedFetch(threePages);
    const items = await collectItems(list(fetch), { maxItems });
    expect(items).toHaveLength(count);
    expect(calls()).toBe(fetches);
  });
});

describe('every pagination kind', () => {
  const base = { id: 'list', path: '/things', pathParams: [] };
  type Case = [string, Parameters<typeof operation>[0], (request: { url: URL }) => { body: unknown; headers?: Record<string, string> }, string[], string[]];
  const pageOf = (ids: string[]) => ids.map((id) => ({ id }));
  const cases: Case[] = [
    [
      'cursor nested in the response (Slack: response_metadata.next_cursor)',
      { ...base, query: ['cursor'], pagination: { kind: 'cursor', cursorParam: 'cursor', itemsField: 'members', nextCursorField: 'response_metadata.next_cursor' } },
      ({ url }) => (url.searchParams.get('cursor') === 'c1' ? { body: { members: pageOf(['c']), response_metadata: { next_cursor: '' } } } : { body: { members: pageOf(['a', 'b']), response_metadata: { next_cursor: 'c1' } } }),
      ['a', 'b', 'c'],
      ['', '?cursor=c1'],
    ],
    [
      'has-more (Stripe: starting_after the last id while has_more)',
      { ...base, query: ['starting_after', 'limit'], pagination: { kind: 'has-more', cursorParam: 'starting_after', itemsField: 'data', hasMoreField: 'has_more', idField: 'id' } },
      ({ url }) => (url.searchParams.get('starting_after') === 'b' ? { body: { data: pageOf(['c']), has_more: false } } : { body: { data: pageOf(['a', 'b']), has_more: true } }),
      ['a', 'b', 'c'],
      ['', '?starting_after=b'],
    ],
    [
      'Link header (GitHub: rel="next", the response is the array)',
      { ...base, query: ['per_page'], pagination: { kind: 'link', itemsField: '', pageSizeParam: 'per_page' } },
      ({ url }) =>
        url.searchParams.get('page') === '2'
          ? { body: pageOf(['c']), headers: { link: '<https://api.example.com/things?page=1>; rel="prev"' } }
          : { body: pageOf(['a', 'b']), headers: { link: '<https://api.example.com/things?page=2>; rel="next", <https://api.example.com/things?page=2>; rel="last"' } },
      ['a', 'b', 'c'],
      ['', '?page=2'],
    ],
    [
      'offset/limit (a short page is the last)',
      { ...base, query: ['offset', 'limit'], pagination: { kind: 'offset', cursorParam: 'offset', pageSizeParam: 'limit', itemsField: 'results', defaultPageSize: 2 } },
      ({ url }) => ({ body: { results: url.searchParams.get('offset') === '2' ? pageOf(['c']) : pageOf(['a', 'b']) } }),
      ['a', 'b', 'c'],
      ['', '?offset=2'],
    ],
    [
      'numbered pages (an empty page is the last)',
      { ...base, query: ['page'], pagination: { kind: 'page', cursorParam: 'page', itemsField: 'items' } },
      ({ url }) => ({ body: { items: { '': pageOf(['a', 'b']), '2': pageOf(['c']), '3': [] }[url.searchParams.get('page') ?? ''] ?? [] } }),
      ['a', 'b', 'c'],
      ['', '?page=2', '?page=3'],
    ],
  ];
  it.each(cases)('%s', async (_case, spec, answer, ids, searches) => {
    const { fetch, requests } = scriptedFetch((request) => {
      const { body, headers } = answer(request);
      return Response.json(body, { headers });
    });
    const client = new ApiClient({ fetch, baseUrl: 'https://api.example.com' }, meta);
    const seen: string[] = [];
    for await (const thing of client.requestPage<Thing>(operation(spec), {})) seen.push(thing.id);
    expect(seen).toEqual(ids);
    expect(requests.map((r) => r.url.search)).toEqual(searches);
  });

  it('resumes from a continuation given as the cursor option (a Link URL here)', async () => {
    const { fetch, requests } = scriptedFetch(json([{ id: 'z' }]));
    const client = new ApiClient({ fetch, baseUrl: 'https://api.example.com' }, meta);
    const page = await client.requestPage<Thing>(operation({ ...base, query: [], pagination: { kind: 'link', itemsField: '' } }), {}, { cursor: 'https://api.example.com/things?page=7' });
    expect(page.items).toEqual([{ id: 'z' }]);
    expect(requests[0]!.url.href).toBe('https://api.example.com/things?page=7');
  });

  it.each([
    ['<https://a.example/x?page=2>; rel="next"', 'https://a.example/x?page=2'],
    ['<https://a.example/1>; rel="prev", <https://a.example/3>; rel=next', 'https://a.example/3'],
    ['<https://a.example/3>; rel="next last"', 'https://a.example/3'],
    ['<https://a.example/1>; rel="prev"', null],
    ['', null],
  ])('nextLink(%j)', (header, url) => {
    expect(nextLink(header)).toBe(url);
  });
});

describe('a page as JSON', () => {
  it('is its items, next cursor and body, nothing internal', () => {
    const body = { items: [{ id: 'a' }], next_cursor: 'c2' };
    const page = new Page(body, { cursorParam: 'cursor', itemsField: 'items', nextCursorField: 'next_cursor' }, new Map(), () =>
      Promise.reject(new Error('not fetched')),
    );
    expect(JSON.parse(JSON.stringify(page))).toEqual({ items: [{ id: 'a' }], nextCursor: 'c2', body });
  });
});
