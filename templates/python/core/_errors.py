"""The exceptions the SDK raises: one base, one class per HTTP status class, and the client-side failures."""

from __future__ import annotations

import json
from typing import Dict, Optional, Type

import httpx

from ._fields import read_field
from ._retry import is_retryable_status, parse_retry_after
from ._spec import ErrorEnvelopeSpec


class GpuaasError(Exception):
    """Base of everything the SDK raises, so one ``except GpuaasError`` catches them all."""

    message: str
    #: The server's error code, exactly as sent (never rewritten).
    error_code: Optional[str]
    #: From the error body, else the response header, else the id the client sent.
    correlation_id: Optional[str]
    details: object
    #: Repeating the same call is safe and may succeed (set to what the client's retry loop decided).
    retryable: bool

    def __init__(
        self,
        message: str,
        *,
        error_code: Optional[str] = None,
        correlation_id: Optional[str] = None,
        details: object = None,
        retryable: bool = False,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.error_code = error_code
        self.correlation_id = correlation_id
        self.details = details
        self.retryable = retryable


class APIError(GpuaasError):
    """A failure of an exchange with the server (a status, or no usable response)."""

    request: Optional[httpx.Request]

    def __init__(
        self,
        message: str,
        *,
        request: Optional[httpx.Request] = None,
        error_code: Optional[str] = None,
        correlation_id: Optional[str] = None,
        details: object = None,
        retryable: bool = False,
    ) -> None:
        super().__init__(
            message, error_code=error_code, correlation_id=correlation_id, details=details, retryable=retryable
        )
        self.request = request


class APIStatusError(APIError):
    """The server answered with a non-2xx status; also the class of statuses without one of their own."""

    response: httpx.Response
    status_code: int
    #: Parsed JSON body, or the raw text when it was not JSON.
    body: object
    #: Seconds the server asked to wait (Retry-After / retry-after-ms).
    retry_after: Optional[float]

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        error_code: Optional[str] = None,
        correlation_id: Optional[str] = None,
        details: object = None,
        retryable: bool = False,
    ) -> None:
        super().__init__(
            message,
            request=response.request if _has_request(response) else None,
            error_code=error_code,
            correlation_id=correlation_id,
            details=details,
            retryable=retryable,
        )
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.retry_after = parse_retry_after(response.headers)


class BadRequestError(APIStatusError):
    """400"""


class AuthenticationError(APIStatusError):
    """401"""


class PaymentRequiredError(APIStatusError):
    """402: quota, billing or capacity."""


class PermissionDeniedError(APIStatusError):
    """403"""


class NotFoundError(APIStatusError):
    """404 and 410"""


class ConflictError(APIStatusError):
    """409 and 412"""


class UnprocessableEntityError(APIStatusError):
    """422"""


class RateLimitError(APIStatusError):
    """429"""


class InternalServerError(APIStatusError):
    """5xx"""


class APIConnectionError(APIError):
    """No usable response: DNS, refused, reset, TLS."""

    def __init__(
        self,
        message: str = "Connection error.",
        *,
        request: Optional[httpx.Request] = None,
        correlation_id: Optional[str] = None,
        retryable: bool = True,
    ) -> None:
        super().__init__(message, request=request, correlation_id=correlation_id, retryable=retryable)


class APITimeoutError(APIConnectionError):
    """The per-attempt timeout elapsed; an APIConnectionError, so "network trouble" is one ``except``."""


class ConfigurationError(GpuaasError):
    """Client-side misconfiguration (no project, bad base URL, bad argument), raised before any request is sent."""


class PaginationError(GpuaasError):
    """A listing cannot go on: no next page, a malformed page, or a cursor the server handed back twice."""

    def __init__(self, message: str, *, cursor: Optional[str] = None) -> None:
        super().__init__(message)
        self.cursor = cursor


class WaiterError(GpuaasError):
    """A waiter reached one of its failure states."""

    def __init__(self, message: str, *, waiter: str, state: Optional[str], last: object) -> None:
        super().__init__(message)
        self.waiter = waiter
        #: The last state seen.
        self.state = state
        #: The last polled response.
        self.last = last


class WaiterTimeoutError(WaiterError):
    """A waiter's deadline passed before a success or failure state."""


_STATUS_CLASSES: Dict[int, Type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: NotFoundError,
    412: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def class_for_status(status: int) -> Type[APIStatusError]:
    return _STATUS_CLASSES.get(status) or (InternalServerError if status >= 500 else APIStatusError)


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - httpx raises when a response was built without one
    except RuntimeError:
        return False
    return True


def _as_text(value: object) -> Optional[str]:
    if isinstance(value, str) and value != "":
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _excerpt(body: object) -> str:
    """First line of a body, shortened, for messages when the envelope gave none (HTML error pages)."""
    if body is None or body == "":
        return "no response body"
    text = body if isinstance(body, str) else json.dumps(body)
    flat = " ".join(text.split())
    return flat[:200] + "…" if len(flat) > 200 else flat


def parse_body(text: str) -> object:
    """JSON when it parses, else the text itself; None when empty."""
    if text == "":
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text


def error_from_response(
    response: httpx.Response, envelope: ErrorEnvelopeSpec, sent_correlation_id: Optional[str] = None
) -> APIStatusError:
    """The typed error for a non-2xx response, with the envelope's code, message, correlation id and details."""
    body = parse_body(response.text)
    status = response.status_code
    error_code = _as_text(read_field(body, envelope.code_field))
    server_message = _as_text(read_field(body, envelope.message_field))
    if server_message is None and envelope.message_fallback_field:
        server_message = _as_text(read_field(body, envelope.message_fallback_field))
    header_id = (
        response.headers.get(envelope.correlation_id_response_header)
        if envelope.correlation_id_response_header
        else None
    )
    body_id = _as_text(read_field(body, envelope.correlation_id_field)) if envelope.correlation_id_field else None
    correlation_id = body_id or header_id or sent_correlation_id
    message = f"{status}{f' {error_code}' if error_code else ''}: {server_message or _excerpt(body)}"
    if correlation_id:
        message += f" (correlation_id: {correlation_id})"
    return class_for_status(status)(
        message,
        response=response,
        body=body,
        error_code=error_code,
        correlation_id=correlation_id,
        details=read_field(body, envelope.details_field) if envelope.details_field else None,
        retryable=is_retryable_status(status),
    )
