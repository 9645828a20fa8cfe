# Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from gpuaas.resources.allocations import Allocations, AsyncAllocations
from gpuaas.resources.auth import AsyncAuth, Auth
from gpuaas.resources.billing import AsyncBilling, Billing
from gpuaas.resources.catalog import AsyncCatalog, Catalog
from gpuaas.resources.nodes import AsyncNodes, Nodes
from gpuaas.resources.projects import AsyncProjects, Projects
from gpuaas.resources.shared_runtimes import AsyncSharedRuntimes, SharedRuntimes
from gpuaas.resources.terminal import AsyncTerminal, Terminal

__all__ = [
    "Allocations",
    "AsyncAllocations",
    "AsyncAuth",
    "AsyncBilling",
    "AsyncCatalog",
    "AsyncNodes",
    "AsyncProjects",
    "AsyncSharedRuntimes",
    "AsyncTerminal",
    "Auth",
    "Billing",
    "Catalog",
    "Nodes",
    "Projects",
    "SharedRuntimes",
    "Terminal",
]
