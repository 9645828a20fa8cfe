"""
A typed usage example of the generated package: pyright and mypy check it in strict mode (npm run
typecheck:python), so every name, argument and result type below is the SDK's public contract.
"""

from __future__ import annotations

import asyncio
from typing import List, Optional

import gpuaas
from gpuaas import AsyncGpuaas, Gpuaas, Keycloak, NotFoundError, SyncPage
from gpuaas.types import Allocation, Node, SchedulerType


def sync_usage(client: Gpuaas) -> List[str]:
    page: SyncPage[Node] = client.nodes.list(status="available", page_size=10)
    ids = [node.id for node in page]
    if page.has_next_page():
        ids.extend(node.id for node in page.get_next_page().items)
    scheduler: SchedulerType = "slurm"
    allocation: Allocation = client.allocations.create(scheduler_type=scheduler, idempotency_key="key-1")
    client.allocations.wait_until_active(
        allocation.id, timeout=60, on_poll=lambda state, polled, attempt: print(state, polled.id, attempt)
    )
    token = client.terminal.create_token(allocation.id, project_id="proj_1")
    raw = client.billing.with_raw_response.balance()
    correlation: Optional[str] = raw.correlation_id
    print(raw.status_code, raw.headers.get("content-type"), raw.parse().balance, correlation, token.expires_at)
    try:
        client.projects.get("proj_missing")
    except NotFoundError as error:
        print(error.status_code, error.error_code, error.correlation_id, error.details, error.retryable)
    attachment = client.shared_runtimes.attachments.create("org_1", "srt_1", project_id="proj_1", name="team-a")
    return [*ids, attachment.id]


async def async_usage(client: AsyncGpuaas) -> int:
    count = 0
    async for _node in client.nodes.list():
        count += 1
    first = await client.projects.list()
    async for page in first.iter_pages():
        count += len(page.items)
    allocation = await client.allocations.wait_until_active("alloc_1", timeout=30)
    raw = await client.allocations.with_raw_response.get(allocation.id)
    return count + raw.status_code


def main() -> None:
    provider = Gpuaas.refreshing_token_provider(access_token="a", refresh_token="r", expires_at=0)
    with Gpuaas(token_provider=provider, project_id="proj_1").with_options(timeout=5.0, max_retries=1) as client:
        sync_usage(client)
    grant = Keycloak().keycloak.token(
        "gpuaas", grant_type="password", username="u", password="p", client_id="gpuaas-cli"
    )
    print(grant.access_token, gpuaas.__version__)
    asyncio.run(async_usage(AsyncGpuaas(token="t", project_id="proj_1")))
