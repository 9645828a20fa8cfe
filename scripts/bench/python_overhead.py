"""
Per-call overhead of the Python SDK against raw httpx: ``calls`` sequential GETs each per round, on one
keep-alive pool each, to the loopback server at argv[1]. Within a round the two alternate in chunks of
50 calls, so load from elsewhere on the machine hits both alike. Prints each one's median CPU time
(process time: the server is another process) and wall time per round, in ms, as JSON
(scripts/bench/rows/sdk.ts reports the ratio).
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from typing import Callable, Dict, List

import httpx
from gpuaas import Gpuaas

CHUNK = 50


def main(base_url: str, calls: int, rounds: int) -> None:
    raw = httpx.Client()
    sdk = Gpuaas(base_url=base_url, token="t", max_retries=0)
    url = f"{base_url}/api/v1/billing/balance"

    def raw_calls(n: int) -> None:
        for _ in range(n):
            raw.get(url, headers={"authorization": "Bearer t", "accept": "application/json"}).json()

    def sdk_calls(n: int) -> None:
        for _ in range(n):
            sdk.billing.balance()

    contenders: Dict[str, Callable[[int], None]] = {"httpx": raw_calls, "sdk": sdk_calls}
    for run in contenders.values():  # warm both pools and caches
        run(calls // 10)
    cpu: Dict[str, List[float]] = {name: [] for name in contenders}
    wall: Dict[str, List[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        cpu_totals = dict.fromkeys(contenders, 0.0)
        wall_totals = dict.fromkeys(contenders, 0.0)
        for _chunk in range(calls // CHUNK):
            for name, run in contenders.items():
                start_cpu, start = time.process_time(), time.perf_counter()
                run(CHUNK)
                cpu_totals[name] += (time.process_time() - start_cpu) * 1000
                wall_totals[name] += (time.perf_counter() - start) * 1000
        for name in contenders:
            cpu[name].append(cpu_totals[name])
            wall[name].append(wall_totals[name])
    print(
        json.dumps(
            {
                name: {"cpu_ms": statistics.median(cpu[name]), "wall_ms": statistics.median(wall[name])}
                for name in contenders
            }
        )
    )


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
