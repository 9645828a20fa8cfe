from __future__ import annotations

import asyncio
from typing import Dict, List, Optional, Tuple, Type

import pytest

from core._errors import WaiterError, WaiterTimeoutError
from core._spec import WaiterSpec
from core._waiters import async_wait_for, wait_for, waiter_delay

SPEC = WaiterSpec(
    name="active",
    field="status",
    success=("active",),
    failure=("failed",),
    min_delay_seconds=2,
    max_delay_seconds=10,
    max_wait_seconds=30,
)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.pauses: List[float] = []

    def sleep(self, seconds: float) -> None:
        self.pauses.append(seconds)
        self.now += seconds


@pytest.mark.parametrize(
    ("attempt", "rand", "delay"), [(1, 1.0, 2.0), (2, 1.0, 4.0), (3, 1.0, 8.0), (5, 1.0, 10.0), (5, 0.0, 2.0)]
)
def test_delay_grows_to_the_cap_jittered_from_the_minimum(attempt: int, rand: float, delay: float) -> None:
    assert waiter_delay(attempt, SPEC, lambda: rand) == delay


@pytest.mark.parametrize(
    ("states", "error"),
    [
        (["pending", "pending", "active"], None),
        (["pending", "failed"], WaiterError),
        (["pending"] * 100, WaiterTimeoutError),
    ],
)
def test_wait_outcomes(states: List[str], error: Optional[Type[WaiterError]]) -> None:
    clock = Clock()
    polls = iter(states)
    seen: List[Tuple[Optional[str], int]] = []

    def run() -> Dict[str, str]:
        return wait_for(
            lambda: {"status": next(polls)},
            SPEC,
            on_poll=lambda state, _data, attempt: seen.append((state, attempt)),
            sleep=clock.sleep,
            clock=lambda: clock.now,
        )

    if error is None:
        assert run() == {"status": "active"}
        assert [n for _, n in seen] == [1, 2, 3]
    else:
        with pytest.raises(error) as caught:
            run()
        assert caught.value.state == seen[-1][0]
    assert clock.now <= SPEC.max_wait_seconds


def test_timeout_overrides_the_contract_and_the_last_poll_lands_on_the_deadline() -> None:
    clock = Clock()
    with pytest.raises(WaiterTimeoutError, match="gave up after 5 s"):
        wait_for(lambda: {"status": "pending"}, SPEC, timeout=5, sleep=clock.sleep, clock=lambda: clock.now)
    assert clock.now == 5


def test_async_wait() -> None:
    states = iter(["pending", "active"])

    async def poll() -> Dict[str, str]:
        return {"status": next(states)}

    async def no_sleep(seconds: float) -> None:
        return None

    assert asyncio.run(async_wait_for(poll, SPEC, sleep=no_sleep)) == {"status": "active"}
