# Copied verbatim from templates/python/core/_response.py. DO NOT EDIT: change the template and regenerate.
"""``.with_raw_response``: the same calls, answering with the HTTP response beside the parsed result."""

from __future__ import annotations

import functools
from contextvars import ContextVar
from typing import Awaitable, Callable, Generic, Optional, TypeVar, cast

import httpx
from typing_extensions import ParamSpec

P = ParamSpec("P")
R = TypeVar("R")

#: Set while a raw-response wrapper runs its call: the client then answers with an APIResponse.
_raw_response: ContextVar[bool] = ContextVar("gpuaas_raw_response", default=False)


def raw_response_requested() -> bool:
    return _raw_response.get()


class APIResponse(Generic[R]):
    """One call's final HTTP response and what it parsed to."""

    def __init__(
        self, http_response: httpx.Response, parsed: R, correlation_id: Optional[str], retries_taken: int
    ) -> None:
        self.http_response = http_response
        self._parsed = parsed
        #: The response header's id, else the one the client sent.
        self.correlation_id = correlation_id
        self.retries_taken = retries_taken

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def text(self) -> str:
        return self.http_response.text

    def parse(self) -> R:
        """The result the method returns without ``with_raw_response``."""
        return self._parsed


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _raw_response.set(True)
        try:
            # The client answers with an APIResponse while the flag is set.
            return cast("APIResponse[R]", func(*args, **kwargs))
        finally:
            _raw_response.reset(token)

    return wrapped


def async_to_raw_response_wrapper(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[APIResponse[R]]]:
    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        token = _raw_response.set(True)
        try:
            return cast("APIResponse[R]", await func(*args, **kwargs))
        finally:
            _raw_response.reset(token)

    return wrapped
