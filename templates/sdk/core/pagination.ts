import { APIPromise } from './api-promise.js';
import { PaginationError } from './errors.js';
import { readField } from './fields.js';
import type { PaginationSpec, RequestInput } from './operation.js';

/** What a page needs of its exchange besides the body: the response headers (Link) and the query it was asked with. */
export interface PageContext {
  headers?: Headers;
  query?: Record<string, unknown>;
}

/** The URL of a `Link` header's rel="next" (RFC 8288), if there is one. */
export function nextLink(header: string | null | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(/,(?=\s*<)/)) {
    const match = /^\s*<([^>]*)>(.*)$/.exec(part);
    if (match && /;\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)/i.test(match[2]!)) return match[1]!;
  }
  return null;
}

const asContinuation = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : null;

/** How many items a full page holds, when the request or the contract says. */
function pageSize(spec: PaginationSpec, query: Record<string, unknown> | undefined): number | undefined {
  const asked = spec.pageSizeParam ? Number(query?.[spec.pageSizeParam]) : NaN;
  return Number.isFinite(asked) && asked > 0 ? asked : spec.defaultPageSize;
}

/** The continuation after a page (see PaginationSpec), or null when it is the last. */
export function nextContinuation(spec: PaginationSpec, body: unknown, items: readonly unknown[], context: PageContext): string | null {
  const { query } = context;
  const short = () => {
    const size = pageSize(spec, query);
    return items.length === 0 || (size !== undefined && items.length < size);
  };
  switch (spec.kind ?? 'cursor') {
    case 'cursor':
      return spec.nextCursorField ? asContinuation(readField(body, spec.nextCursorField)) : null;
    case 'has-more':
      if (readField(body, spec.hasMoreField ?? 'has_more') !== true || items.length === 0) return null;
      return asContinuation(readField(items[items.length - 1], spec.idField ?? 'id'));
    case 'link':
      return nextLink(context.headers?.get('link'));
    case 'offset': {
      if (short()) return null;
      const current = Number(spec.cursorParam ? (query?.[spec.cursorParam] ?? 0) : 0);
      return String((Number.isFinite(current) ? current : 0) + items.length);
    }
    case 'page': {
      if (short()) return null;
      const current = Number(spec.cursorParam ? (query?.[spec.cursorParam] ?? 1) : 1);
      return String((Number.isFinite(current) ? current : 1) + 1);
    }
  }
}

/** The request for the page at `cursor`: the same inputs with the continuation in its place. */
export function withCursor(spec: PaginationSpec, input: RequestInput, cursor: string): RequestInput {
  if (spec.kind === 'link') return { ...input, url: cursor };
  if (!spec.cursorParam) return input;
  const numeric = (spec.kind === 'offset' || spec.kind === 'page') && /^\d+$/.test(cursor);
  return { ...input, query: { ...input.query, [spec.cursorParam]: numeric ? Number(cursor) : cursor } };
}

/**
 * The cursors a listing has followed, each with the number of the page it loaded (0: the first page, or
 * the page a resumed listing started at). One map shared by every page of the listing, so checking a
 * cursor is O(1) however many pages there are.
 */
export type CursorTrail = Map<string, number>;

/** Fetches page number `depth` of a listing, at `cursor`. */
export type PageLoader<Item, Body> = (cursor: string, depth: number) => Promise<Page<Item, Body>>;

/** One page of a listing. Iterating it yields its items and those of every later page. */
export class Page<Item, Body = unknown> implements AsyncIterable<Item> {
  readonly items: Item[];
  /** The continuation to the next page (a cursor, an offset, a URL: see PaginationSpec); null on the last page. */
  readonly nextCursor: string | null;
  /** The raw response envelope. */
  readonly body: Body;
  // Private fields (not `private`): a page's JSON is its items, nextCursor and body, nothing internal.
  readonly #trail: CursorTrail;
  readonly #loadPage: PageLoader<Item, Body>;
  readonly #depth: number;

  constructor(
    body: Body,
    spec: PaginationSpec,
    trail: CursorTrail,
    loadPage: PageLoader<Item, Body>,
    context: PageContext = {},
    depth = 0,
  ) {
    this.body = body;
    this.#trail = trail;
    this.#loadPage = loadPage;
    this.#depth = depth;
    const whole = spec.itemsField === '';
    if (body !== undefined && !whole && (body === null || typeof body !== 'object' || Array.isArray(body))) {
      throw new PaginationError('A page must be a JSON object holding the items and the next cursor');
    }
    const items = whole ? body : readField(body ?? {}, spec.itemsField);
    // Some servers omit an empty list; anything else that is not an array breaks the contract.
    if (items !== undefined && items !== null && !Array.isArray(items)) {
      throw new PaginationError(whole ? 'The page is not an array of items' : `Page field "${spec.itemsField}" is not an array`);
    }
    this.items = (items ?? []) as Item[];
    this.nextCursor = nextContinuation(spec, body, this.items, context);
  }

  hasNextPage(): boolean {
    return this.nextCursor !== null;
  }

  async getNextPage(): Promise<Page<Item, Body>> {
    const cursor = this.nextCursor;
    if (cursor === null) throw new PaginationError('There is no next page; check hasNextPage() first');
    // A server (or mock) handing back a cursor that loaded this page or an earlier one would make iteration
    // loop forever. Asking a page for its next page again is no loop: that cursor loads the page after it.
    const loaded = this.#trail.get(cursor);
    if (loaded !== undefined && loaded <= this.#depth) {
      throw new PaginationError(`The server returned cursor "${cursor}" a second time; stopping instead of looping`, {
        cursor,
      });
    }
    this.#trail.set(cursor, this.#depth + 1);
    return this.#loadPage(cursor, this.#depth + 1);
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
