# Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from gpuaas import keycloak, types
from gpuaas._auth import (
    AsyncRefreshingTokenProvider,
    AsyncStaticTokenProvider,
    AsyncTokenProvider,
    RefreshingTokenProvider,
    RefreshResult,
    StaticTokenProvider,
    TokenProvider,
    TokenSet,
)
from gpuaas._base_client import DEFAULT_TIMEOUT
from gpuaas._client import AsyncGpuaas, Gpuaas
from gpuaas._errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    GpuaasError,
    InternalServerError,
    NotFoundError,
    PaginationError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WaiterError,
    WaiterTimeoutError,
)
from gpuaas._pagination import AsyncPage, AsyncPaginator, SyncPage
from gpuaas._response import APIResponse
from gpuaas._retry import DEFAULT_MAX_RETRIES
from gpuaas._types import NOT_GIVEN, NotGiven
from gpuaas.keycloak import AsyncKeycloak, Keycloak

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncGpuaas",
    "AsyncKeycloak",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncRefreshingTokenProvider",
    "AsyncStaticTokenProvider",
    "AsyncTokenProvider",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "Gpuaas",
    "GpuaasError",
    "InternalServerError",
    "Keycloak",
    "NotFoundError",
    "NotGiven",
    "PaginationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitError",
    "RefreshResult",
    "RefreshingTokenProvider",
    "StaticTokenProvider",
    "SyncPage",
    "TokenProvider",
    "TokenSet",
    "UnprocessableEntityError",
    "WaiterError",
    "WaiterTimeoutError",
    "keycloak",
    "types",
]
