"""
The classes generated clients extend. Resources call ``request`` / ``request_page`` with an operation's
static spec; everything about a call that stays fixed across its attempts is prepared once (``_Call``), and
each attempt rebuilds the request from it, so a retry resends the same key, correlation id and body. The
policy is the TypeScript runtime's (templates/sdk/core/client.ts): retries, idempotency, project scope,
error envelope, one token refresh after a 401.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
import uuid
from dataclasses import dataclass, field
from typing import (
    Any,
    ClassVar,
    Dict,
    FrozenSet,
    List,
    Mapping,
    Optional,
    Tuple,
    Type,
    TypeVar,
    Union,
    cast,
)

import httpx
from typing_extensions import Self, TypedDict, Unpack

from ._auth import AsyncStaticTokenProvider, AsyncTokenProvider, StaticTokenProvider, TokenProvider
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    GpuaasError,
    error_from_response,
)
from ._logging import logger, redact_body, redact_headers, redact_url
from ._models import validate
from ._pagination import AsyncPage, AsyncPaginator, SyncPage, with_cursor
from ._request import EncodedBody, build_url, check_next_url, encode_body, given, query_params
from ._response import APIResponse, raw_response_requested
from ._retry import DEFAULT_MAX_RETRIES, is_retryable, retry_delay
from ._spec import ContractMeta, OperationSpec, PaginationSpec
from ._types import NOT_GIVEN, Headers, NotGiven, Timeout

T = TypeVar("T")
Item = TypeVar("Item")

DEFAULT_TIMEOUT = 60.0
#: The retry loop's pauses (tests replace them).
_sleep = time.sleep
_async_sleep = asyncio.sleep
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def _check_limits(where: str, timeout: object, max_retries: object) -> None:
    """A negative count or a zero timeout would retry forever or fail at once: say so instead."""
    if not isinstance(max_retries, NotGiven) and not (isinstance(max_retries, int) and max_retries >= 0):
        raise ConfigurationError(f"{where}: max_retries must be a whole number >= 0, got {max_retries!r}")
    if isinstance(timeout, (int, float)) and not timeout > 0:
        raise ConfigurationError(f"{where}: timeout must be > 0 seconds, got {timeout!r}")


class RequestOptions(TypedDict, total=False):
    """What a resource method hands the runtime besides the spec: the call's values and per-call options."""

    path: Mapping[str, object]
    query: Mapping[str, object]
    headers: Mapping[str, object]
    body: object
    #: Multipart fields that carry files.
    file_fields: Tuple[str, ...]
    project_id: Union[str, NotGiven, None]
    idempotency_key: Union[str, NotGiven, None]
    extra_headers: Optional[Headers]
    timeout: Union[Timeout, NotGiven]
    max_retries: Union[int, NotGiven]


@dataclass
class _Call:
    """One logical call: what stays the same across its attempts."""

    spec: OperationSpec
    url: str
    params: List[Tuple[str, str]]
    headers: Dict[str, str]
    body: Optional[EncodedBody]
    correlation_id: Optional[str]
    #: Repeating it cannot apply a mutation twice (retry-safe, or protected by an idempotency key).
    safe_to_repeat: bool
    timeout: Timeout
    max_retries: int
    retries: int = 0
    refreshed: bool = False
    started: float = field(default_factory=time.monotonic)


class BaseClient:
    """Options, request preparation, retry decisions and response parsing: everything but the I/O."""

    _contract: ClassVar[ContractMeta]

    base_url: str
    project_id: Optional[str]
    timeout: Timeout
    max_retries: int
    #: False for a caller's http_client (with_options copies share the pool): closing it is not ours to do.
    _owns_http_client: bool

    def _init_options(
        self,
        base_url: Optional[str],
        token: Optional[str],
        project_id: Optional[str],
        timeout: Timeout,
        max_retries: int,
        default_headers: Optional[Headers],
    ) -> Optional[str]:
        """Sets the options (environment defaults filled in) and returns the token to use."""
        prefix = self._contract.env_prefix

        def env(name: str) -> Optional[str]:
            return (os.environ.get(f"{prefix}_{name}") or None) if prefix else None

        self.base_url = base_url or env("BASE_URL") or self._contract.default_base_url
        parts = httpx.URL(self.base_url)
        if parts.scheme not in ("http", "https") or not parts.host:
            raise ConfigurationError(f'Invalid base URL "{self.base_url}": expected an absolute http(s) URL')
        _check_limits("client options", timeout, max_retries)
        self.project_id = project_id or env("PROJECT")
        self.timeout = timeout
        self.max_retries = max_retries
        self._default_headers = dict(default_headers or {})
        return token if token is not None else env("TOKEN")

    def _options(self) -> Dict[str, Any]:
        return {
            "base_url": self.base_url,
            "project_id": self.project_id,
            "timeout": self.timeout,
            "max_retries": self.max_retries,
            "default_headers": self._default_headers,
        }

    def _prepare(self, spec: OperationSpec, options: RequestOptions, url: Optional[str] = None) -> _Call:
        timeout = options.get("timeout", NOT_GIVEN)
        max_retries = options.get("max_retries", NOT_GIVEN)
        project_id = options.get("project_id", NOT_GIVEN)
        idempotency_key = options.get("idempotency_key", NOT_GIVEN)
        _check_limits(spec.id, timeout, max_retries)
        project = project_id if isinstance(project_id, str) and project_id else self.project_id
        if spec.project_header and not project:
            raise ConfigurationError(
                f"{spec.id} is project-scoped but no project id is set: pass project_id= with the call or to the "
                f"client (or set {self._contract.env_prefix or 'the'}_PROJECT)"
            )
        encoded = encode_body(spec, options.get("body", NOT_GIVEN), options.get("file_fields", ()))
        # Later sets win: extra headers can override anything, defaults nothing the operation needs.
        sent: Dict[str, str] = {"accept": "application/json", "user-agent": self._contract.user_agent}
        sent.update(self._default_headers)
        if encoded is not None and encoded.content_type and encoded.files is None:
            sent["content-type"] = encoded.content_type
        for name, value in options.get("headers", {}).items():
            if value is not None and not isinstance(value, NotGiven):
                sent[name] = str(value)
        if spec.project_header and project:
            sent[spec.project_header] = project
        # One key and one correlation id per logical call: every retry must look like the same request.
        key: Optional[str] = None
        if spec.idempotency_header:
            key = idempotency_key if isinstance(idempotency_key, str) and idempotency_key else str(uuid.uuid4())
            sent[spec.idempotency_header] = key
        correlation_header = self._contract.correlation_id_request_header
        correlation_id = str(uuid.uuid4()) if correlation_header else None
        if correlation_header and correlation_id:
            sent[correlation_header] = correlation_id
        sent.update(options.get("extra_headers") or {})
        return _Call(
            spec=spec,
            url=check_next_url(self.base_url, url, spec)
            if url
            else build_url(self.base_url, spec, options.get("path", {})),
            params=[] if url else query_params(options.get("query", {})),
            headers=sent,
            body=encoded,
            correlation_id=correlation_id,
            safe_to_repeat=spec.retry_safe or key is not None,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            max_retries=self.max_retries if isinstance(max_retries, NotGiven) else max_retries,
        )

    def _build_request(
        self, http: Union[httpx.Client, httpx.AsyncClient], call: _Call, token: Optional[str]
    ) -> httpx.Request:
        headers = dict(call.headers)
        params = list(call.params)
        credential = call.spec.credential
        if token is not None and credential is not None and credential.location == "query":
            params.append((credential.name, token))
        elif token is not None:
            name = credential.name if credential else "authorization"
            if name.lower() not in (h.lower() for h in headers):
                prefix = credential.prefix if credential else "Bearer"
                headers[name] = f"{prefix} {token}" if prefix else token
        body = call.body
        return http.build_request(
            call.spec.method,
            call.url,
            params=tuple(params) if params else None,
            headers=headers,
            content=body.content if body else None,
            data=body.data if body and body.data is not None and body.content is None else None,
            files=body.files if body else None,
            # The pool was made with the client's timeout: only another one is passed (building one costs).
            timeout=call.timeout
            if call.timeout is not self.timeout or not self._owns_http_client
            else httpx.USE_CLIENT_DEFAULT,
        )

    def _transport_error(
        self, call: _Call, error: httpx.TransportError, request: Optional[httpx.Request]
    ) -> APIConnectionError:
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        failure = kind(
            f"{call.spec.id}: {error or type(error).__name__}", request=request, correlation_id=call.correlation_id
        )
        failure.__cause__ = error
        return failure

    def _log(
        self,
        call: _Call,
        request: httpx.Request,
        response: Optional[httpx.Response],
        error: Optional[GpuaasError],
        started: float,
    ) -> None:
        if not logger.isEnabledFor(logging.DEBUG):
            return
        credential = call.spec.credential
        secret = [credential.name] if credential else []
        body = call.body
        lines = [
            f"{call.spec.id} attempt {call.retries + 1}: {request.method} {redact_url(str(request.url), secret)}",
            f"  request headers: {redact_headers(request.headers.items(), secret)}",
        ]
        if body is not None:
            lines.append(f"  request body: {redact_body(body.description, body.content_type)}")
        if response is not None:
            r = response
            lines.append(f"  -> {r.status_code} in {(time.monotonic() - started) * 1000:.0f} ms")
            lines.append(f"  response headers: {redact_headers(r.headers.items())}")
            lines.append(f"  response body: {redact_body(r.text, r.headers.get('content-type'))}")
        else:
            lines.append(f"  -> {error}")
        logger.debug("\n".join(lines))

    def _should_retry(
        self, call: _Call, failure: GpuaasError, response: Optional[httpx.Response], sent: bool
    ) -> Optional[float]:
        """The pause before the next attempt, or None when ``failure`` ends the call."""
        status = response.status_code if response is not None else None
        # 429 means the server refused the request unprocessed; a connection never made sent nothing.
        may_have_taken_effect = sent if status is None else status != 429
        failure.retryable = is_retryable(status, may_have_taken_effect, call.safe_to_repeat)
        if not failure.retryable or call.retries >= call.max_retries:
            return None
        return retry_delay(call.retries, response.headers if response is not None else None)

    def _wants_refresh(self, call: _Call, failure: GpuaasError, token: Optional[str]) -> bool:
        """A 401 with a token gets one fresh-token retry, outside the retry budget."""
        if isinstance(failure, AuthenticationError) and token is not None and not call.refreshed:
            call.refreshed = True
            return True
        return False

    def _parse(self, call: _Call, response: httpx.Response, cast_to: Type[T]) -> T:
        """JSON (declared, or undeclared but parseable) validated as ``cast_to``; None for an empty body."""
        content = response.content
        if cast_to is type(None) or not content or response.status_code >= 300:
            return validate(cast_to, None)
        try:
            # Bytes straight to the parser: JSON is UTF-8, no charset detection needed.
            data: object = json.loads(content)
        except ValueError as error:
            if "json" not in response.headers.get("content-type", ""):
                return validate(cast_to, response.text)
            raise APIStatusError(
                f"{response.status_code}: response body is not valid JSON",
                response=response,
                body=response.text,
                correlation_id=self._correlation_id(call, response),
            ) from error
        return cast(T, data) if cast_to is object else validate(cast_to, data)

    def _correlation_id(self, call: _Call, response: httpx.Response) -> Optional[str]:
        name = self._contract.errors.correlation_id_response_header
        return (response.headers.get(name) if name else None) or call.correlation_id

    def _page_input(
        self, pagination: PaginationSpec, query: Dict[str, object], cursor: Optional[str]
    ) -> Tuple[Dict[str, object], Optional[str]]:
        """The query of the page at ``cursor`` (None: the first), or the next-page URL a Link header gave."""
        if cursor is None:
            return query, None
        if pagination.kind == "link":
            return query, cursor
        return with_cursor(pagination, query, cursor), None

    def _copy_options(
        self,
        base_url: Optional[str],
        project_id: Optional[str],
        timeout: Optional[Timeout],
        max_retries: Optional[int],
        default_headers: Optional[Headers],
    ) -> Dict[str, Any]:
        """This client's options with the given ones changed, for ``with_options``."""
        options = self._options()
        changed = {"base_url": base_url, "project_id": project_id, "timeout": timeout, "max_retries": max_retries}
        options.update({k: v for k, v in changed.items() if v is not None})
        if default_headers is not None:
            options["default_headers"] = {**self._default_headers, **default_headers}
        return options

    def _result(self, call: _Call, response: httpx.Response, parsed: T) -> T:
        """``parsed``, or within ``with_raw_response`` (whose wrapper types it) the APIResponse holding it."""
        if raw_response_requested():
            return cast(T, APIResponse(response, parsed, self._correlation_id(call, response), call.retries))
        return parsed

    def _failure(self, call: _Call, response: httpx.Response) -> APIStatusError:
        return error_from_response(response, self._contract.errors, call.correlation_id)


_Page = TypeVar("_Page")


class SyncAPIClient(BaseClient):
    """The blocking client on one ``httpx.Client`` pool; a context manager that closes it."""

    def __init__(
        self,
        *,
        base_url: Optional[str] = None,
        token: Optional[str] = None,
        token_provider: Optional[TokenProvider] = None,
        project_id: Optional[str] = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Headers] = None,
        http_client: Optional[httpx.Client] = None,
    ) -> None:
        token = self._init_options(base_url, token, project_id, timeout, max_retries, default_headers)
        self.token_provider: Optional[TokenProvider] = token_provider or (StaticTokenProvider(token) if token else None)
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.Client(timeout=timeout, follow_redirects=False)

    def with_options(
        self,
        *,
        base_url: Optional[str] = None,
        token: Optional[str] = None,
        token_provider: Optional[TokenProvider] = None,
        project_id: Optional[str] = None,
        timeout: Optional[Timeout] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Headers] = None,
    ) -> Self:
        """A copy with some options changed, sharing this client's connection pool."""
        options = self._copy_options(base_url, project_id, timeout, max_retries, default_headers)
        provider = token_provider or (StaticTokenProvider(token) if token else self.token_provider)
        return type(self)(**options, token_provider=provider, http_client=self._http)

    def close(self) -> None:
        if self._owns_http_client:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def request(self, spec: OperationSpec, cast_to: Type[T], **options: Unpack[RequestOptions]) -> T:
        """Sends one operation (retrying by the policy) and returns its parsed result."""
        call = self._prepare(spec, options)
        response = self._send(call)
        return self._result(call, response, self._parse(call, response, cast_to))

    def request_page(
        self, spec: OperationSpec, item_type: Type[Item], **options: Unpack[RequestOptions]
    ) -> SyncPage[Item]:
        """The first page of a listing (fetched now); iterating it fetches the rest as the loop asks."""
        pagination = spec.pagination
        if pagination is None:
            raise ConfigurationError(f"{spec.id} is not a paginated operation")
        query = given(options.get("query", {}))

        def load(cursor: Optional[str], seen: FrozenSet[str]) -> SyncPage[Item]:
            page_query, link = self._page_input(pagination, query, cursor)
            call = self._prepare(spec, {**options, "query": page_query}, url=link)
            response = self._send(call)
            page = SyncPage(
                body=self._parse(call, response, object),
                spec=pagination,
                item_type=item_type,
                query=page_query,
                link=response.headers.get("link"),
                seen=seen,
                load=load,
            )
            return self._result(call, response, page)

        # A caller resuming from a cursor has used it already: the server handing it back is a repeat too.
        resumed = query.get(pagination.cursor_param) if pagination.cursor_param else None
        return load(None, frozenset([str(resumed)]) if resumed is not None else frozenset())

    def _token(self) -> Optional[str]:
        try:
            return self.token_provider.get_token() if self.token_provider else None
        except GpuaasError:
            raise
        except Exception as error:  # a provider failing for any reason but the SDK's own is an auth problem
            raise ConfigurationError(f"Could not get an access token: {error}") from error

    def _send(self, call: _Call) -> httpx.Response:
        while True:
            token = self._token() if call.spec.auth else None
            request = self._build_request(self._http, call, token)
            started = time.monotonic()
            try:
                response = self._http.send(request)
            except httpx.TransportError as error:
                failure: GpuaasError = self._transport_error(call, error, request)
                self._log(call, request, None, failure, started)
                delay = self._should_retry(call, failure, None, not isinstance(error, _NOT_SENT))
            else:
                self._log(call, request, response, None, started)
                if response.status_code < 400:
                    return response
                failure = self._failure(call, response)
                provider = self.token_provider
                if provider is not None and self._wants_refresh(call, failure, token):
                    try:
                        renewed = provider.refresh()
                    except APIConnectionError:
                        raise
                    except Exception as error:  # the 401 stands, with the failed refresh as its cause
                        failure.__cause__ = error
                        renewed = None
                    if renewed is not None and renewed != token:
                        continue
                delay = self._should_retry(call, failure, response, True)
            if delay is None:
                raise failure
            _sleep(delay)
            call.retries += 1


class AsyncAPIClient(BaseClient):
    """The asyncio client on one ``httpx.AsyncClient`` pool; an async context manager that closes it."""

    def __init__(
        self,
        *,
        base_url: Optional[str] = None,
        token: Optional[str] = None,
        token_provider: Optional[AsyncTokenProvider] = None,
        project_id: Optional[str] = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Headers] = None,
        http_client: Optional[httpx.AsyncClient] = None,
    ) -> None:
        token = self._init_options(base_url, token, project_id, timeout, max_retries, default_headers)
        self.token_provider: Optional[AsyncTokenProvider] = token_provider or (
            AsyncStaticTokenProvider(token) if token else None
        )
        self._owns_http_client = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=timeout, follow_redirects=False)

    def with_options(
        self,
        *,
        base_url: Optional[str] = None,
        token: Optional[str] = None,
        token_provider: Optional[AsyncTokenProvider] = None,
        project_id: Optional[str] = None,
        timeout: Optional[Timeout] = None,
        max_retries: Optional[int] = None,
        default_headers: Optional[Headers] = None,
    ) -> Self:
        """A copy with some options changed, sharing this client's connection pool."""
        options = self._copy_options(base_url, project_id, timeout, max_retries, default_headers)
        provider = token_provider or (AsyncStaticTokenProvider(token) if token else self.token_provider)
        return type(self)(**options, token_provider=provider, http_client=self._http)

    async def close(self) -> None:
        if self._owns_http_client:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    async def request(self, spec: OperationSpec, cast_to: Type[T], **options: Unpack[RequestOptions]) -> T:
        call = self._prepare(spec, options)
        response = await self._send(call)
        return self._result(call, response, self._parse(call, response, cast_to))

    def request_page(
        self, spec: OperationSpec, item_type: Type[Item], **options: Unpack[RequestOptions]
    ) -> AsyncPaginator[Item]:
        """Nothing is sent until the paginator is awaited (first page) or iterated (every item)."""
        pagination = spec.pagination
        if pagination is None:
            raise ConfigurationError(f"{spec.id} is not a paginated operation")
        query = given(options.get("query", {}))

        async def load(cursor: Optional[str], seen: FrozenSet[str]) -> AsyncPage[Item]:
            page_query, link = self._page_input(pagination, query, cursor)
            call = self._prepare(spec, {**options, "query": page_query}, url=link)
            response = await self._send(call)
            page = AsyncPage(
                body=self._parse(call, response, object),
                spec=pagination,
                item_type=item_type,
                query=page_query,
                link=response.headers.get("link"),
                seen=seen,
                load=load,
            )
            return self._result(call, response, page)

        resumed = query.get(pagination.cursor_param) if pagination.cursor_param else None
        return AsyncPaginator(lambda: load(None, frozenset([str(resumed)]) if resumed is not None else frozenset()))

    async def _token(self) -> Optional[str]:
        try:
            return await self.token_provider.get_token() if self.token_provider else None
        except GpuaasError:
            raise
        except Exception as error:
            raise ConfigurationError(f"Could not get an access token: {error}") from error

    async def _send(self, call: _Call) -> httpx.Response:
        while True:
            token = await self._token() if call.spec.auth else None
            request = self._build_request(self._http, call, token)
            started = time.monotonic()
            try:
                response = await self._http.send(request)
            except httpx.TransportError as error:
                failure: GpuaasError = self._transport_error(call, error, request)
                self._log(call, request, None, failure, started)
                delay = self._should_retry(call, failure, None, not isinstance(error, _NOT_SENT))
            else:
                self._log(call, request, response, None, started)
                if response.status_code < 400:
                    return response
                failure = self._failure(call, response)
                provider = self.token_provider
                if provider is not None and self._wants_refresh(call, failure, token):
                    try:
                        renewed = await provider.refresh()
                    except APIConnectionError:
                        raise
                    except Exception as error:  # the 401 stands, with the failed refresh as its cause
                        failure.__cause__ = error
                        renewed = None
                    if renewed is not None and renewed != token:
                        continue
                delay = self._should_retry(call, failure, response, True)
            if delay is None:
                raise failure
            await _async_sleep(delay)
            call.retries += 1


class SyncAPIResource:
    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client
