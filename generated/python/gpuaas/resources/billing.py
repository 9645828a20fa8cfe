# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import Optional, Union

from gpuaas import _operations as _ops
from gpuaas._base_client import AsyncAPIResource, SyncAPIResource
from gpuaas._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from gpuaas._types import NOT_GIVEN, Headers, NotGiven, Timeout
from gpuaas.types import (
    BillingBalance,
)


class Billing(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> BillingWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return BillingWithRawResponse(self)

    def balance(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> BillingBalance:
        """Get the billing balance

        Returns the tenant's prepaid balance and credit limit. Amounts are decimal strings.

        GET /api/v1/billing/balance
        """
        return self._client.request(
            _ops.GET_BILLING_BALANCE,
            BillingBalance,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class BillingWithRawResponse:
    def __init__(self, resource: Billing) -> None:
        self.balance = to_raw_response_wrapper(resource.balance)


class AsyncBilling(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncBillingWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncBillingWithRawResponse(self)

    async def balance(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> BillingBalance:
        """Get the billing balance

        Returns the tenant's prepaid balance and credit limit. Amounts are decimal strings.

        GET /api/v1/billing/balance
        """
        return await self._client.request(
            _ops.GET_BILLING_BALANCE,
            BillingBalance,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncBillingWithRawResponse:
    def __init__(self, resource: AsyncBilling) -> None:
        self.balance = async_to_raw_response_wrapper(resource.balance)
