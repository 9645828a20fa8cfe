# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import Callable, Literal, Optional, Union

from gpuaas import _operations as _ops
from gpuaas._base_client import AsyncAPIResource, SyncAPIResource
from gpuaas._pagination import AsyncPaginator, SyncPage
from gpuaas._request import given
from gpuaas._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from gpuaas._types import NOT_GIVEN, Headers, NotGiven, Timeout
from gpuaas._waiters import async_wait_for, wait_for
from gpuaas.types import (
    Allocation,
    SchedulerType,
)


class Allocations(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AllocationsWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AllocationsWithRawResponse(self)

    def create(
        self,
        *,
        scheduler_type: Union[SchedulerType, NotGiven] = NOT_GIVEN,
        node_id: Union[str, NotGiven] = NOT_GIVEN,
        sku_id: Union[str, NotGiven] = NOT_GIVEN,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Allocation:
        """Create an allocation

        Requests GPU capacity in the project named by X-Project-ID. Provisioning is asynchronous:
        the allocation is returned in `pending` and moves to `active` (or `failed`); poll
        getAllocation, or use the `active` waiter (CLI `--wait`).


        POST /api/v1/allocations
        """
        return self._client.request(
            _ops.CREATE_ALLOCATION,
            Allocation,
            body=given({"scheduler_type": scheduler_type, "node_id": node_id, "sku_id": sku_id}),
            project_id=project_id,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        allocation_id: str,
        *,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Allocation:
        """Get an allocation

        Returns one allocation of the project named by X-Project-ID.

        GET /api/v1/allocations/{allocation_id}
        """
        return self._client.request(
            _ops.GET_ALLOCATION,
            Allocation,
            path={"allocation_id": allocation_id},
            project_id=project_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def wait_until_active(
        self,
        allocation_id: str,
        *,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Optional[float] = None,
        on_poll: Optional[Callable[[Optional[str], Allocation, int], None]] = None,
    ) -> Allocation:
        """Until the allocation is active (fails if it fails or is released first).

        Polls get() until status is active (WaiterError on failed or released); `timeout` is the whole wait in seconds (default 900), WaiterTimeoutError after it. `on_poll(state, response, attempt)` is called after every poll.
        """
        return wait_for(
            lambda: self.get(allocation_id, project_id=project_id, extra_headers=extra_headers),
            _ops.GET_ALLOCATION_WAITERS["active"],
            timeout=timeout,
            on_poll=on_poll,
        )

    def wait_until_released(
        self,
        allocation_id: str,
        *,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Optional[float] = None,
        on_poll: Optional[Callable[[Optional[str], Allocation, int], None]] = None,
    ) -> Allocation:
        """Until the allocation is released.

        Polls get() until status is released (WaiterError on failed); `timeout` is the whole wait in seconds (default 900), WaiterTimeoutError after it. `on_poll(state, response, attempt)` is called after every poll.
        """
        return wait_for(
            lambda: self.get(allocation_id, project_id=project_id, extra_headers=extra_headers),
            _ops.GET_ALLOCATION_WAITERS["released"],
            timeout=timeout,
            on_poll=on_poll,
        )

    def list(
        self,
        *,
        status: Union[
            Literal["pending", "provisioning", "active", "releasing", "released", "failed"], NotGiven
        ] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Allocation]:
        """List allocations

        Lists the allocations of the project named by X-Project-ID, optionally filtered by status.

        GET /api/v1/allocations
        """
        return self._client.request_page(
            _ops.LIST_ALLOCATIONS,
            Allocation,
            query={"status": status, "cursor": cursor, "page_size": page_size},
            project_id=project_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def release(
        self,
        allocation_id: str,
        *,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Allocation:
        """Release an allocation

        Returns the allocation's capacity. Asynchronous: the allocation moves to `releasing` and
        then `released`; use the `released` waiter (CLI `--wait`) to block until it is gone.


        POST /api/v1/allocations/{allocation_id}/release
        """
        return self._client.request(
            _ops.RELEASE_ALLOCATION,
            Allocation,
            path={"allocation_id": allocation_id},
            project_id=project_id,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AllocationsWithRawResponse:
    def __init__(self, resource: Allocations) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)
        self.release = to_raw_response_wrapper(resource.release)


class AsyncAllocations(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAllocationsWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncAllocationsWithRawResponse(self)

    async def create(
        self,
        *,
        scheduler_type: Union[SchedulerType, NotGiven] = NOT_GIVEN,
        node_id: Union[str, NotGiven] = NOT_GIVEN,
        sku_id: Union[str, NotGiven] = NOT_GIVEN,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Allocation:
        """Create an allocation

        Requests GPU capacity in the project named by X-Project-ID. Provisioning is asynchronous:
        the allocation is returned in `pending` and moves to `active` (or `failed`); poll
        getAllocation, or use the `active` waiter (CLI `--wait`).


        POST /api/v1/allocations
        """
        return await self._client.request(
            _ops.CREATE_ALLOCATION,
            Allocation,
            body=given({"scheduler_type": scheduler_type, "node_id": node_id, "sku_id": sku_id}),
            project_id=project_id,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        allocation_id: str,
        *,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Allocation:
        """Get an allocation

        Returns one allocation of the project named by X-Project-ID.

        GET /api/v1/allocations/{allocation_id}
        """
        return await self._client.request(
            _ops.GET_ALLOCATION,
            Allocation,
            path={"allocation_id": allocation_id},
            project_id=project_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def wait_until_active(
        self,
        allocation_id: str,
        *,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Optional[float] = None,
        on_poll: Optional[Callable[[Optional[str], Allocation, int], None]] = None,
    ) -> Allocation:
        """Until the allocation is active (fails if it fails or is released first).

        Polls get() until status is active (WaiterError on failed or released); `timeout` is the whole wait in seconds (default 900), WaiterTimeoutError after it. `on_poll(state, response, attempt)` is called after every poll.
        """
        return await async_wait_for(
            lambda: self.get(allocation_id, project_id=project_id, extra_headers=extra_headers),
            _ops.GET_ALLOCATION_WAITERS["active"],
            timeout=timeout,
            on_poll=on_poll,
        )

    async def wait_until_released(
        self,
        allocation_id: str,
        *,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Optional[float] = None,
        on_poll: Optional[Callable[[Optional[str], Allocation, int], None]] = None,
    ) -> Allocation:
        """Until the allocation is released.

        Polls get() until status is released (WaiterError on failed); `timeout` is the whole wait in seconds (default 900), WaiterTimeoutError after it. `on_poll(state, response, attempt)` is called after every poll.
        """
        return await async_wait_for(
            lambda: self.get(allocation_id, project_id=project_id, extra_headers=extra_headers),
            _ops.GET_ALLOCATION_WAITERS["released"],
            timeout=timeout,
            on_poll=on_poll,
        )

    def list(
        self,
        *,
        status: Union[
            Literal["pending", "provisioning", "active", "releasing", "released", "failed"], NotGiven
        ] = NOT_GIVEN,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Allocation]:
        """List allocations

        Lists the allocations of the project named by X-Project-ID, optionally filtered by status.

        GET /api/v1/allocations
        """
        return self._client.request_page(
            _ops.LIST_ALLOCATIONS,
            Allocation,
            query={"status": status, "cursor": cursor, "page_size": page_size},
            project_id=project_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def release(
        self,
        allocation_id: str,
        *,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Allocation:
        """Release an allocation

        Returns the allocation's capacity. Asynchronous: the allocation moves to `releasing` and
        then `released`; use the `released` waiter (CLI `--wait`) to block until it is gone.


        POST /api/v1/allocations/{allocation_id}/release
        """
        return await self._client.request(
            _ops.RELEASE_ALLOCATION,
            Allocation,
            path={"allocation_id": allocation_id},
            project_id=project_id,
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncAllocationsWithRawResponse:
    def __init__(self, resource: AsyncAllocations) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.release = async_to_raw_response_wrapper(resource.release)
