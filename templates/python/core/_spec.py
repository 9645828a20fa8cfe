"""What the generated ``_operations`` module says about each operation and the contract: plain data, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Optional, Tuple

BodyEncoding = Literal["json", "form", "multipart", "text", "binary"]
PaginationKind = Literal["cursor", "has-more", "link", "offset", "page"]


@dataclass(frozen=True)
class CredentialSpec:
    """Where the token goes when it is not ``Authorization: Bearer``: an API key header or query parameter, or basic."""

    location: Literal["header", "query"]
    name: str
    prefix: Optional[str] = None


@dataclass(frozen=True)
class PaginationSpec:
    """How a listing goes from one page to the next (see the IR's PaginationIR for each kind)."""

    kind: PaginationKind
    items_field: str
    cursor_param: Optional[str] = None
    page_size_param: Optional[str] = None
    next_cursor_field: Optional[str] = None
    has_more_field: Optional[str] = None
    id_field: Optional[str] = None
    default_page_size: Optional[int] = None


@dataclass(frozen=True)
class OperationSpec:
    id: str
    method: str
    path: str
    body_media_type: Optional[str] = None
    body_encoding: Optional[BodyEncoding] = None
    auth: bool = True
    credential: Optional[CredentialSpec] = None
    project_header: Optional[str] = None
    idempotency_header: Optional[str] = None
    #: Repeating it cannot apply a mutation twice (GET, PUT, DELETE, or the contract says so).
    retry_safe: bool = False
    pagination: Optional[PaginationSpec] = None


@dataclass(frozen=True)
class WaiterSpec:
    """A waiter as the contract declares it (x-codegen-waiters)."""

    name: str
    field: str
    success: Tuple[str, ...]
    failure: Tuple[str, ...] = ()
    min_delay_seconds: float = 2.0
    max_delay_seconds: float = 120.0
    max_wait_seconds: float = 600.0


@dataclass(frozen=True)
class ErrorEnvelopeSpec:
    """Where the contract's error envelope keeps its fields (dotted paths allowed)."""

    code_field: str
    message_field: str
    message_fallback_field: Optional[str] = None
    correlation_id_field: Optional[str] = None
    details_field: Optional[str] = None
    correlation_id_response_header: Optional[str] = None


@dataclass(frozen=True)
class ContractMeta:
    """What a generated client knows about its contract."""

    default_base_url: str
    user_agent: str
    errors: ErrorEnvelopeSpec
    correlation_id_request_header: Optional[str] = None
    #: Environment variables <PREFIX>_BASE_URL, <PREFIX>_TOKEN and <PREFIX>_PROJECT give defaults; None: no defaults.
    env_prefix: Optional[str] = None
    secret_fields: Tuple[str, ...] = field(default=())
