from __future__ import annotations

from typing import Type

import httpx
import pytest

from core._errors import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    error_from_response,
)
from core.conftest import META


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (402, PaymentRequiredError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (410, NotFoundError),
        (412, ConflictError),
        (418, APIStatusError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (503, InternalServerError),
    ],
)
def test_one_class_per_status(status: int, cls: Type[APIStatusError]) -> None:
    error = error_from_response(httpx.Response(status, json={"code": "x", "message": "m"}), META.errors)
    assert type(error) is cls
    assert error.status_code == status


def test_envelope_fields_are_exposed_as_sent() -> None:
    body = {"code": "Slug_Taken", "message": "slug is taken", "correlation_id": "corr_1", "details": {"field": "slug"}}
    error = error_from_response(
        httpx.Response(409, json=body, headers={"X-Correlation-ID": "corr_header"}), META.errors
    )
    assert (error.error_code, error.correlation_id, error.details, error.retryable) == (
        "Slug_Taken",
        "corr_1",
        {"field": "slug"},
        True,
    )
    assert str(error) == "409 Slug_Taken: slug is taken (correlation_id: corr_1)"
    assert error.body == body


@pytest.mark.parametrize(
    ("body", "header", "sent", "expected"),
    [
        ({"correlation_id": "from_body"}, "from_header", "sent", "from_body"),
        ({}, "from_header", "sent", "from_header"),
        ({}, None, "sent", "sent"),
    ],
)
def test_correlation_id_from_body_then_header_then_the_id_sent(
    body: dict[str, str], header: str | None, sent: str, expected: str
) -> None:
    headers = {"X-Correlation-ID": header} if header else {}
    error = error_from_response(httpx.Response(500, json=body, headers=headers), META.errors, sent)
    assert error.correlation_id == expected


def test_a_body_that_is_not_the_envelope_is_quoted() -> None:
    error = error_from_response(httpx.Response(502, text="<html>\n  Bad   gateway</html>"), META.errors)
    assert error.error_code is None
    assert str(error) == "502: <html> Bad gateway</html>"
    assert error.body == "<html>\n  Bad   gateway</html>"


def test_retry_after_is_kept() -> None:
    error = error_from_response(httpx.Response(429, json={}, headers={"retry-after": "7"}), META.errors)
    assert error.retry_after == 7.0
