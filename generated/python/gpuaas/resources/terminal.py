# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import Optional, Union

from gpuaas import _operations as _ops
from gpuaas._base_client import AsyncAPIResource, SyncAPIResource
from gpuaas._response import async_to_raw_response_wrapper, to_raw_response_wrapper
from gpuaas._types import NOT_GIVEN, Headers, NotGiven, Timeout
from gpuaas.types import (
    TerminalToken,
)


class Terminal(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> TerminalWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return TerminalWithRawResponse(self)

    def create_token(
        self,
        allocation_id: str,
        *,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TerminalToken:
        """Create a terminal token

        Mints a short-lived, single-use token for an interactive terminal on an active allocation.
        Connect to `websocket_url` and send the token as the first message (or as the
        `Sec-WebSocket-Protocol` value); it is never put in the URL.

        Terminal protocol (version 1), after the token:
        * Client to server: binary frames are input bytes for the terminal, as typed (the client's
          terminal is in raw mode, so Ctrl-C arrives as byte 0x03). Text frames are JSON control
          messages: `{"type":"resize","cols":120,"rows":40}` right after the token and whenever the
          client's window changes size; `{"type":"eof"}` when the client's input ends (a pipe).
        * Server to client: binary frames are terminal output bytes. Text frames are JSON control
          messages: `{"type":"exit","code":0}` when the remote process ends, with its exit status
          (0-255), after which the server closes the connection with 1000;
          `{"type":"error","message":"..."}` before closing on an error.
        * Close codes: 1000 after `exit`; 4401 the token is invalid, expired or already used; 4403
          the caller may not open this terminal; 4404 the allocation is gone; 4409 the allocation is
          not active; 1011 a server error.


        POST /api/v1/allocations/{allocation_id}/terminal-token
        """
        return self._client.request(
            _ops.CREATE_TERMINAL_TOKEN,
            TerminalToken,
            path={"allocation_id": allocation_id},
            project_id=project_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class TerminalWithRawResponse:
    def __init__(self, resource: Terminal) -> None:
        self.create_token = to_raw_response_wrapper(resource.create_token)


class AsyncTerminal(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncTerminalWithRawResponse:
        """The same methods, answering with an APIResponse (status, headers, correlation id) around the result."""
        return AsyncTerminalWithRawResponse(self)

    async def create_token(
        self,
        allocation_id: str,
        *,
        project_id: Union[str, NotGiven] = NOT_GIVEN,
        extra_headers: Optional[Headers] = None,
        timeout: Union[Timeout, NotGiven] = NOT_GIVEN,
        max_retries: Union[int, NotGiven] = NOT_GIVEN,
    ) -> TerminalToken:
        """Create a terminal token

        Mints a short-lived, single-use token for an interactive terminal on an active allocation.
        Connect to `websocket_url` and send the token as the first message (or as the
        `Sec-WebSocket-Protocol` value); it is never put in the URL.

        Terminal protocol (version 1), after the token:
        * Client to server: binary frames are input bytes for the terminal, as typed (the client's
          terminal is in raw mode, so Ctrl-C arrives as byte 0x03). Text frames are JSON control
          messages: `{"type":"resize","cols":120,"rows":40}` right after the token and whenever the
          client's window changes size; `{"type":"eof"}` when the client's input ends (a pipe).
        * Server to client: binary frames are terminal output bytes. Text frames are JSON control
          messages: `{"type":"exit","code":0}` when the remote process ends, with its exit status
          (0-255), after which the server closes the connection with 1000;
          `{"type":"error","message":"..."}` before closing on an error.
        * Close codes: 1000 after `exit`; 4401 the token is invalid, expired or already used; 4403
          the caller may not open this terminal; 4404 the allocation is gone; 4409 the allocation is
          not active; 1011 a server error.


        POST /api/v1/allocations/{allocation_id}/terminal-token
        """
        return await self._client.request(
            _ops.CREATE_TERMINAL_TOKEN,
            TerminalToken,
            path={"allocation_id": allocation_id},
            project_id=project_id,
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )


class AsyncTerminalWithRawResponse:
    def __init__(self, resource: AsyncTerminal) -> None:
        self.create_token = async_to_raw_response_wrapper(resource.create_token)
