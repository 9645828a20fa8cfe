from __future__ import annotations

from typing import Dict, List, Optional

import pytest

from core._errors import PaginationError
from core._pagination import SyncPage, next_continuation, next_link, with_cursor
from core._spec import PaginationSpec

CURSOR = PaginationSpec(kind="cursor", items_field="data.items", cursor_param="cursor", next_cursor_field="meta.next")
HAS_MORE = PaginationSpec(
    kind="has-more", items_field="data", cursor_param="starting_after", has_more_field="has_more", id_field="id"
)
LINK = PaginationSpec(kind="link", items_field="")
OFFSET = PaginationSpec(
    kind="offset", items_field="items", cursor_param="offset", page_size_param="limit", default_page_size=2
)
PAGE = PaginationSpec(kind="page", items_field="items", cursor_param="page", page_size_param="per_page")


@pytest.mark.parametrize(
    ("spec", "body", "items", "query", "link", "expected"),
    [
        (CURSOR, {"meta": {"next": "abc"}}, [1], {}, None, "abc"),
        (CURSOR, {"meta": {"next": None}}, [1], {}, None, None),
        (HAS_MORE, {"has_more": True}, [{"id": "x"}, {"id": "y"}], {}, None, "y"),
        (HAS_MORE, {"has_more": False}, [{"id": "x"}], {}, None, None),
        (LINK, [], [1], {}, '<http://a/p2>; rel="next", <http://a/p9>; rel="last"', "http://a/p2"),
        (LINK, [], [1], {}, '<http://a/p9>; rel="last"', None),
        (OFFSET, {}, [1, 2], {"offset": 4}, None, "6"),
        (OFFSET, {}, [1], {"offset": 4}, None, None),  # a short page is the last
        (PAGE, {}, [1, 2], {"page": 3, "per_page": 2}, None, "4"),
        (PAGE, {}, [], {"page": 3}, None, None),
    ],
)
def test_every_pagination_kind(
    spec: PaginationSpec,
    body: object,
    items: List[object],
    query: Dict[str, object],
    link: Optional[str],
    expected: Optional[str],
) -> None:
    assert next_continuation(spec, body, items, query, link) == expected


@pytest.mark.parametrize(
    ("header", "url"),
    [
        (None, None),
        ('<https://x/?page=2>; rel="next"', "https://x/?page=2"),
        ('<https://x/1>; rel="prev next"', "https://x/1"),
        ("<https://x/1>; rel=nextish", None),
    ],
)
def test_next_link(header: Optional[str], url: Optional[str]) -> None:
    assert next_link(header) == url


def test_with_cursor_puts_the_continuation_in_place() -> None:
    assert with_cursor(OFFSET, {"limit": 2}, "6") == {"limit": 2, "offset": 6}
    assert with_cursor(CURSOR, {"cursor": "old"}, "new") == {"cursor": "new"}


def _page(body: object, spec: PaginationSpec = CURSOR) -> SyncPage[int]:
    return SyncPage(
        body=body, spec=spec, item_type=int, query={}, link=None, seen=frozenset(), load=lambda c, s: _page({})
    )


@pytest.mark.parametrize(("body", "message"), [([1], "JSON object"), ({"data": {"items": "x"}}, "not a list")])
def test_malformed_pages(body: object, message: str) -> None:
    with pytest.raises(PaginationError, match=message):
        _page(body)


def test_no_next_page() -> None:
    page = _page({"data": {"items": [1, 2]}, "meta": {"next": None}})
    assert page.items == [1, 2] and not page.has_next_page()
    with pytest.raises(PaginationError, match="no next page"):
        page.get_next_page()
