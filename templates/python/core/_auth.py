"""
Where a client gets its token. A provider's ``refresh`` is what the client calls once after a 401; the
refreshing providers also renew ahead of expiry, single-flight, since concurrent requests must not each spend
(and, with rotation, invalidate) the refresh token.
"""

from __future__ import annotations

import asyncio
import threading
import time
from dataclasses import dataclass, replace
from typing import Awaitable, Callable, Optional, Protocol, runtime_checkable

#: Renew this long before expiry so a token does not lapse in flight.
DEFAULT_SKEW = 30.0


@runtime_checkable
class TokenProvider(Protocol):
    def get_token(self) -> Optional[str]: ...

    def refresh(self) -> Optional[str]:
        """A new token, or None when none can be had (the 401 then stands)."""
        ...


@runtime_checkable
class AsyncTokenProvider(Protocol):
    async def get_token(self) -> Optional[str]: ...

    async def refresh(self) -> Optional[str]: ...


class StaticTokenProvider:
    """One token for the client's life; nothing to refresh."""

    def __init__(self, token: Optional[str]) -> None:
        self._token = token

    def get_token(self) -> Optional[str]:
        return self._token

    def refresh(self) -> Optional[str]:
        return None


class AsyncStaticTokenProvider:
    def __init__(self, token: Optional[str]) -> None:
        self._token = token

    async def get_token(self) -> Optional[str]:
        return self._token

    async def refresh(self) -> Optional[str]:
        return None


@dataclass(frozen=True)
class TokenSet:
    access_token: str
    refresh_token: Optional[str] = None
    #: Epoch seconds; None: unknown, refreshed only after a 401.
    expires_at: Optional[float] = None


@dataclass(frozen=True)
class RefreshResult:
    access_token: str
    #: None when the server does not rotate refresh tokens: the old one stays.
    refresh_token: Optional[str] = None
    expires_in: Optional[float] = None


class _RefreshState:
    """The token bookkeeping both refreshing providers share; only their locking differs."""

    def __init__(self, tokens: TokenSet, skew: float, clock: Callable[[], float]) -> None:
        self.tokens = tokens
        self.skew = skew
        self.clock = clock

    def due(self) -> bool:
        t = self.tokens
        return t.refresh_token is not None and t.expires_at is not None and self.clock() >= t.expires_at - self.skew

    def apply(self, result: RefreshResult) -> TokenSet:
        expires_at = None if result.expires_in is None else self.clock() + result.expires_in
        self.tokens = replace(
            self.tokens,
            access_token=result.access_token,
            refresh_token=result.refresh_token or self.tokens.refresh_token,
            expires_at=expires_at,
        )
        return self.tokens


class RefreshingTokenProvider:
    """An access token renewed through ``refresh(refresh_token)`` ahead of expiry and once after a 401."""

    def __init__(
        self,
        *,
        access_token: str,
        refresh: Callable[[str], RefreshResult],
        refresh_token: Optional[str] = None,
        expires_at: Optional[float] = None,
        on_refresh: Optional[Callable[[TokenSet], None]] = None,
        skew: float = DEFAULT_SKEW,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._state = _RefreshState(TokenSet(access_token, refresh_token, expires_at), skew, clock)
        self._refresh = refresh
        self._on_refresh = on_refresh
        self._lock = threading.Lock()

    @property
    def tokens(self) -> TokenSet:
        return self._state.tokens

    def get_token(self) -> Optional[str]:
        if self._state.due():
            return self.refresh()
        return self._state.tokens.access_token

    def refresh(self) -> Optional[str]:
        seen = self._state.tokens.access_token
        with self._lock:
            # Another thread renewed while this one waited: its token is the fresh one.
            if self._state.tokens.access_token != seen:
                return self._state.tokens.access_token
            refresh_token = self._state.tokens.refresh_token
            if refresh_token is None:
                return None
            tokens = self._state.apply(self._refresh(refresh_token))
        if self._on_refresh is not None:
            self._on_refresh(tokens)
        return tokens.access_token


class AsyncRefreshingTokenProvider:
    """The async client's RefreshingTokenProvider: ``refresh`` is a coroutine function."""

    def __init__(
        self,
        *,
        access_token: str,
        refresh: Callable[[str], Awaitable[RefreshResult]],
        refresh_token: Optional[str] = None,
        expires_at: Optional[float] = None,
        on_refresh: Optional[Callable[[TokenSet], None]] = None,
        skew: float = DEFAULT_SKEW,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._state = _RefreshState(TokenSet(access_token, refresh_token, expires_at), skew, clock)
        self._refresh = refresh
        self._on_refresh = on_refresh
        self._lock: Optional[asyncio.Lock] = None

    @property
    def tokens(self) -> TokenSet:
        return self._state.tokens

    async def get_token(self) -> Optional[str]:
        if self._state.due():
            return await self.refresh()
        return self._state.tokens.access_token

    async def refresh(self) -> Optional[str]:
        seen = self._state.tokens.access_token
        # Made on first use: a lock belongs to the event loop that runs it.
        self._lock = self._lock or asyncio.Lock()
        async with self._lock:
            if self._state.tokens.access_token != seen:
                return self._state.tokens.access_token
            refresh_token = self._state.tokens.refresh_token
            if refresh_token is None:
                return None
            tokens = self._state.apply(await self._refresh(refresh_token))
        if self._on_refresh is not None:
            self._on_refresh(tokens)
        return tokens.access_token
