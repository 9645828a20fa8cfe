# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import Callable, ClassVar, Optional

import httpx

from gpuaas._auth import AsyncRefreshingTokenProvider, RefreshingTokenProvider, RefreshResult, TokenSet
from gpuaas._base_client import AsyncAPIClient, SyncAPIClient
from gpuaas._operations import CONTRACT
from gpuaas._spec import ContractMeta
from gpuaas.resources.allocations import Allocations, AsyncAllocations
from gpuaas.resources.auth import AsyncAuth, Auth
from gpuaas.resources.billing import AsyncBilling, Billing
from gpuaas.resources.catalog import AsyncCatalog, Catalog
from gpuaas.resources.nodes import AsyncNodes, Nodes
from gpuaas.resources.projects import AsyncProjects, Projects
from gpuaas.resources.shared_runtimes import AsyncSharedRuntimes, SharedRuntimes
from gpuaas.resources.terminal import AsyncTerminal, Terminal


class Gpuaas(SyncAPIClient):
    """GPUaaS API client.

    Public control-plane API of the GPUaaS platform.

    * Authentication: `Authorization: Bearer <access token>` on every call except the login,
      refresh and OIDC endpoints. Tokens never travel in a query string or URL.
    * Errors: every 4xx/5xx body is the canonical envelope `{code, message, correlation_id, details?}`;
      `code` is machine-readable and stable. The correlation id is also returned in the
      `X-Correlation-ID` response header, and a client may send its own in the request header of
      the same name.
    * Project scope: project-scoped endpoints require an explicit `X-Project-ID` header.
    * Pagination: list endpoints take `cursor` and `page_size` and return `{items, next_cursor}`;
      `next_cursor` is `null` on the last page.
    * Idempotency: mutations that create work accept an `Idempotency-Key` header; the first
      response for a key is replayed for 24 hours.
    """

    _contract: ClassVar[ContractMeta] = CONTRACT

    @cached_property
    def allocations(self) -> Allocations:
        return Allocations(self)

    @cached_property
    def auth(self) -> Auth:
        return Auth(self)

    @cached_property
    def billing(self) -> Billing:
        return Billing(self)

    @cached_property
    def catalog(self) -> Catalog:
        return Catalog(self)

    @cached_property
    def nodes(self) -> Nodes:
        return Nodes(self)

    @cached_property
    def projects(self) -> Projects:
        return Projects(self)

    @cached_property
    def shared_runtimes(self) -> SharedRuntimes:
        return SharedRuntimes(self)

    @cached_property
    def terminal(self) -> Terminal:
        return Terminal(self)

    @classmethod
    def refreshing_token_provider(
        cls,
        *,
        access_token: str,
        refresh_token: Optional[str] = None,
        expires_at: Optional[float] = None,
        base_url: Optional[str] = None,
        on_refresh: Optional[Callable[[TokenSet], None]] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> RefreshingTokenProvider:
        """
        A token provider that renews the access token through ``auth.refresh`` shortly before
        it expires (``expires_at``, epoch seconds) and once when the server answers 401. Pass it as
        ``token_provider``; ``on_refresh`` receives each new token set (to store it).
        """

        def refresh(token: str) -> RefreshResult:
            client = cls(base_url=base_url, http_client=http_client)
            return _refresh_result(client.auth.refresh(refresh_token=token).to_dict(), token)

        return RefreshingTokenProvider(
            access_token=access_token,
            refresh_token=refresh_token,
            expires_at=expires_at,
            refresh=refresh,
            on_refresh=on_refresh,
        )


class AsyncGpuaas(AsyncAPIClient):
    """GPUaaS API client.

    Public control-plane API of the GPUaaS platform.

    * Authentication: `Authorization: Bearer <access token>` on every call except the login,
      refresh and OIDC endpoints. Tokens never travel in a query string or URL.
    * Errors: every 4xx/5xx body is the canonical envelope `{code, message, correlation_id, details?}`;
      `code` is machine-readable and stable. The correlation id is also returned in the
      `X-Correlation-ID` response header, and a client may send its own in the request header of
      the same name.
    * Project scope: project-scoped endpoints require an explicit `X-Project-ID` header.
    * Pagination: list endpoints take `cursor` and `page_size` and return `{items, next_cursor}`;
      `next_cursor` is `null` on the last page.
    * Idempotency: mutations that create work accept an `Idempotency-Key` header; the first
      response for a key is replayed for 24 hours.
    """

    _contract: ClassVar[ContractMeta] = CONTRACT

    @cached_property
    def allocations(self) -> AsyncAllocations:
        return AsyncAllocations(self)

    @cached_property
    def auth(self) -> AsyncAuth:
        return AsyncAuth(self)

    @cached_property
    def billing(self) -> AsyncBilling:
        return AsyncBilling(self)

    @cached_property
    def catalog(self) -> AsyncCatalog:
        return AsyncCatalog(self)

    @cached_property
    def nodes(self) -> AsyncNodes:
        return AsyncNodes(self)

    @cached_property
    def projects(self) -> AsyncProjects:
        return AsyncProjects(self)

    @cached_property
    def shared_runtimes(self) -> AsyncSharedRuntimes:
        return AsyncSharedRuntimes(self)

    @cached_property
    def terminal(self) -> AsyncTerminal:
        return AsyncTerminal(self)

    @classmethod
    def refreshing_token_provider(
        cls,
        *,
        access_token: str,
        refresh_token: Optional[str] = None,
        expires_at: Optional[float] = None,
        base_url: Optional[str] = None,
        on_refresh: Optional[Callable[[TokenSet], None]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> AsyncRefreshingTokenProvider:
        """The async client's refreshing token provider (see Gpuaas.refreshing_token_provider)."""

        async def refresh(token: str) -> RefreshResult:
            client = cls(base_url=base_url, http_client=http_client)
            return _refresh_result((await client.auth.refresh(refresh_token=token)).to_dict(), token)

        return AsyncRefreshingTokenProvider(
            access_token=access_token,
            refresh_token=refresh_token,
            expires_at=expires_at,
            refresh=refresh,
            on_refresh=on_refresh,
        )


def _refresh_result(body: dict[str, object], sent: str) -> RefreshResult:
    access = body.get("access_token")
    rotated = body.get("refresh_token")
    expires_in = body.get("expires_in")
    return RefreshResult(
        access_token=str(access),
        refresh_token=rotated if isinstance(rotated, str) else sent,
        expires_in=float(expires_in) if isinstance(expires_in, (int, float)) else None,
    )
