# Copied verbatim from templates/python/core/_retry.py. DO NOT EDIT: change the template and regenerate.
"""Retry policy, the same as the TypeScript runtime's (templates/sdk/core/retry.ts): what is retried, and when."""

from __future__ import annotations

import email.utils
import random
import time
from typing import Callable, Mapping, Optional

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 8.0
MAX_JITTER = 0.25
#: Longest server-requested wait the client sits through; beyond it the error goes to the caller instead.
MAX_RETRY_AFTER = 60.0


def is_retryable_status(status: int) -> bool:
    """408 timeout, 409 lock or key in use, 429 rate limit and every 5xx are transient."""
    return status in (408, 409, 429) or status >= 500


def backoff_delay(retries_done: int, rand: Callable[[], float] = random.random) -> float:
    """0.5 s × 2ⁿ capped at 8 s, jitter shortening it by up to 25 %."""
    base = min(INITIAL_DELAY * 2.0**retries_done, MAX_DELAY)
    return base * (1 - rand() * MAX_JITTER)


def parse_retry_after(headers: Optional[Mapping[str, str]], now: Optional[float] = None) -> Optional[float]:
    """Seconds from ``retry-after-ms`` (precise, non-standard) or ``Retry-After`` (seconds or an HTTP date)."""
    if headers is None:
        return None
    ms = (headers.get("retry-after-ms") or "").strip()
    if ms:
        try:
            value = float(ms)
            if value >= 0:
                return value / 1000
        except ValueError:
            pass
    retry_after = (headers.get("retry-after") or "").strip()
    if not retry_after:
        return None
    try:
        seconds = float(retry_after)
        return seconds if seconds >= 0 else None
    except ValueError:
        pass
    try:
        date = email.utils.parsedate_to_datetime(retry_after)
    except (TypeError, ValueError):
        return None
    return max(0.0, date.timestamp() - (time.time() if now is None else now))


def retry_delay(
    retries_done: int,
    headers: Optional[Mapping[str, str]],
    rand: Callable[[], float] = random.random,
    now: Optional[float] = None,
) -> Optional[float]:
    """The server's Retry-After when it sent one (None when it asks for more than 60 s), else backoff."""
    requested = parse_retry_after(headers, now)
    if requested is None:
        return backoff_delay(retries_done, rand)
    return requested if requested <= MAX_RETRY_AFTER else None


def is_retryable(status: Optional[int], may_have_taken_effect: bool, safe_to_repeat: bool) -> bool:
    """
    A transient failure (``status`` None: no response) is retried unless repeating it could apply a mutation
    twice: a call neither retry-safe nor keyed is only retried when it cannot have taken effect.
    """
    if status is not None and not is_retryable_status(status):
        return False
    return safe_to_repeat or not may_have_taken_effect
