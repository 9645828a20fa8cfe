"""
End-to-end fixtures: the generated package against the Prism mocks tests/python.e2e.test.ts starts (their
URLs in GPUAAS_MOCK_URL and KEYCLOAK_MOCK_URL). Every response is checked for Prism's ``sl-violations``.
"""

from __future__ import annotations

import os
from typing import Callable, List, Optional

import httpx
import pytest

PROJECT = "proj_01HZX3K8Q4ABCDEF"

#: Chooses Prism's response per request: (request, attempt number) -> a Prefer value or None.
Prefer = Callable[[httpx.Request, int], Optional[str]]


def mock_url(name: str) -> str:
    url = os.environ.get(name)
    if not url:
        raise RuntimeError(
            f"{name} is not set: run these tests through tests/python.e2e.test.ts (npx vitest run tests/python.e2e.test.ts)"
        )
    return url


class Exchanges:
    """Every request sent and whether Prism found it valid; ``prefer`` picks Prism's response."""

    def __init__(self) -> None:
        self.requests: List[httpx.Request] = []
        self.violations: List[str] = []
        self.prefer: Optional[Prefer] = None

    def on_request(self, request: httpx.Request) -> None:
        choice = self.prefer(request, len(self.requests)) if self.prefer else None
        if choice and "prefer" not in request.headers:
            request.headers["Prefer"] = choice
        self.requests.append(request)

    def on_response(self, response: httpx.Response) -> None:
        violation = response.headers.get("sl-violations")
        if violation:
            self.violations.append(f"{response.request.method} {response.request.url}: {violation}")

    def sync_http(self) -> httpx.Client:
        return httpx.Client(event_hooks={"request": [self.on_request], "response": [self.on_response]})

    def async_http(self) -> httpx.AsyncClient:
        async def on_request(request: httpx.Request) -> None:
            self.on_request(request)

        async def on_response(response: httpx.Response) -> None:
            self.on_response(response)

        return httpx.AsyncClient(event_hooks={"request": [on_request], "response": [on_response]})


@pytest.fixture
def recorded() -> Exchanges:
    return Exchanges()


@pytest.fixture
def base_url() -> str:
    return mock_url("GPUAAS_MOCK_URL")


@pytest.fixture
def keycloak_url() -> str:
    return mock_url("KEYCLOAK_MOCK_URL")
