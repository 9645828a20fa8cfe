from __future__ import annotations

from typing import Dict, Optional

import pytest

from core._retry import backoff_delay, is_retryable, is_retryable_status, parse_retry_after, retry_delay


@pytest.mark.parametrize(
    ("status", "retryable"),
    [
        (400, False),
        (401, False),
        (404, False),
        (408, True),
        (409, True),
        (422, False),
        (429, True),
        (500, True),
        (503, True),
    ],
)
def test_retryable_statuses(status: int, retryable: bool) -> None:
    assert is_retryable_status(status) is retryable


@pytest.mark.parametrize(
    ("retries", "rand", "delay"),
    [(0, 0.0, 0.5), (1, 0.0, 1.0), (3, 0.0, 4.0), (4, 0.0, 8.0), (10, 0.0, 8.0), (0, 1.0, 0.375)],
)
def test_backoff_doubles_to_the_cap_with_up_to_25_percent_jitter(retries: int, rand: float, delay: float) -> None:
    assert backoff_delay(retries, lambda: rand) == pytest.approx(delay)


@pytest.mark.parametrize(
    ("headers", "seconds"),
    [
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "Wed, 21 Oct 2015 07:28:10 GMT"}, 10.0),
        ({"retry-after": "-1"}, None),
        ({"retry-after": "soon"}, None),
        ({}, None),
    ],
)
def test_retry_after(headers: Dict[str, str], seconds: Optional[float]) -> None:
    now = 1445412480.0  # 07:28:00 that day
    assert parse_retry_after(headers, now) == seconds


def test_a_server_asking_for_more_than_60_s_gets_the_error_instead() -> None:
    assert retry_delay(0, {"retry-after": "61"}) is None
    assert retry_delay(0, {"retry-after": "60"}) == 60.0
    assert retry_delay(2, None, lambda: 0.0) == 2.0


@pytest.mark.parametrize(
    ("status", "may_have_taken_effect", "safe", "retried"),
    [
        (503, True, True, True),
        (503, True, False, False),  # an unkeyed mutation that may have reached the server
        (None, False, False, True),  # never connected: nothing was sent
        (None, True, False, False),
        (429, False, False, True),
        (400, False, True, False),
    ],
)
def test_retry_decision(status: Optional[int], may_have_taken_effect: bool, safe: bool, retried: bool) -> None:
    assert is_retryable(status, may_have_taken_effect, safe) is retried
