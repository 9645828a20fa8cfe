# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import Literal, Optional, Union

from gpuaas import _operations as _ops
from gpuaas._base_client import AsyncAPIResource, SyncAPIResource
from gpuaas._pagination import AsyncPaginator, SyncPage
from gpuaas._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from gpuaas._types import NOT_GIVEN, Headers, NotGiven, Timeout
from gpuaas.types import (
    Node,
)


class Nodes(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> NodesWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return NodesWithRawResponse(self)

    def list(
        self,
        *,
        status: Union[Literal["available", "allocated", "maintenance", "offline"], NotGiven] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Node]:
        """List GPU nodes

        Lists the GPU nodes visible to the tenant, optionally filtered by status.

        GET /api/v1/nodes
        """
        return self._client.request_page(
            _ops.LIST_NODES,
            Node,
            query={"status": status, "cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class NodesWithRawResponse:
    def __init__(self, resource: Nodes) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncNodes(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncNodesWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncNodesWithRawResponse(self)

    def list(
        self,
        *,
        status: Union[Literal["available", "allocated", "maintenance", "offline"], NotGiven] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Node]:
        """List GPU nodes

        Lists the GPU nodes visible to the tenant, optionally filtered by status.

        GET /api/v1/nodes
        """
        return self._client.request_page(
            _ops.LIST_NODES,
            Node,
            query={"status": status, "cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncNodesWithRawResponse:
    def __init__(self, resource: AsyncNodes) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
