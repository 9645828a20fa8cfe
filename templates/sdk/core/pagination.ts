import { APIPromise } from './api-promise.js';
import { PaginationError } from './errors.js';
import type { PaginationSpec } from './operation.js';

/** Fetches the page at `cursor`; `seen` holds every cursor already used in this listing, `cursor` included. */
export type PageLoader<Item, Body> = (cursor: string, seen: ReadonlySet<string>) => Promise<Page<Item, Body>>;

/** One page of a cursor-paginated listing. Iterating it yields its items and those of every later page. */
export class Page<Item, Body = unknown> implements AsyncIterable<Item> {
  readonly items: Item[];
  /** null on the last page. */
  readonly nextCursor: string | null;
  /** The raw response envelope. */
  readonly body: Body;

  constructor(
    body: Body,
    spec: Pick<PaginationSpec, 'itemsField' | 'nextCursorField'>,
    private readonly seen: ReadonlySet<string>,
    private readonly loadPage: PageLoader<Item, Body>,
  ) {
    this.body = body;
    if (body !== undefined && (body === null || typeof body !== 'object' || Array.isArray(body))) {
      throw new PaginationError('A page must be a JSON object holding the items and the next cursor');
    }
    const envelope = (body ?? {}) as Record<string, unknown>;
    const items = envelope[spec.itemsField];
    // Some servers omit an empty list; anything else that is not an array breaks the contract.
    if (items !== undefined && items !== null && !Array.isArray(items)) {
      throw new PaginationError(`Page field "${spec.itemsField}" is not an array`);
    }
    this.items = (items ?? []) as Item[];
    const next = envelope[spec.nextCursorField];
    this.nextCursor = typeof next === 'string' && next !== '' ? next : null;
  }

  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  async getNextPage(): Promise<Page<Item, Body>> {
    const cursor = this.nextCursor;
    if (cursor === null) throw new PaginationError('There is no next page; check hasNextPage() first');
    // A server (or mock) handing back a cursor already used would make iteration loop forever.
    if (this.seen.has(cursor)) {
      throw new PaginationError(`The server returned cursor "${cursor}" a second time; stopping instead of looping`, {
        cursor,
      });
    }
    return this.loadPage(cursor, new Set([...this.seen, cursor]));
  }

  /** This page, then each next page, fetched only as the loop asks for it. */
  async *iterPages(): AsyncGenerator<Page<Item, Body>, void, undefined> {
    let page: Page<Item, Body> = this;
    yield page;
    while (page.hasNextPage()) {
      page = await page.getNextPage();
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    for await (const page of this.iterPages()) yield* page.items;
  }
}

/** `await` gives the first Page; `for await` iterates every item across pages. */
export class PagePromise<Item, Body = unknown> extends APIPromise<Page<Item, Body>> implements AsyncIterable<Item> {
  async *[Symbol.asyncIterator](): AsyncGenerator<Item, void, undefined> {
    yield* await this;
  }
}

/**
 * Items from a listing, at most `maxItems` of them (CLI --max-items). Stops pulling as soon as it has
 * enough, so no page beyond the one holding the last wanted item is fetched. Even maxItems 0 awaits
 * the first page, which a PagePromise has already requested: its failure must reach the caller.
 */
export async function collectItems<Item>(
  source: AsyncIterable<Item>,
  options: { maxItems?: number } = {},
): Promise<Item[]> {
  const { maxItems = Infinity } = options;
  const items: Item[] = [];
  for await (const item of source) {
    if (items.length < maxItems) items.push(item);
    if (items.length >= maxItems) break;
  }
  return items;
}
