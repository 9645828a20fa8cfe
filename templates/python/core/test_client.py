"""The request loop of both clients, on an httpx.MockTransport: retries, idempotency, scope, auth, logging."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Callable, Dict, List, Optional, Type

import httpx
import pytest

from core._auth import RefreshingTokenProvider, RefreshResult
from core._errors import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    InternalServerError,
    PaginationError,
    RateLimitError,
)
from core._response import APIResponse, to_raw_response_wrapper
from core.conftest import CREATE, GET, LIST, SCOPED, UNKEYED, Client, Recorder, reply

Send = Callable[..., Any]


@pytest.fixture(params=["sync", "async"])
def send(request: pytest.FixtureRequest) -> Send:
    """Runs one ``request`` through the sync or the async client: both must behave the same."""

    def go(recorder: Recorder, spec: Any, client_options: Optional[Dict[str, Any]] = None, **kwargs: Any) -> Any:
        options = {"token": "tok", **(client_options or {})}
        if request.param == "sync":
            return recorder.client(**options).request(spec, object, **kwargs)
        return asyncio.run(recorder.async_client(**options).request(spec, object, **kwargs))

    return go


def failing(error: Exception) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error

    return handler


def test_one_idempotency_key_per_call_reused_by_its_retries(send: Send, no_sleep: List[float]) -> None:
    recorder = Recorder(reply(503, {"code": "unavailable", "message": "later"}), reply(201, {"id": "t1"}))
    assert send(recorder, CREATE, body={"name": "a"}) == {"id": "t1"}
    keys = [r.headers["idempotency-key"] for r in recorder.requests]
    assert len(keys) == 2 and keys[0] == keys[1] and len(keys[0]) == 36
    correlation = {r.headers["x-correlation-id"] for r in recorder.requests}
    assert len(correlation) == 1
    assert [r.content for r in recorder.requests] == [b'{"name":"a"}'] * 2
    assert no_sleep and 0.375 <= no_sleep[0] <= 0.5


def test_the_callers_key_and_a_fresh_key_per_call(send: Send) -> None:
    recorder = Recorder(reply(201, {}))
    send(recorder, CREATE, body={}, idempotency_key="mine")
    send(recorder, CREATE, body={})
    send(recorder, CREATE, body={})
    keys = [r.headers["idempotency-key"] for r in recorder.requests]
    assert keys[0] == "mine" and keys[1] != keys[2]


@pytest.mark.parametrize(
    ("first", "attempts"),
    [
        (reply(503, {}), 1),  # it reached the server: not repeated
        (failing(httpx.ReadError("reset")), 1),  # it may have reached the server
        (failing(httpx.ConnectError("refused")), 2),  # never sent: safe to try again
        (reply(429, {}), 2),  # refused unprocessed
    ],
)
def test_an_unkeyed_mutation_is_retried_only_when_it_cannot_have_taken_effect(
    send: Send, first: Any, attempts: int
) -> None:
    recorder = Recorder(first, reply(200, {"ok": True}))
    try:
        send(recorder, UNKEYED, body={})
    except (InternalServerError, APIConnectionError) as error:
        assert error.retryable is False
    assert len(recorder.requests) == attempts


def test_retries_stop_after_max_retries_and_the_error_says_retryable(send: Send, no_sleep: List[float]) -> None:
    recorder = Recorder(reply(500, {"code": "boom", "message": "m", "correlation_id": "c1"}))
    with pytest.raises(InternalServerError) as caught:
        send(recorder, GET, path={"id": "1"}, max_retries=3)
    assert len(recorder.requests) == 4
    assert caught.value.retryable is True and caught.value.error_code == "boom" and caught.value.correlation_id == "c1"
    assert len(no_sleep) == 3


def test_retry_after_is_honoured(send: Send, no_sleep: List[float]) -> None:
    recorder = Recorder(reply(429, {}, {"retry-after": "2"}), reply(200, {}))
    send(recorder, GET, path={"id": "1"})
    assert no_sleep == [2.0]
    long_wait = Recorder(reply(429, {}, {"retry-after": "120"}))
    with pytest.raises(RateLimitError) as caught:
        send(long_wait, GET, path={"id": "1"})
    assert len(long_wait.requests) == 1 and caught.value.retry_after == 120.0


@pytest.mark.parametrize(
    ("error", "cls"),
    [(httpx.ReadTimeout("slow"), APITimeoutError), (httpx.ConnectError("refused"), APIConnectionError)],
)
def test_transport_failures_have_their_own_classes(send: Send, error: Exception, cls: Type[APIConnectionError]) -> None:
    recorder = Recorder(failing(error))
    with pytest.raises(cls) as caught:
        send(recorder, GET, path={"id": "1"}, max_retries=1)
    assert len(recorder.requests) == 2
    assert caught.value.correlation_id == recorder.requests[0].headers["x-correlation-id"]


def test_project_scope_is_checked_before_any_request(send: Send) -> None:
    recorder = Recorder(reply(200, {}))
    with pytest.raises(ConfigurationError, match="project-scoped"):
        send(recorder, SCOPED)
    assert recorder.requests == []
    send(recorder, SCOPED, client_options={"project_id": "proj_client"})
    send(recorder, SCOPED, client_options={"project_id": "proj_client"}, project_id="proj_call")
    assert [r.headers["x-project-id"] for r in recorder.requests] == ["proj_client", "proj_call"]


def test_environment_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TESTAPI_BASE_URL", "http://env.test/base/")
    monkeypatch.setenv("TESTAPI_TOKEN", "env-token")
    monkeypatch.setenv("TESTAPI_PROJECT", "proj_env")
    recorder = Recorder(reply(200, {}))
    client = Client(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    client.request(SCOPED, object)
    request = recorder.requests[0]
    assert str(request.url) == "http://env.test/base/scoped"
    assert request.headers["authorization"] == "Bearer env-token"
    assert request.headers["x-project-id"] == "proj_env"


@pytest.mark.parametrize(
    ("options", "message"),
    [({"base_url": "ftp://x"}, "Invalid base URL"), ({"max_retries": -1}, "max_retries"), ({"timeout": 0}, "timeout")],
)
def test_bad_options_are_configuration_errors(options: Dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        Client(**options)


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_an_empty_or_dot_path_id_never_addresses_another_resource(send: Send, value: str) -> None:
    with pytest.raises(ConfigurationError, match="non-empty id"):
        send(Recorder(reply(200, {})), GET, path={"id": value})


def test_path_parameters_are_percent_encoded(send: Send) -> None:
    recorder = Recorder(reply(200, {}))
    send(recorder, GET, path={"id": "a/b c"})
    assert recorder.requests[0].url.raw_path == b"/things/a%2Fb%20c"


def test_a_401_refreshes_the_token_once_outside_the_retry_budget(send: Send) -> None:
    refreshed: List[str] = []

    def refresh(token: str) -> RefreshResult:
        refreshed.append(token)
        return RefreshResult(access_token=f"new-{len(refreshed)}")

    provider = RefreshingTokenProvider(access_token="old", refresh_token="r1", refresh=refresh)
    recorder = Recorder(reply(401, {"code": "token_expired", "message": "m"}), reply(200, {"ok": 1}))
    Client(
        token_provider=provider, max_retries=0, http_client=httpx.Client(transport=httpx.MockTransport(recorder))
    ).request(GET, object, path={"id": "1"})
    assert [r.headers["authorization"] for r in recorder.requests] == ["Bearer old", "Bearer new-1"]
    assert refreshed == ["r1"]
    still = Recorder(reply(401, {"code": "token_expired", "message": "m"}))
    with pytest.raises(AuthenticationError) as caught:
        Client(token_provider=provider, http_client=httpx.Client(transport=httpx.MockTransport(still))).request(
            GET, object, path={"id": "1"}
        )
    assert len(still.requests) == 2 and caught.value.error_code == "token_expired"


def test_raw_response_gives_status_headers_and_correlation_id() -> None:
    recorder = Recorder(reply(200, {"id": "1"}, {"X-Correlation-ID": "corr_9"}))
    client = recorder.client(token="t")
    raw = to_raw_response_wrapper(lambda: client.request(GET, object, path={"id": "1"}))()
    assert isinstance(raw, APIResponse)
    assert (raw.status_code, raw.correlation_id, raw.parse(), raw.headers["x-correlation-id"]) == (
        200,
        "corr_9",
        {"id": "1"},
        "corr_9",
    )
    assert client.request(GET, object, path={"id": "1"}) == {"id": "1"}


def test_with_options_copies_and_shares_the_pool() -> None:
    recorder = Recorder(reply(200, {}))
    client = recorder.client(token="t", max_retries=5)
    copy = client.with_options(project_id="proj_2", default_headers={"X-Extra": "1"})
    assert copy._http is client._http and copy.max_retries == 5 and copy.project_id == "proj_2"  # pyright: ignore[reportPrivateUsage]
    copy.request(SCOPED, object)
    assert recorder.requests[0].headers["x-extra"] == "1"
    copy.close()
    assert not client._http.is_closed  # pyright: ignore[reportPrivateUsage]


def test_debug_log_redacts_credentials(caplog: pytest.LogCaptureFixture) -> None:
    recorder = Recorder(reply(200, {"access_token": "secret-at", "refresh_token": "secret-rt", "user": "ann"}))
    with caplog.at_level(logging.DEBUG, logger="gpuaas"):
        recorder.client(token="secret-token").request(CREATE, object, body={"username": "ann", "password": "secret-pw"})
    text = caplog.text
    assert "Bearer [REDACTED]" in text and '"username": "ann"' in text and '"user": "ann"' in text
    for secret in ("secret-token", "secret-pw", "secret-at", "secret-rt"):
        assert secret not in text


def test_pages_are_fetched_as_the_loop_asks_and_a_repeated_cursor_stops() -> None:
    pages = {
        None: {"items": [1, 2], "next_cursor": "c2"},
        "c2": {"items": [3], "next_cursor": "c3"},
        "c3": {"items": [4], "next_cursor": "c2"},
    }
    recorder = Recorder(lambda request: httpx.Response(200, json=pages[request.url.params.get("cursor")]))
    page = recorder.client(token="t").request_page(LIST, int)
    assert (page.items, page.next_cursor, page.has_next_page(), len(recorder.requests)) == ([1, 2], "c2", True, 1)
    seen: List[int] = []
    with pytest.raises(PaginationError, match='cursor "c2" a second time'):
        for item in page:
            seen.append(item)
    assert seen == [1, 2, 3, 4]


def test_async_pages_are_lazy() -> None:
    pages = {None: {"items": ["a"], "next_cursor": "n"}, "n": {"items": ["b"], "next_cursor": None}}
    recorder = Recorder(lambda request: httpx.Response(200, json=pages[request.url.params.get("cursor")]))
    paginator = recorder.async_client(token="t").request_page(LIST, str)
    assert recorder.requests == []

    async def collect() -> List[str]:
        return [item async for item in paginator]

    assert asyncio.run(collect()) == ["a", "b"]
    assert len(recorder.requests) == 2
