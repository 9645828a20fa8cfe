# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import Callable, Optional, Union

from gpuaas import _operations as _ops
from gpuaas._base_client import AsyncAPIResource, SyncAPIResource
from gpuaas._pagination import AsyncPaginator, SyncPage
from gpuaas._request import given
from gpuaas._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from gpuaas._types import NOT_GIVEN, Headers, NotGiven, Timeout
from gpuaas._waiters import async_wait_for, wait_for
from gpuaas.types import (
    SharedRuntime,
    SharedRuntimeAttachment,
    SharedRuntimeWorker,
    SharedRuntimeWorkerOperation,
    WorkerOperationType,
)


class SharedRuntimesWorkers(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SharedRuntimesWorkersWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return SharedRuntimesWorkersWithRawResponse(self)

    def get(
        self,
        org_id: str,
        runtime_id: str,
        worker_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntimeWorker:
        """Get a runtime worker

        Returns one worker of a shared runtime.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers/{worker_id}
        """
        return self._client.request(
            _ops.GET_SHARED_RUNTIME_WORKER,
            SharedRuntimeWorker,
            path={"org_id": org_id, "runtime_id": runtime_id, "worker_id": worker_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        org_id: str,
        runtime_id: str,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[SharedRuntimeWorker]:
        """List runtime workers

        Lists the workers of a shared runtime and the nodes they run on.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers
        """
        return self._client.request_page(
            _ops.LIST_SHARED_RUNTIME_WORKERS,
            SharedRuntimeWorker,
            path={"org_id": org_id, "runtime_id": runtime_id},
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class SharedRuntimesWorkersWithRawResponse:
    def __init__(self, resource: SharedRuntimesWorkers) -> None:
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class SharedRuntimesWorkerOperations(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SharedRuntimesWorkerOperationsWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return SharedRuntimesWorkerOperationsWithRawResponse(self)

    def create(
        self,
        org_id: str,
        runtime_id: str,
        *,
        worker_id: str,
        operation: WorkerOperationType,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntimeWorkerOperation:
        """Run a worker operation

        Queues a restart, drain, cordon or uncordon of one worker. Asynchronous (`queued` ->
        `running` -> `succeeded` | `failed`); use the `completed` waiter (CLI `--wait`).


        POST /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations
        """
        return self._client.request(
            _ops.CREATE_SHARED_RUNTIME_WORKER_OPERATION,
            SharedRuntimeWorkerOperation,
            path={"org_id": org_id, "runtime_id": runtime_id},
            body=given({"worker_id": worker_id, "operation": operation}),
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        org_id: str,
        runtime_id: str,
        operation_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntimeWorkerOperation:
        """Get a worker operation

        Returns one worker operation and its outcome.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations/{operation_id}
        """
        return self._client.request(
            _ops.GET_SHARED_RUNTIME_WORKER_OPERATION,
            SharedRuntimeWorkerOperation,
            path={"org_id": org_id, "runtime_id": runtime_id, "operation_id": operation_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def wait_until_completed(
        self,
        org_id: str,
        runtime_id: str,
        operation_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Optional[float] = None,
        on_poll: Optional[Callable[[Optional[str], SharedRuntimeWorkerOperation, int], None]] = None,
    ) -> SharedRuntimeWorkerOperation:
        """Until the operation has finished successfully.

        Polls get() until status is succeeded (WaiterError on failed); `timeout` is the whole wait in seconds (default 900), WaiterTimeoutError after it. `on_poll(state, response, attempt)` is called after every poll.
        """
        return wait_for(
            lambda: self.get(org_id, runtime_id, operation_id, extra_headers=extra_headers),
            _ops.GET_SHARED_RUNTIME_WORKER_OPERATION_WAITERS["completed"],
            timeout=timeout,
            on_poll=on_poll,
        )

    def list(
        self,
        org_id: str,
        runtime_id: str,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[SharedRuntimeWorkerOperation]:
        """List worker operations

        Lists the restart / drain / cordon / uncordon operations run on a runtime's workers, newest first.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations
        """
        return self._client.request_page(
            _ops.LIST_SHARED_RUNTIME_WORKER_OPERATIONS,
            SharedRuntimeWorkerOperation,
            path={"org_id": org_id, "runtime_id": runtime_id},
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class SharedRuntimesWorkerOperationsWithRawResponse:
    def __init__(self, resource: SharedRuntimesWorkerOperations) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class SharedRuntimesAttachments(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> SharedRuntimesAttachmentsWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return SharedRuntimesAttachmentsWithRawResponse(self)

    def create(
        self,
        org_id: str,
        runtime_id: str,
        *,
        project_id: str,
        name: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntimeAttachment:
        """Attach a project to a runtime

        Attaches a project to a shared runtime so that the project's apps can send work to it.

        POST /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments
        """
        return self._client.request(
            _ops.CREATE_SHARED_RUNTIME_ATTACHMENT,
            SharedRuntimeAttachment,
            path={"org_id": org_id, "runtime_id": runtime_id},
            body=given({"project_id": project_id, "name": name}),
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        org_id: str,
        runtime_id: str,
        attachment_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Detach a project from a runtime

        Removes a project's attachment; the project's apps can no longer send work to the runtime.

        DELETE /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}
        """
        return self._client.request(
            _ops.DELETE_SHARED_RUNTIME_ATTACHMENT,
            type(None),
            path={"org_id": org_id, "runtime_id": runtime_id, "attachment_id": attachment_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        org_id: str,
        runtime_id: str,
        attachment_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntimeAttachment:
        """Get a runtime attachment

        Returns one project attachment of a shared runtime.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}
        """
        return self._client.request(
            _ops.GET_SHARED_RUNTIME_ATTACHMENT,
            SharedRuntimeAttachment,
            path={"org_id": org_id, "runtime_id": runtime_id, "attachment_id": attachment_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        org_id: str,
        runtime_id: str,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[SharedRuntimeAttachment]:
        """List runtime attachments

        Lists the projects attached to a shared runtime.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments
        """
        return self._client.request_page(
            _ops.LIST_SHARED_RUNTIME_ATTACHMENTS,
            SharedRuntimeAttachment,
            path={"org_id": org_id, "runtime_id": runtime_id},
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class SharedRuntimesAttachmentsWithRawResponse:
    def __init__(self, resource: SharedRuntimesAttachments) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class SharedRuntimes(SyncAPIResource):
    @cached_property
    def attachments(self) -> SharedRuntimesAttachments:
        return SharedRuntimesAttachments(self._client)

    @cached_property
    def worker_operations(self) -> SharedRuntimesWorkerOperations:
        return SharedRuntimesWorkerOperations(self._client)

    @cached_property
    def workers(self) -> SharedRuntimesWorkers:
        return SharedRuntimesWorkers(self._client)

    @cached_property
    def with_raw_response(self) -> SharedRuntimesWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return SharedRuntimesWithRawResponse(self)

    def create(
        self,
        org_id: str,
        *,
        name: str,
        sku_id: str,
        min_workers: int,
        max_workers: int,
        image: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntime:
        """Create a shared runtime

        Creates a shared runtime: a pool of workers running one image on one SKU, shared by the
        projects attached to it. Provisioning is asynchronous (`provisioning` -> `ready`); use the
        `ready` waiter (CLI `--wait`).


        POST /api/v1/orgs/{org_id}/apps/shared-runtimes
        """
        return self._client.request(
            _ops.CREATE_SHARED_RUNTIME,
            SharedRuntime,
            path={"org_id": org_id},
            body=given(
                {"name": name, "sku_id": sku_id, "min_workers": min_workers, "max_workers": max_workers, "image": image}
            ),
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def delete(
        self,
        org_id: str,
        runtime_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntime:
        """Delete a shared runtime

        Starts deleting a shared runtime and its workers. Asynchronous: the runtime moves to
        `deleting` and then disappears (getSharedRuntime returns 404). Fails with 409 while projects
        are still attached.


        DELETE /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}
        """
        return self._client.request(
            _ops.DELETE_SHARED_RUNTIME,
            SharedRuntime,
            path={"org_id": org_id, "runtime_id": runtime_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        org_id: str,
        runtime_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntime:
        """Get a shared runtime

        Returns one shared runtime with its status and worker counts.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}
        """
        return self._client.request(
            _ops.GET_SHARED_RUNTIME,
            SharedRuntime,
            path={"org_id": org_id, "runtime_id": runtime_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def wait_until_ready(
        self,
        org_id: str,
        runtime_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Optional[float] = None,
        on_poll: Optional[Callable[[Optional[str], SharedRuntime, int], None]] = None,
    ) -> SharedRuntime:
        """Until the runtime is ready (fails if it fails or starts deleting).

        Polls get() until status is ready (WaiterError on failed or deleting); `timeout` is the whole wait in seconds (default 900), WaiterTimeoutError after it. `on_poll(state, response, attempt)` is called after every poll.
        """
        return wait_for(
            lambda: self.get(org_id, runtime_id, extra_headers=extra_headers),
            _ops.GET_SHARED_RUNTIME_WAITERS["ready"],
            timeout=timeout,
            on_poll=on_poll,
        )

    def list(
        self,
        org_id: str,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[SharedRuntime]:
        """List shared runtimes

        Lists the shared app runtimes of an organization.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes
        """
        return self._client.request_page(
            _ops.LIST_SHARED_RUNTIMES,
            SharedRuntime,
            path={"org_id": org_id},
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class SharedRuntimesWithRawResponse:
    def __init__(self, resource: SharedRuntimes) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)
        self.attachments = SharedRuntimesAttachmentsWithRawResponse(resource.attachments)
        self.worker_operations = SharedRuntimesWorkerOperationsWithRawResponse(resource.worker_operations)
        self.workers = SharedRuntimesWorkersWithRawResponse(resource.workers)


class AsyncSharedRuntimesWorkers(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSharedRuntimesWorkersWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncSharedRuntimesWorkersWithRawResponse(self)

    async def get(
        self,
        org_id: str,
        runtime_id: str,
        worker_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntimeWorker:
        """Get a runtime worker

        Returns one worker of a shared runtime.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers/{worker_id}
        """
        return await self._client.request(
            _ops.GET_SHARED_RUNTIME_WORKER,
            SharedRuntimeWorker,
            path={"org_id": org_id, "runtime_id": runtime_id, "worker_id": worker_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        org_id: str,
        runtime_id: str,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[SharedRuntimeWorker]:
        """List runtime workers

        Lists the workers of a shared runtime and the nodes they run on.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers
        """
        return self._client.request_page(
            _ops.LIST_SHARED_RUNTIME_WORKERS,
            SharedRuntimeWorker,
            path={"org_id": org_id, "runtime_id": runtime_id},
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSharedRuntimesWorkersWithRawResponse:
    def __init__(self, resource: AsyncSharedRuntimesWorkers) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncSharedRuntimesWorkerOperations(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSharedRuntimesWorkerOperationsWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncSharedRuntimesWorkerOperationsWithRawResponse(self)

    async def create(
        self,
        org_id: str,
        runtime_id: str,
        *,
        worker_id: str,
        operation: WorkerOperationType,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntimeWorkerOperation:
        """Run a worker operation

        Queues a restart, drain, cordon or uncordon of one worker. Asynchronous (`queued` ->
        `running` -> `succeeded` | `failed`); use the `completed` waiter (CLI `--wait`).


        POST /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations
        """
        return await self._client.request(
            _ops.CREATE_SHARED_RUNTIME_WORKER_OPERATION,
            SharedRuntimeWorkerOperation,
            path={"org_id": org_id, "runtime_id": runtime_id},
            body=given({"worker_id": worker_id, "operation": operation}),
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        org_id: str,
        runtime_id: str,
        operation_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntimeWorkerOperation:
        """Get a worker operation

        Returns one worker operation and its outcome.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations/{operation_id}
        """
        return await self._client.request(
            _ops.GET_SHARED_RUNTIME_WORKER_OPERATION,
            SharedRuntimeWorkerOperation,
            path={"org_id": org_id, "runtime_id": runtime_id, "operation_id": operation_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def wait_until_completed(
        self,
        org_id: str,
        runtime_id: str,
        operation_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Optional[float] = None,
        on_poll: Optional[Callable[[Optional[str], SharedRuntimeWorkerOperation, int], None]] = None,
    ) -> SharedRuntimeWorkerOperation:
        """Until the operation has finished successfully.

        Polls get() until status is succeeded (WaiterError on failed); `timeout` is the whole wait in seconds (default 900), WaiterTimeoutError after it. `on_poll(state, response, attempt)` is called after every poll.
        """
        return await async_wait_for(
            lambda: self.get(org_id, runtime_id, operation_id, extra_headers=extra_headers),
            _ops.GET_SHARED_RUNTIME_WORKER_OPERATION_WAITERS["completed"],
            timeout=timeout,
            on_poll=on_poll,
        )

    def list(
        self,
        org_id: str,
        runtime_id: str,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[SharedRuntimeWorkerOperation]:
        """List worker operations

        Lists the restart / drain / cordon / uncordon operations run on a runtime's workers, newest first.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations
        """
        return self._client.request_page(
            _ops.LIST_SHARED_RUNTIME_WORKER_OPERATIONS,
            SharedRuntimeWorkerOperation,
            path={"org_id": org_id, "runtime_id": runtime_id},
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSharedRuntimesWorkerOperationsWithRawResponse:
    def __init__(self, resource: AsyncSharedRuntimesWorkerOperations) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncSharedRuntimesAttachments(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncSharedRuntimesAttachmentsWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncSharedRuntimesAttachmentsWithRawResponse(self)

    async def create(
        self,
        org_id: str,
        runtime_id: str,
        *,
        project_id: str,
        name: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntimeAttachment:
        """Attach a project to a runtime

        Attaches a project to a shared runtime so that the project's apps can send work to it.

        POST /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments
        """
        return await self._client.request(
            _ops.CREATE_SHARED_RUNTIME_ATTACHMENT,
            SharedRuntimeAttachment,
            path={"org_id": org_id, "runtime_id": runtime_id},
            body=given({"project_id": project_id, "name": name}),
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        org_id: str,
        runtime_id: str,
        attachment_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Detach a project from a runtime

        Removes a project's attachment; the project's apps can no longer send work to the runtime.

        DELETE /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}
        """
        return await self._client.request(
            _ops.DELETE_SHARED_RUNTIME_ATTACHMENT,
            type(None),
            path={"org_id": org_id, "runtime_id": runtime_id, "attachment_id": attachment_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        org_id: str,
        runtime_id: str,
        attachment_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntimeAttachment:
        """Get a runtime attachment

        Returns one project attachment of a shared runtime.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}
        """
        return await self._client.request(
            _ops.GET_SHARED_RUNTIME_ATTACHMENT,
            SharedRuntimeAttachment,
            path={"org_id": org_id, "runtime_id": runtime_id, "attachment_id": attachment_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        org_id: str,
        runtime_id: str,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[SharedRuntimeAttachment]:
        """List runtime attachments

        Lists the projects attached to a shared runtime.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments
        """
        return self._client.request_page(
            _ops.LIST_SHARED_RUNTIME_ATTACHMENTS,
            SharedRuntimeAttachment,
            path={"org_id": org_id, "runtime_id": runtime_id},
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSharedRuntimesAttachmentsWithRawResponse:
    def __init__(self, resource: AsyncSharedRuntimesAttachments) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)


class AsyncSharedRuntimes(AsyncAPIResource):
    @cached_property
    def attachments(self) -> AsyncSharedRuntimesAttachments:
        return AsyncSharedRuntimesAttachments(self._client)

    @cached_property
    def worker_operations(self) -> AsyncSharedRuntimesWorkerOperations:
        return AsyncSharedRuntimesWorkerOperations(self._client)

    @cached_property
    def workers(self) -> AsyncSharedRuntimesWorkers:
        return AsyncSharedRuntimesWorkers(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncSharedRuntimesWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncSharedRuntimesWithRawResponse(self)

    async def create(
        self,
        org_id: str,
        *,
        name: str,
        sku_id: str,
        min_workers: int,
        max_workers: int,
        image: str,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntime:
        """Create a shared runtime

        Creates a shared runtime: a pool of workers running one image on one SKU, shared by the
        projects attached to it. Provisioning is asynchronous (`provisioning` -> `ready`); use the
        `ready` waiter (CLI `--wait`).


        POST /api/v1/orgs/{org_id}/apps/shared-runtimes
        """
        return await self._client.request(
            _ops.CREATE_SHARED_RUNTIME,
            SharedRuntime,
            path={"org_id": org_id},
            body=given(
                {"name": name, "sku_id": sku_id, "min_workers": min_workers, "max_workers": max_workers, "image": image}
            ),
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def delete(
        self,
        org_id: str,
        runtime_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntime:
        """Delete a shared runtime

        Starts deleting a shared runtime and its workers. Asynchronous: the runtime moves to
        `deleting` and then disappears (getSharedRuntime returns 404). Fails with 409 while projects
        are still attached.


        DELETE /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}
        """
        return await self._client.request(
            _ops.DELETE_SHARED_RUNTIME,
            SharedRuntime,
            path={"org_id": org_id, "runtime_id": runtime_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        org_id: str,
        runtime_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SharedRuntime:
        """Get a shared runtime

        Returns one shared runtime with its status and worker counts.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}
        """
        return await self._client.request(
            _ops.GET_SHARED_RUNTIME,
            SharedRuntime,
            path={"org_id": org_id, "runtime_id": runtime_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def wait_until_ready(
        self,
        org_id: str,
        runtime_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Optional[float] = None,
        on_poll: Optional[Callable[[Optional[str], SharedRuntime, int], None]] = None,
    ) -> SharedRuntime:
        """Until the runtime is ready (fails if it fails or starts deleting).

        Polls get() until status is ready (WaiterError on failed or deleting); `timeout` is the whole wait in seconds (default 900), WaiterTimeoutError after it. `on_poll(state, response, attempt)` is called after every poll.
        """
        return await async_wait_for(
            lambda: self.get(org_id, runtime_id, extra_headers=extra_headers),
            _ops.GET_SHARED_RUNTIME_WAITERS["ready"],
            timeout=timeout,
            on_poll=on_poll,
        )

    def list(
        self,
        org_id: str,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[SharedRuntime]:
        """List shared runtimes

        Lists the shared app runtimes of an organization.

        GET /api/v1/orgs/{org_id}/apps/shared-runtimes
        """
        return self._client.request_page(
            _ops.LIST_SHARED_RUNTIMES,
            SharedRuntime,
            path={"org_id": org_id},
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncSharedRuntimesWithRawResponse:
    def __init__(self, resource: AsyncSharedRuntimes) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.attachments = AsyncSharedRuntimesAttachmentsWithRawResponse(resource.attachments)
        self.worker_operations = AsyncSharedRuntimesWorkerOperationsWithRawResponse(resource.worker_operations)
        self.workers = AsyncSharedRuntimesWorkersWithRawResponse(resource.workers)
