# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import Optional, Union

from gpuaas import _operations as _ops
from gpuaas._base_client import AsyncAPIResource, SyncAPIResource
from gpuaas._pagination import AsyncPaginator, SyncPage
from gpuaas._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from gpuaas._types import NOT_GIVEN, Headers, NotGiven, Timeout
from gpuaas.types import (
    Sku,
)


class Catalog(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CatalogWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return CatalogWithRawResponse(self)

    def list(
        self,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Sku]:
        """List GPU SKUs

        Lists the GPU SKUs that can be allocated, with hourly price and current availability.

        GET /api/v1/catalog/skus
        """
        return self._client.request_page(
            _ops.LIST_CATALOG_SKUS,
            Sku,
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class CatalogWithRawResponse:
    def __init__(self, resource: Catalog) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncCatalog(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCatalogWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncCatalogWithRawResponse(self)

    def list(
        self,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Sku]:
        """List GPU SKUs

        Lists the GPU SKUs that can be allocated, with hourly price and current availability.

        GET /api/v1/catalog/skus
        """
        return self._client.request_page(
            _ops.LIST_CATALOG_SKUS,
            Sku,
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncCatalogWithRawResponse:
    def __init__(self, resource: AsyncCatalog) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
