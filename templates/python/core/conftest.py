"""Fakes the runtime tests share: a contract, operation specs, and clients on an httpx.MockTransport."""

from __future__ import annotations

from typing import Callable, ClassVar, List

import httpx
import pytest

from core._base_client import AsyncAPIClient, SyncAPIClient
from core._spec import ContractMeta, ErrorEnvelopeSpec, OperationSpec, PaginationSpec

META = ContractMeta(
    default_base_url="http://api.test",
    user_agent="test/1",
    errors=ErrorEnvelopeSpec(
        code_field="code",
        message_field="message",
        correlation_id_field="correlation_id",
        details_field="details",
        correlation_id_response_header="X-Correlation-ID",
    ),
    correlation_id_request_header="X-Correlation-ID",
    env_prefix="TESTAPI",
)

GET = OperationSpec(id="getThing", method="GET", path="/things/{id}", retry_safe=True)
CREATE = OperationSpec(
    id="createThing",
    method="POST",
    path="/things",
    body_media_type="application/json",
    body_encoding="json",
    idempotency_header="Idempotency-Key",
)
UNKEYED = OperationSpec(
    id="mintThing", method="POST", path="/mint", body_media_type="application/json", body_encoding="json"
)
SCOPED = OperationSpec(id="scopedThing", method="GET", path="/scoped", project_header="X-Project-ID", retry_safe=True)
LIST = OperationSpec(
    id="listThings",
    method="GET",
    path="/things",
    retry_safe=True,
    pagination=PaginationSpec(
        kind="cursor", items_field="items", cursor_param="cursor", next_cursor_field="next_cursor"
    ),
)

Handler = Callable[[httpx.Request], httpx.Response]


class Client(SyncAPIClient):
    _contract: ClassVar[ContractMeta] = META


class AsyncClient(AsyncAPIClient):
    _contract: ClassVar[ContractMeta] = META


class Recorder:
    """Answers each request with the next handler (the last one repeats) and keeps the requests."""

    def __init__(self, *handlers: Handler) -> None:
        self.handlers = list(handlers)
        self.requests: List[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        handler = self.handlers[min(len(self.requests), len(self.handlers)) - 1]
        return handler(request)

    def client(self, **options: object) -> Client:
        return Client(http_client=httpx.Client(transport=httpx.MockTransport(self)), **options)  # type: ignore[arg-type]

    def async_client(self, **options: object) -> AsyncClient:
        async def handle(request: httpx.Request) -> httpx.Response:
            return self(request)

        return AsyncClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle)), **options)  # type: ignore[arg-type]


def reply(status: int = 200, body: object = None, headers: dict[str, str] | None = None) -> Handler:
    return lambda request: httpx.Response(status, json=body, headers=headers)


@pytest.fixture(autouse=True)
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> List[float]:
    """Retries wait for real otherwise; the delays asked for are kept instead."""
    slept: List[float] = []
    monkeypatch.setattr("core._base_client._sleep", slept.append)

    async def fake_async_sleep(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr("core._base_client._async_sleep", fake_async_sleep)
    return slept
