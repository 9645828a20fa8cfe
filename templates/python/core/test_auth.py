from __future__ import annotations

import asyncio
import threading
from typing import List

from core._auth import AsyncRefreshingTokenProvider, RefreshingTokenProvider, RefreshResult, TokenSet


def test_refresh_ahead_of_expiry_rotates_and_reports() -> None:
    now = [1000.0]
    stored: List[TokenSet] = []
    provider = RefreshingTokenProvider(
        access_token="a1",
        refresh_token="r1",
        expires_at=1100.0,
        refresh=lambda rt: RefreshResult(access_token="a2", refresh_token="r2", expires_in=300),
        on_refresh=stored.append,
        clock=lambda: now[0],
    )
    assert provider.get_token() == "a1"
    now[0] = 1075.0  # within the 30 s skew
    assert provider.get_token() == "a2"
    assert stored == [TokenSet("a2", "r2", 1375.0)]


def test_a_server_that_does_not_rotate_keeps_the_old_refresh_token() -> None:
    provider = RefreshingTokenProvider(
        access_token="a", refresh_token="keep", refresh=lambda rt: RefreshResult(access_token="b")
    )
    assert provider.refresh() == "b" and provider.tokens.refresh_token == "keep"


def test_without_a_refresh_token_there_is_nothing_to_refresh() -> None:
    assert RefreshingTokenProvider(access_token="a", refresh=lambda rt: RefreshResult("x")).refresh() is None


def test_concurrent_refreshes_spend_the_refresh_token_once() -> None:
    calls: List[str] = []
    gate = threading.Event()

    def refresh(rt: str) -> RefreshResult:
        calls.append(rt)
        gate.wait(1)
        return RefreshResult(access_token="fresh")

    provider = RefreshingTokenProvider(access_token="stale", refresh_token="r", refresh=refresh)
    results: List[object] = []
    threads = [threading.Thread(target=lambda: results.append(provider.refresh())) for _ in range(4)]
    for t in threads:
        t.start()
    gate.set()
    for t in threads:
        t.join()
    assert calls == ["r"] and results == ["fresh"] * 4


def test_async_provider_is_single_flight() -> None:
    calls: List[str] = []

    async def refresh(rt: str) -> RefreshResult:
        calls.append(rt)
        await asyncio.sleep(0)
        return RefreshResult(access_token="fresh")

    provider = AsyncRefreshingTokenProvider(access_token="stale", refresh_token="r", refresh=refresh)

    async def main() -> List[object]:
        return list(await asyncio.gather(*(provider.refresh() for _ in range(3))))

    assert asyncio.run(main()) == ["fresh"] * 3 and calls == ["r"]
