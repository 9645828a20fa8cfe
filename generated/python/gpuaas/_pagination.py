# Copied verbatim from templates/python/core/_pagination.py. DO NOT EDIT: change the template and regenerate.
"""
Listings. A page is itself iterable over every item of the listing, fetching later pages only as the loop
asks (``for node in client.nodes.list()``, ``async for`` on the async client); it also offers ``items``,
``next_cursor``, ``has_next_page()``, ``get_next_page()`` and ``iter_pages()``. Every pagination kind yields an
opaque continuation string (its "cursor"), as in the TypeScript runtime (templates/sdk/core/pagination.ts).
"""

from __future__ import annotations

import re
from typing import (
    Any,
    AsyncIterator,
    Awaitable,
    Callable,
    Dict,
    FrozenSet,
    Generator,
    Generic,
    Iterator,
    List,
    Mapping,
    Optional,
    Type,
    TypeVar,
    cast,
)

from ._errors import PaginationError
from ._fields import read_field
from ._models import validate
from ._spec import PaginationSpec

Item = TypeVar("Item")

_LINK_PART = re.compile(r",(?=\s*<)")
_LINK = re.compile(r"^\s*<([^>]*)>(.*)$")
_REL_NEXT = re.compile(r';\s*rel\s*=\s*"?([^";]*\s)?next(\s[^";]*)?"?\s*(;|$)', re.IGNORECASE)


def next_link(header: Optional[str]) -> Optional[str]:
    """The URL of a ``Link`` header's rel="next" (RFC 8288), if there is one."""
    if not header:
        return None
    for part in _LINK_PART.split(header):
        match = _LINK.match(part)
        if match and _REL_NEXT.search(match.group(2)):
            return match.group(1)
    return None


def _is_object(body: object) -> bool:
    return body is None or isinstance(body, dict)


def _continuation(value: object) -> Optional[str]:
    if isinstance(value, str) and value != "":
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _number(value: object, default: int) -> int:
    try:
        return int(cast(Any, value))
    except (TypeError, ValueError):
        return default


def next_continuation(
    spec: PaginationSpec, body: object, items: List[object], query: Mapping[str, object], link: Optional[str]
) -> Optional[str]:
    """The continuation after a page, or None when it is the last."""

    def short() -> bool:
        asked = _number(query.get(spec.page_size_param), 0) if spec.page_size_param else 0
        size = asked if asked > 0 else spec.default_page_size
        return not items or (size is not None and len(items) < size)

    if spec.kind == "cursor":
        return _continuation(read_field(body, spec.next_cursor_field)) if spec.next_cursor_field else None
    if spec.kind == "has-more":
        if read_field(body, spec.has_more_field or "has_more") is not True or not items:
            return None
        return _continuation(read_field(items[-1], spec.id_field or "id"))
    if spec.kind == "link":
        return next_link(link)
    if short():
        return None
    start = 0 if spec.kind == "offset" else 1
    current = _number(query.get(spec.cursor_param), start) if spec.cursor_param else start
    return str(current + (len(items) if spec.kind == "offset" else 1))


def with_cursor(spec: PaginationSpec, query: Mapping[str, object], cursor: str) -> Dict[str, object]:
    """The query of the page at ``cursor``: the same values with the continuation in its place."""
    if not spec.cursor_param:
        return dict(query)
    numeric = spec.kind in ("offset", "page") and cursor.isdigit()
    return {**query, spec.cursor_param: int(cursor) if numeric else cursor}


class BasePage(Generic[Item]):
    """One page of a listing: its items (validated as the item type), the raw body, the continuation."""

    items: List[Item]
    #: The continuation to the next page (a cursor, an offset, a URL); None on the last page.
    next_cursor: Optional[str]
    #: The parsed response envelope.
    body: object

    def __init__(
        self,
        *,
        body: object,
        spec: PaginationSpec,
        item_type: Type[Item],
        query: Mapping[str, object],
        link: Optional[str],
        seen: FrozenSet[str],
    ) -> None:
        self.body = body
        whole = spec.items_field == ""
        if not whole and not _is_object(body):
            raise PaginationError("A page must be a JSON object holding the items and the next cursor")
        raw = body if whole else read_field(body, spec.items_field)
        # Some servers omit an empty list; anything else that is not a list breaks the contract.
        if raw is not None and not isinstance(raw, list):
            raise PaginationError(
                "The page is not a list of items" if whole else f'Page field "{spec.items_field}" is not a list'
            )
        raw_items = cast("List[object]", raw or [])
        self.items = [validate(item_type, item) for item in raw_items]
        self.next_cursor = next_continuation(spec, body, raw_items, query, link)
        self._seen = seen

    def has_next_page(self) -> bool:
        return self.next_cursor is not None

    def _next_cursor(self) -> str:
        cursor = self.next_cursor
        if cursor is None:
            raise PaginationError("There is no next page; check has_next_page() first")
        # A server (or mock) handing back a cursor already used would make iteration loop forever.
        if cursor in self._seen:
            raise PaginationError(
                f'The server returned cursor "{cursor}" a second time; stopping instead of looping', cursor=cursor
            )
        return cursor


class SyncPage(BasePage[Item]):
    def __init__(self, *, load: Callable[[str, FrozenSet[str]], SyncPage[Item]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._load = load

    def get_next_page(self) -> SyncPage[Item]:
        cursor = self._next_cursor()
        return self._load(cursor, self._seen | {cursor})

    def iter_pages(self) -> Iterator[SyncPage[Item]]:
        """This page, then each next page, fetched only as the loop asks for it."""
        page = self
        yield page
        while page.has_next_page():
            page = page.get_next_page()
            yield page

    def __iter__(self) -> Iterator[Item]:
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(BasePage[Item]):
    def __init__(self, *, load: Callable[[str, FrozenSet[str]], Awaitable[AsyncPage[Item]]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._load = load

    async def get_next_page(self) -> AsyncPage[Item]:
        cursor = self._next_cursor()
        return await self._load(cursor, self._seen | {cursor})

    async def iter_pages(self) -> AsyncIterator[AsyncPage[Item]]:
        page = self
        yield page
        while page.has_next_page():
            page = await page.get_next_page()
            yield page

    async def __aiter__(self) -> AsyncIterator[Item]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


class AsyncPaginator(Generic[Item]):
    """What an async ``list()`` returns: ``await`` it for the first page, or ``async for`` every item."""

    def __init__(self, first: Callable[[], Awaitable[AsyncPage[Item]]]) -> None:
        self._first = first

    def __await__(self) -> Generator[Any, None, AsyncPage[Item]]:
        return self._first().__await__()

    async def __aiter__(self) -> AsyncIterator[Item]:
        page = await self
        async for item in page:
            yield item
