"""Waiters (x-codegen-waiters): poll until a state field reaches a success or a failure value, Smithy-style."""

from __future__ import annotations

import asyncio
import random
import time
from typing import Awaitable, Callable, Generic, Optional, TypeVar

from ._errors import WaiterError, WaiterTimeoutError
from ._fields import read_field
from ._spec import WaiterSpec

T = TypeVar("T")
OnPoll = Callable[[Optional[str], T, int], None]

#: The pauses between polls, looked up per wait (tests replace them).
_sleep = time.sleep
_async_sleep = asyncio.sleep


def waiter_delay(attempt: int, spec: WaiterSpec, rand: Callable[[], float] = random.random) -> float:
    """Delay before poll ``attempt + 1``: min × 2^(attempt-1) capped at max, jittered between min and that."""
    low = spec.min_delay_seconds
    ceiling = max(low, min(spec.max_delay_seconds, low * 2.0 ** (attempt - 1)))
    return low + rand() * (ceiling - low)


def _state(value: object) -> Optional[str]:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, (str, int, float)) else None


class _Wait(Generic[T]):
    """One wait's clock and verdicts, shared by the sync and async loops."""

    def __init__(self, spec: WaiterSpec, timeout: Optional[float], clock: Callable[[], float]) -> None:
        self.spec = spec
        self.max_wait = spec.max_wait_seconds if timeout is None else timeout
        self.clock = clock
        self.deadline = clock() + self.max_wait

    def judge(self, data: T, attempt: int, on_poll: Optional[OnPoll[T]]) -> Optional[float]:
        """None when ``data`` is a success; the pause before the next poll otherwise (or raises)."""
        spec = self.spec
        state = _state(read_field(data, spec.field))
        if on_poll is not None:
            on_poll(state, data, attempt)
        if state is not None and state in spec.success:
            return None
        if state is not None and state in spec.failure:
            raise WaiterError(
                f'{spec.name}: {spec.field} is "{state}", a failure state', waiter=spec.name, state=state, last=data
            )
        remaining = self.deadline - self.clock()
        if remaining <= 0:
            last = "none" if state is None else f'"{state}"'
            raise WaiterTimeoutError(
                f"{spec.name}: gave up after {round(self.max_wait)} s; last {spec.field}: {last}",
                waiter=spec.name,
                state=state,
                last=data,
            )
        return min(waiter_delay(attempt, spec), remaining)


def wait_for(
    poll: Callable[[], T],
    spec: WaiterSpec,
    *,
    timeout: Optional[float] = None,
    on_poll: Optional[OnPoll[T]] = None,
    sleep: Optional[Callable[[float], None]] = None,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """
    Polls until success (returns that response) or a failure state (WaiterError). The first poll is
    immediate; the last lands on the deadline, never after it (WaiterTimeoutError). Poll errors end the wait.
    """
    wait = _Wait[T](spec, timeout, clock)
    attempt = 1
    while True:
        data = poll()
        pause = wait.judge(data, attempt, on_poll)
        if pause is None:
            return data
        (sleep or _sleep)(pause)
        attempt += 1


async def async_wait_for(
    poll: Callable[[], Awaitable[T]],
    spec: WaiterSpec,
    *,
    timeout: Optional[float] = None,
    on_poll: Optional[OnPoll[T]] = None,
    sleep: Optional[Callable[[float], Awaitable[None]]] = None,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    wait = _Wait[T](spec, timeout, clock)
    attempt = 1
    while True:
        data = await poll()
        pause = wait.judge(data, attempt, on_poll)
        if pause is None:
            return data
        await (sleep or _async_sleep)(pause)
        attempt += 1
