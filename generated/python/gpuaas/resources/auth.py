# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import Literal, Optional, Union

from gpuaas import _operations as _ops
from gpuaas._base_client import AsyncAPIResource, SyncAPIResource
from gpuaas._request import given
from gpuaas._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from gpuaas._types import NOT_GIVEN, Headers, NotGiven, Timeout
from gpuaas.types import (
    TokenPair,
    User,
)


class Auth(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AuthWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AuthWithRawResponse(self)

    def authorize(
        self,
        *,
        provider: Literal["huggingface", "github", "google"],
        tenant_hint: Union[str, NotGiven] = NOT_GIVEN,
        identity_hint: Union[str, NotGiven] = NOT_GIVEN,
        code_challenge: str,
        code_challenge_method: Union[Literal["S256"], NotGiven] = NOT_GIVEN,
        state: str,
        redirect_uri: str,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Start an OIDC browser login

        Starts the OIDC authorization-code flow with PKCE. The browser is redirected (302) to the
        identity provider; after login the platform redirects back to the loopback `redirect_uri`
        with `code` and `state`, which the CLI exchanges with oidcTokenExchange.


        GET /api/v1/auth/oidc/authorize
        """
        return self._client.request(
            _ops.OIDC_AUTHORIZE,
            type(None),
            query={
                "provider": provider,
                "tenant_hint": tenant_hint,
                "identity_hint": identity_hint,
                "code_challenge": code_challenge,
                "code_challenge_method": code_challenge_method,
                "state": state,
                "redirect_uri": redirect_uri,
            },
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def logout(
        self,
        *,
        refresh_token: str,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Log out

        Revokes the refresh token and ends the session. Revoking an already revoked token is a no-op.

        POST /api/v1/auth/logout
        """
        return self._client.request(
            _ops.LOGOUT,
            type(None),
            body=given({"refresh_token": refresh_token}),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def personal_login(
        self,
        *,
        username: str,
        password: str,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TokenPair:
        """Log in with username and password

        Local/dev bootstrap login: exchanges a username and password for an access/refresh token
        pair. Production identities use the OIDC flow (oidcAuthorize + oidcTokenExchange).


        POST /api/v1/auth/personal/login
        """
        return self._client.request(
            _ops.PERSONAL_LOGIN,
            TokenPair,
            body=given({"username": username, "password": password}),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def refresh(
        self,
        *,
        refresh_token: str,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TokenPair:
        """Refresh the access token

        Exchanges a refresh token for a new token pair. Refresh tokens rotate: the one sent is
        invalidated and the response carries its replacement.


        POST /api/v1/auth/token/refresh
        """
        return self._client.request(
            _ops.REFRESH_TOKEN,
            TokenPair,
            body=given({"refresh_token": refresh_token}),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def token_exchange(
        self,
        *,
        code: str,
        code_verifier: str,
        redirect_uri: str,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TokenPair:
        """Exchange an OIDC authorization code

        Completes the OIDC flow: exchanges the authorization code delivered to the loopback
        redirect_uri, together with the PKCE code_verifier, for a token pair.


        POST /api/v1/auth/oidc/token
        """
        return self._client.request(
            _ops.OIDC_TOKEN_EXCHANGE,
            TokenPair,
            body=given({"code": code, "code_verifier": code_verifier, "redirect_uri": redirect_uri}),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    def whoami(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Show the current user

        Returns the identity behind the access token, its tenant, roles and active project.

        GET /api/v1/auth/whoami
        """
        return self._client.request(
            _ops.WHOAMI, User, extra_headers=extra_headers, timeout=timeout, max_retries=max_retries
        )


class AuthWithRawResponse:
    def __init__(self, resource: Auth) -> None:
        self.authorize = to_raw_response_wrapper(resource.authorize)
        self.logout = to_raw_response_wrapper(resource.logout)
        self.personal_login = to_raw_response_wrapper(resource.personal_login)
        self.refresh = to_raw_response_wrapper(resource.refresh)
        self.token_exchange = to_raw_response_wrapper(resource.token_exchange)
        self.whoami = to_raw_response_wrapper(resource.whoami)


class AsyncAuth(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAuthWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncAuthWithRawResponse(self)

    async def authorize(
        self,
        *,
        provider: Literal["huggingface", "github", "google"],
        tenant_hint: Union[str, NotGiven] = NOT_GIVEN,
        identity_hint: Union[str, NotGiven] = NOT_GIVEN,
        code_challenge: str,
        code_challenge_method: Union[Literal["S256"], NotGiven] = NOT_GIVEN,
        state: str,
        redirect_uri: str,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Start an OIDC browser login

        Starts the OIDC authorization-code flow with PKCE. The browser is redirected (302) to the
        identity provider; after login the platform redirects back to the loopback `redirect_uri`
        with `code` and `state`, which the CLI exchanges with oidcTokenExchange.


        GET /api/v1/auth/oidc/authorize
        """
        return await self._client.request(
            _ops.OIDC_AUTHORIZE,
            type(None),
            query={
                "provider": provider,
                "tenant_hint": tenant_hint,
                "identity_hint": identity_hint,
                "code_challenge": code_challenge,
                "code_challenge_method": code_challenge_method,
                "state": state,
                "redirect_uri": redirect_uri,
            },
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def logout(
        self,
        *,
        refresh_token: str,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> None:
        """Log out

        Revokes the refresh token and ends the session. Revoking an already revoked token is a no-op.

        POST /api/v1/auth/logout
        """
        return await self._client.request(
            _ops.LOGOUT,
            type(None),
            body=given({"refresh_token": refresh_token}),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def personal_login(
        self,
        *,
        username: str,
        password: str,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TokenPair:
        """Log in with username and password

        Local/dev bootstrap login: exchanges a username and password for an access/refresh token
        pair. Production identities use the OIDC flow (oidcAuthorize + oidcTokenExchange).


        POST /api/v1/auth/personal/login
        """
        return await self._client.request(
            _ops.PERSONAL_LOGIN,
            TokenPair,
            body=given({"username": username, "password": password}),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def refresh(
        self,
        *,
        refresh_token: str,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TokenPair:
        """Refresh the access token

        Exchanges a refresh token for a new token pair. Refresh tokens rotate: the one sent is
        invalidated and the response carries its replacement.


        POST /api/v1/auth/token/refresh
        """
        return await self._client.request(
            _ops.REFRESH_TOKEN,
            TokenPair,
            body=given({"refresh_token": refresh_token}),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def token_exchange(
        self,
        *,
        code: str,
        code_verifier: str,
        redirect_uri: str,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TokenPair:
        """Exchange an OIDC authorization code

        Completes the OIDC flow: exchanges the authorization code delivered to the loopback
        redirect_uri, together with the PKCE code_verifier, for a token pair.


        POST /api/v1/auth/oidc/token
        """
        return await self._client.request(
            _ops.OIDC_TOKEN_EXCHANGE,
            TokenPair,
            body=given({"code": code, "code_verifier": code_verifier, "redirect_uri": redirect_uri}),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )

    async def whoami(
        self,
        *,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> User:
        """Show the current user

        Returns the identity behind the access token, its tenant, roles and active project.

        GET /api/v1/auth/whoami
        """
        return await self._client.request(
            _ops.WHOAMI, User, extra_headers=extra_headers, timeout=timeout, max_retries=max_retries
        )


class AsyncAuthWithRawResponse:
    def __init__(self, resource: AsyncAuth) -> None:
        self.authorize = async_to_raw_response_wrapper(resource.authorize)
        self.logout = async_to_raw_response_wrapper(resource.logout)
        self.personal_login = async_to_raw_response_wrapper(resource.personal_login)
        self.refresh = async_to_raw_response_wrapper(resource.refresh)
        self.token_exchange = async_to_raw_response_wrapper(resource.token_exchange)
        self.whoami = async_to_raw_response_wrapper(resource.whoami)
