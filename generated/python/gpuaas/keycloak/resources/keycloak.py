# Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import Literal, Optional, Union

from gpuaas._base_client import AsyncAPIResource, SyncAPIResource
from gpuaas._request import given
from gpuaas._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from gpuaas._types import NOT_GIVEN, Headers, NotGiven, Timeout
from gpuaas.keycloak import _operations as _ops
from gpuaas.keycloak.types import (
    KeycloakDeviceAuthorization,
    KeycloakTokenResponse,
)


class KeycloakResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> KeycloakResourceWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return KeycloakResourceWithRawResponse(self)

    def device_authorization(
        self,
        realm: str,
        *,
        client_id: str,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        scope: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> KeycloakDeviceAuthorization:
        """Start a device login

        OAuth 2.0 device authorization request (RFC 8628 section 3.1). Returns a `device_code` for
        the client and a short `user_code` the user enters at `verification_uri` (or opens
        `verification_uri_complete`, which carries the code). The client then polls the token
        endpoint with `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval`
        seconds until it gets tokens or an error other than `authorization_pending` / `slow_down`.
        The client must be enabled for the grant ("OAuth 2.0 Device Authorization Grant" in the
        client's settings), else 400 `unauthorized_client`.


        POST /realms/{realm}/protocol/openid-connect/auth/device
        """
        return self._client.request(
            _ops.KEYCLOAK_DEVICE_AUTHORIZATION,
            KeycloakDeviceAuthorization,
            path={"realm": realm},
            body=given({"client_id": client_id, "client_secret": client_secret, "scope": scope}),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def token(
        self,
        realm: str,
        *,
        grant_type: Literal["password", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"],
        username: Union[str, NotGiven] = NOT_GIVEN,
        password: Union[str, NotGiven] = NOT_GIVEN,
        refresh_token: Union[str, NotGiven] = NOT_GIVEN,
        device_code: Union[str, NotGiven] = NOT_GIVEN,
        client_id: str,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        scope: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> KeycloakTokenResponse:
        """Get tokens from Keycloak

        OAuth 2.0 token request. With `grant_type=password` send `username` and `password`; with
        `grant_type=refresh_token` send `refresh_token`; with
        `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 section 3.4) send the
        `device_code` from the device authorization endpoint. Confidential clients also send
        `client_secret`. Keycloak rejects a grant without its fields with 400 `invalid_request`.

        While a device login waits for the user, the device_code grant answers 400
        `authorization_pending` (poll again after the interval) or `slow_down` (add five seconds
        to the interval, RFC 8628 section 3.5); it ends with tokens, `access_denied` (the user
        declined) or `expired_token` (the codes expired).


        POST /realms/{realm}/protocol/openid-connect/token
        """
        return self._client.request(
            _ops.KEYCLOAK_PASSWORD_GRANT,
            KeycloakTokenResponse,
            path={"realm": realm},
            body=given(
                {
                    "grant_type": grant_type,
                    "username": username,
                    "password": password,
                    "refresh_token": refresh_token,
                    "device_code": device_code,
                    "client_id": client_id,
                    "client_secret": client_secret,
                    "scope": scope,
                }
            ),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class KeycloakResourceWithRawResponse:
    def __init__(self, resource: KeycloakResource) -> None:
        self.device_authorization = to_raw_response_wrapper(resource.device_authorization)
        self.token = to_raw_response_wrapper(resource.token)


class AsyncKeycloakResource(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncKeycloakResourceWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncKeycloakResourceWithRawResponse(self)

    async def device_authorization(
        self,
        realm: str,
        *,
        client_id: str,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        scope: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> KeycloakDeviceAuthorization:
        """Start a device login

        OAuth 2.0 device authorization request (RFC 8628 section 3.1). Returns a `device_code` for
        the client and a short `user_code` the user enters at `verification_uri` (or opens
        `verification_uri_complete`, which carries the code). The client then polls the token
        endpoint with `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval`
        seconds until it gets tokens or an error other than `authorization_pending` / `slow_down`.
        The client must be enabled for the grant ("OAuth 2.0 Device Authorization Grant" in the
        client's settings), else 400 `unauthorized_client`.


        POST /realms/{realm}/protocol/openid-connect/auth/device
        """
        return await self._client.request(
            _ops.KEYCLOAK_DEVICE_AUTHORIZATION,
            KeycloakDeviceAuthorization,
            path={"realm": realm},
            body=given({"client_id": client_id, "client_secret": client_secret, "scope": scope}),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def token(
        self,
        realm: str,
        *,
        grant_type: Literal["password", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"],
        username: Union[str, NotGiven] = NOT_GIVEN,
        password: Union[str, NotGiven] = NOT_GIVEN,
        refresh_token: Union[str, NotGiven] = NOT_GIVEN,
        device_code: Union[str, NotGiven] = NOT_GIVEN,
        client_id: str,
        client_secret: Union[str, NotGiven] = NOT_GIVEN,
        scope: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> KeycloakTokenResponse:
        """Get tokens from Keycloak

        OAuth 2.0 token request. With `grant_type=password` send `username` and `password`; with
        `grant_type=refresh_token` send `refresh_token`; with
        `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 section 3.4) send the
        `device_code` from the device authorization endpoint. Confidential clients also send
        `client_secret`. Keycloak rejects a grant without its fields with 400 `invalid_request`.

        While a device login waits for the user, the device_code grant answers 400
        `authorization_pending` (poll again after the interval) or `slow_down` (add five seconds
        to the interval, RFC 8628 section 3.5); it ends with tokens, `access_denied` (the user
        declined) or `expired_token` (the codes expired).


        POST /realms/{realm}/protocol/openid-connect/token
        """
        return await self._client.request(
            _ops.KEYCLOAK_PASSWORD_GRANT,
            KeycloakTokenResponse,
            path={"realm": realm},
            body=given(
                {
                    "grant_type": grant_type,
                    "username": username,
                    "password": password,
                    "refresh_token": refresh_token,
                    "device_code": device_code,
                    "client_id": client_id,
                    "client_secret": client_secret,
                    "scope": scope,
                }
            ),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncKeycloakResourceWithRawResponse:
    def __init__(self, resource: AsyncKeycloakResource) -> None:
        self.device_authorization = async_to_raw_response_wrapper(resource.device_authorization)
        self.token = async_to_raw_response_wrapper(resource.token)
