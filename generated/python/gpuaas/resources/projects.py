# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import Optional, Union

from gpuaas import _operations as _ops
from gpuaas._base_client import AsyncAPIResource, SyncAPIResource
from gpuaas._pagination import AsyncPaginator, SyncPage
from gpuaas._request import given
from gpuaas._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from gpuaas._types import NOT_GIVEN, Headers, NotGiven, Timeout
from gpuaas.types import (
    Project,
)


class Projects(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> ProjectsWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return ProjectsWithRawResponse(self)

    def create(
        self,
        *,
        name: str,
        slug: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Create a project

        Creates a project. The slug is derived from the name when omitted and must be unique in the tenant.

        POST /api/v1/projects
        """
        return self._client.request(
            _ops.CREATE_PROJECT,
            Project,
            body=given({"name": name, "slug": slug}),
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def get(
        self,
        project_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Get a project

        Returns one project by id.

        GET /api/v1/projects/{project_id}
        """
        return self._client.request(
            _ops.GET_PROJECT,
            Project,
            path={"project_id": project_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> SyncPage[Project]:
        """List projects

        Lists the projects of the tenant that the caller is a member of.

        GET /api/v1/projects
        """
        return self._client.request_page(
            _ops.LIST_PROJECTS,
            Project,
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class ProjectsWithRawResponse:
    def __init__(self, resource: Projects) -> None:
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.list = to_raw_response_wrapper(resource.list)


class AsyncProjects(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncProjectsWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncProjectsWithRawResponse(self)

    async def create(
        self,
        *,
        name: str,
        slug: Union[str, NotGiven] = NOT_GIVEN,
        idempotency_key: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Create a project

        Creates a project. The slug is derived from the name when omitted and must be unique in the tenant.

        POST /api/v1/projects
        """
        return await self._client.request(
            _ops.CREATE_PROJECT,
            Project,
            body=given({"name": name, "slug": slug}),
            idempotency_key=idempotency_key,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def get(
        self,
        project_id: str,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> Project:
        """Get a project

        Returns one project by id.

        GET /api/v1/projects/{project_id}
        """
        return await self._client.request(
            _ops.GET_PROJECT,
            Project,
            path={"project_id": project_id},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def list(
        self,
        *,
        cursor: Union[str, NotGiven] = NOT_GIVEN,
        page_size: Union[int, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> AsyncPaginator[Project]:
        """List projects

        Lists the projects of the tenant that the caller is a member of.

        GET /api/v1/projects
        """
        return self._client.request_page(
            _ops.LIST_PROJECTS,
            Project,
            query={"cursor": cursor, "page_size": page_size},
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncProjectsWithRawResponse:
    def __init__(self, resource: AsyncProjects) -> None:
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.list = async_to_raw_response_wrapper(resource.list)
