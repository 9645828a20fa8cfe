"""
The generated package against Prism serving the contracts: every operation with the sync and the async
client (Prism finds each request valid), each error class, pagination, idempotency across an injected
503, waiters, token refresh, the OIDC redirect, the Keycloak password grant.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from typing import Any, Dict, List, Optional, Tuple, Type

import gpuaas
import gpuaas._operations
import gpuaas.keycloak._operations
import httpx
import pytest
from gpuaas import (
    NOT_GIVEN,
    APIStatusError,
    AsyncGpuaas,
    AsyncKeycloak,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    Gpuaas,
    InternalServerError,
    Keycloak,
    NotFoundError,
    PaginationError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    SyncPage,
    UnprocessableEntityError,
    WaiterError,
)
from gpuaas._models import BaseModel
from gpuaas._spec import OperationSpec

from .conftest import PROJECT, Exchanges

ORG = "org_01HZX3K8Q4ABCDEF"
RUNTIME = "srt_01HZX3K8Q4ABCDEF"
VERIFIER = "a" * 43
CALLBACK = "http://127.0.0.1:53682/callback"
AUTHORIZE: Dict[str, Any] = {
    "provider": "github",
    "code_challenge": "c" * 43,
    "state": "st4te-0123456789",
    "redirect_uri": CALLBACK,
}

#: operationId, method path from the client, positional arguments, keyword arguments.
CALLS: List[Tuple[str, str, Tuple[Any, ...], Dict[str, Any]]] = [
    ("personalLogin", "auth.personal_login", (), {"username": "ada", "password": "correct horse"}),
    ("refreshToken", "auth.refresh", (), {"refresh_token": "rt"}),
    ("oidcAuthorize", "auth.authorize", (), AUTHORIZE),
    (
        "oidcTokenExchange",
        "auth.token_exchange",
        (),
        {"code": "code", "code_verifier": VERIFIER, "redirect_uri": CALLBACK},
    ),
    ("logout", "auth.logout", (), {"refresh_token": "rt"}),
    ("whoami", "auth.whoami", (), {}),
    ("listCatalogSkus", "catalog.list", (), {}),
    ("listNodes", "nodes.list", (), {"status": "available"}),
    ("listProjects", "projects.list", (), {"page_size": 10}),
    ("createProject", "projects.create", (), {"name": "Vision", "slug": "vision"}),
    ("getProject", "projects.get", (PROJECT,), {}),
    ("listAllocations", "allocations.list", (), {"status": "active"}),
    ("createAllocation", "allocations.create", (), {"scheduler_type": "slurm"}),
    ("getAllocation", "allocations.get", ("alloc_1",), {}),
    ("releaseAllocation", "allocations.release", ("alloc_1",), {}),
    ("createTerminalToken", "terminal.create_token", ("alloc_1",), {}),
    ("getBillingBalance", "billing.balance", (), {}),
    ("listSharedRuntimes", "shared_runtimes.list", (ORG,), {}),
    (
        "createSharedRuntime",
        "shared_runtimes.create",
        (ORG,),
        {"name": "llm", "sku_id": "sku_h100x8", "min_workers": 1, "max_workers": 2, "image": "ghcr.io/acme/llm:1"},
    ),
    ("getSharedRuntime", "shared_runtimes.get", (ORG, RUNTIME), {}),
    ("deleteSharedRuntime", "shared_runtimes.delete", (ORG, RUNTIME), {}),
    ("listSharedRuntimeAttachments", "shared_runtimes.attachments.list", (ORG, RUNTIME), {}),
    (
        "createSharedRuntimeAttachment",
        "shared_runtimes.attachments.create",
        (ORG, RUNTIME),
        {"project_id": PROJECT, "name": "team-a"},
    ),
    ("getSharedRuntimeAttachment", "shared_runtimes.attachments.get", (ORG, RUNTIME, "att_1"), {}),
    ("deleteSharedRuntimeAttachment", "shared_runtimes.attachments.delete", (ORG, RUNTIME, "att_1"), {}),
    ("listSharedRuntimeWorkers", "shared_runtimes.workers.list", (ORG, RUNTIME), {}),
    ("getSharedRuntimeWorker", "shared_runtimes.workers.get", (ORG, RUNTIME, "wkr_1"), {}),
    ("listSharedRuntimeWorkerOperations", "shared_runtimes.worker_operations.list", (ORG, RUNTIME), {}),
    (
        "createSharedRuntimeWorkerOperation",
        "shared_runtimes.worker_operations.create",
        (ORG, RUNTIME),
        {"worker_id": "wkr_1", "operation": "drain"},
    ),
    ("getSharedRuntimeWorkerOperation", "shared_runtimes.worker_operations.get", (ORG, RUNTIME, "wop_1"), {}),
]
KEYCLOAK_CALLS: List[Tuple[str, str, Tuple[Any, ...], Dict[str, Any]]] = [
    (
        "keycloakPasswordGrant",
        "keycloak.token",
        ("gpuaas",),
        {"grant_type": "password", "username": "ada", "password": "pw", "client_id": "gpuaas-cli"},
    ),
    ("keycloakDeviceAuthorization", "keycloak.device_authorization", ("gpuaas",), {"client_id": "gpuaas-cli"}),
]
#: Operations that answer without a body (204, or the OIDC redirect).
NO_BODY = {"logout", "deleteSharedRuntimeAttachment", "oidcAuthorize"}


def operation_ids(module: object) -> List[str]:
    return sorted(spec.id for spec in vars(module).values() if isinstance(spec, OperationSpec))


def method(client: object, path: str) -> Any:
    target = client
    for part in path.split("."):
        target = getattr(target, part)
    return target


def test_the_table_covers_every_operation() -> None:
    assert sorted(c[0] for c in CALLS) == operation_ids(gpuaas._operations)
    assert sorted(c[0] for c in KEYCLOAK_CALLS) == operation_ids(gpuaas.keycloak._operations)


def check(recorded: Exchanges, op_id: str, result: object) -> None:
    assert recorded.violations == []
    assert recorded.requests, op_id
    if op_id in NO_BODY:
        assert result is None
    else:
        assert isinstance(result, (BaseModel, SyncPage, gpuaas.AsyncPage)), (op_id, result)


@pytest.mark.parametrize(("op_id", "path", "args", "kwargs"), CALLS, ids=[c[0] for c in CALLS])
def test_every_operation_sync(
    recorded: Exchanges, base_url: str, op_id: str, path: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]
) -> None:
    with Gpuaas(
        base_url=base_url, token="test-token", project_id=PROJECT, max_retries=0, http_client=recorded.sync_http()
    ) as client:
        check(recorded, op_id, method(client, path)(*args, **kwargs))


@pytest.mark.parametrize(("op_id", "path", "args", "kwargs"), CALLS, ids=[c[0] for c in CALLS])
def test_every_operation_async(
    recorded: Exchanges, base_url: str, op_id: str, path: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]
) -> None:
    async def run() -> object:
        async with AsyncGpuaas(
            base_url=base_url, token="test-token", project_id=PROJECT, max_retries=0, http_client=recorded.async_http()
        ) as client:
            result = method(client, path)(*args, **kwargs)
            return await result if inspect.isawaitable(result) else result

    check(recorded, op_id, asyncio.run(run()))


@pytest.mark.parametrize(("op_id", "path", "args", "kwargs"), KEYCLOAK_CALLS, ids=[c[0] for c in KEYCLOAK_CALLS])
def test_keycloak_operations_form_encoded(
    recorded: Exchanges, keycloak_url: str, op_id: str, path: str, args: Tuple[Any, ...], kwargs: Dict[str, Any]
) -> None:
    with Keycloak(base_url=keycloak_url, max_retries=0, http_client=recorded.sync_http()) as client:
        check(recorded, op_id, method(client, path)(*args, **kwargs))
    assert recorded.requests[-1].headers["content-type"] == "application/x-www-form-urlencoded"

    async def run() -> object:
        async with AsyncKeycloak(base_url=keycloak_url, max_retries=0, http_client=recorded.async_http()) as client:
            return await method(client, path)(*args, **kwargs)

    check(recorded, op_id, asyncio.run(run()))


def no_pause(seconds: float) -> None:
    """Retries and polls go on at once."""


def client_for(recorded: Exchanges, base_url: str, **options: Any) -> Gpuaas:
    options = {"token": "test-token", "project_id": PROJECT, "max_retries": 0, **options}
    return Gpuaas(base_url=base_url, http_client=recorded.sync_http(), **options)


@pytest.mark.parametrize(
    ("status", "cls", "path", "args"),
    [
        (400, BadRequestError, "allocations.create", ()),
        (401, AuthenticationError, "allocations.create", ()),
        (402, PaymentRequiredError, "allocations.create", ()),
        (403, PermissionDeniedError, "allocations.create", ()),
        (404, NotFoundError, "allocations.get", ("alloc_1",)),
        (409, ConflictError, "allocations.create", ()),
        (422, UnprocessableEntityError, "allocations.create", ()),
        (429, RateLimitError, "allocations.create", ()),
        (500, InternalServerError, "allocations.create", ()),
    ],
)
def test_each_error_class(
    recorded: Exchanges, base_url: str, status: int, cls: Type[APIStatusError], path: str, args: Tuple[Any, ...]
) -> None:
    recorded.prefer = lambda request, n: f"code={status}"
    with pytest.raises(cls) as caught:
        method(client_for(recorded, base_url), path)(*args)
    error = caught.value
    assert error.status_code == status
    assert error.error_code and error.error_code.islower()
    assert error.correlation_id and error.correlation_id.startswith("corr_")
    assert error.error_code in str(error) and error.response.status_code == status
    assert error.retryable is (status in (409, 429, 500))


def test_the_server_code_of_a_named_example_is_kept(recorded: Exchanges, base_url: str) -> None:
    recorded.prefer = lambda request, n: "code=401, example=expired_token"
    with pytest.raises(AuthenticationError) as caught:
        client_for(recorded, base_url).auth.whoami()
    assert caught.value.error_code == "token_expired"


def test_project_scope_without_a_project_fails_before_any_request(
    recorded: Exchanges, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GPUAAS_PROJECT", raising=False)
    with pytest.raises(ConfigurationError, match="project-scoped"):
        Gpuaas(base_url=base_url, token="t", http_client=recorded.sync_http()).allocations.list()
    assert recorded.requests == []


def first_then_last(request: httpx.Request, n: int) -> str:
    return "example=last_page" if "cursor" in request.url.params else "example=first_page"


def test_pagination_walks_every_item_lazily(recorded: Exchanges, base_url: str) -> None:
    recorded.prefer = first_then_last
    page = client_for(recorded, base_url).nodes.list()
    assert len(recorded.requests) == 1 and page.has_next_page() and page.next_cursor
    ids = [node.id for node in page]
    assert len(recorded.requests) == 2 and len(ids) > 2 and len(set(ids)) == len(ids)
    assert not page.get_next_page().has_next_page()
    assert [len(p.items) > 0 for p in page.iter_pages()] == [True, True]

    async def walk() -> List[str]:
        async with AsyncGpuaas(base_url=base_url, token="t", http_client=recorded.async_http()) as client:
            return [node.id async for node in client.nodes.list()]

    assert asyncio.run(walk()) == ids


def test_a_repeated_cursor_raises(recorded: Exchanges, base_url: str) -> None:
    recorded.prefer = lambda request, n: "example=first_page"
    with pytest.raises(PaginationError, match="a second time"):
        for _project in client_for(recorded, base_url).projects.list():
            pass


class FailFirst(httpx.BaseTransport):
    """The first attempt fails in transit as a 503 the server never sees; later ones reach Prism."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.keys: List[Optional[str]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.keys.append(request.headers.get("idempotency-key"))
        if len(self.keys) == 1:
            return httpx.Response(503, json={"code": "unavailable", "message": "try again", "correlation_id": "corr_x"})
        return self.inner.handle_request(request)


@pytest.mark.parametrize("key", [None, "caller-key-1"])
def test_one_idempotency_key_reused_by_the_retry_after_a_503(
    base_url: str, key: Optional[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("gpuaas._base_client._sleep", no_pause)
    transport = FailFirst()
    client = Gpuaas(base_url=base_url, token="t", project_id=PROJECT, http_client=httpx.Client(transport=transport))
    allocation = client.allocations.create(scheduler_type="k8s", idempotency_key=key or NOT_GIVEN)
    assert allocation.id
    assert len(transport.keys) == 2 and transport.keys[0] == transport.keys[1]
    assert transport.keys[0] == key if key else len(transport.keys[0] or "") == 36


def test_waiter_resolves_on_the_success_state(
    recorded: Exchanges, base_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("gpuaas._waiters._sleep", no_pause)
    recorded.prefer = lambda request, n: "example=pending" if n == 0 else "example=active"
    polls: List[Optional[str]] = []
    allocation = client_for(recorded, base_url).allocations.wait_until_active(
        "alloc_1", timeout=60, on_poll=lambda s, a, n: polls.append(s)
    )
    assert allocation.status == "active" and polls == ["pending", "active"]


def test_waiter_fails_on_the_failure_state(recorded: Exchanges, base_url: str) -> None:
    recorded.prefer = lambda request, n: "example=failed"

    async def wait() -> None:
        async with AsyncGpuaas(
            base_url=base_url, token="t", project_id=PROJECT, http_client=recorded.async_http()
        ) as client:
            await client.allocations.wait_until_active("alloc_1")

    with pytest.raises(WaiterError) as caught:
        asyncio.run(wait())
    assert caught.value.state == "failed"


def test_an_expired_token_is_refreshed_through_the_refresh_operation(recorded: Exchanges, base_url: str) -> None:
    stored: List[str] = []
    provider = Gpuaas.refreshing_token_provider(
        access_token="old",
        refresh_token="rt",
        expires_at=time.time() - 1,
        base_url=base_url,
        on_refresh=lambda t: stored.append(t.access_token),
    )
    user = Gpuaas(base_url=base_url, token_provider=provider, http_client=recorded.sync_http()).auth.whoami()
    assert user.id and len(stored) == 1 and stored[0] != "old"
    assert recorded.requests[-1].headers["authorization"] == f"Bearer {stored[0]}"


def test_a_401_refreshes_once_and_retries(recorded: Exchanges, base_url: str) -> None:
    recorded.prefer = lambda request, n: "code=401, example=expired_token" if n == 0 else None
    provider = Gpuaas.refreshing_token_provider(access_token="old", refresh_token="rt", base_url=base_url)
    user = Gpuaas(base_url=base_url, token_provider=provider, http_client=recorded.sync_http()).auth.whoami()
    assert user.id
    assert recorded.requests[0].headers["authorization"] == "Bearer old"
    assert recorded.requests[-1].headers["authorization"] != "Bearer old"


def test_the_oidc_redirect_is_read_not_followed(recorded: Exchanges, base_url: str) -> None:
    raw = client_for(recorded, base_url).auth.with_raw_response.authorize(**AUTHORIZE)
    assert raw.status_code == 302 and raw.headers["location"].startswith("https://") and raw.parse() is None


def test_raw_response_carries_the_correlation_id(recorded: Exchanges, base_url: str) -> None:
    raw = client_for(recorded, base_url).billing.with_raw_response.balance()
    assert raw.status_code == 200 and raw.correlation_id and raw.correlation_id.startswith("corr_")
    assert raw.parse().currency
