# Copied verbatim from templates/python/core/_logging.py. DO NOT EDIT: change the template and regenerate.
"""DEBUG logging of each exchange on ``logging.getLogger("gpuaas")``, with every credential redacted."""

from __future__ import annotations

import json
import logging
from typing import Iterable, List, Mapping, Optional, Tuple, cast
from urllib.parse import parse_qsl, urlencode

logger = logging.getLogger("gpuaas")

REDACTED = "[REDACTED]"
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
#: Body fields that hold a credential, in requests (passwords) and responses (tokens).
SECRET_FIELDS = frozenset(
    {"password", "client_secret", "access_token", "refresh_token", "id_token", "token", "device_code", "code_verifier"}
)


def redact_header(name: str, value: str, extra: Iterable[str] = ()) -> str:
    """Keeps the scheme (``Bearer``) so the log still shows which kind of credential went out."""
    lower = name.lower()
    if lower not in _SECRET_HEADERS and lower not in {e.lower() for e in extra}:
        return value
    scheme, space, _ = value.partition(" ")
    return f"{scheme} {REDACTED}" if space and lower in ("authorization", "proxy-authorization") else REDACTED


def redact_headers(headers: Iterable[Tuple[str, str]], extra: Iterable[str] = ()) -> List[Tuple[str, str]]:
    extra = tuple(extra)
    return [(name, redact_header(name, value, extra)) for name, value in headers]


def _redact_json(value: object) -> object:
    if isinstance(value, dict):
        items = cast("Mapping[str, object]", value).items()
        return {k: REDACTED if k.lower() in SECRET_FIELDS else _redact_json(v) for k, v in items}
    if isinstance(value, list):
        return [_redact_json(v) for v in cast("List[object]", value)]
    return value


def redact_body(text: str, content_type: Optional[str]) -> str:
    """A JSON or form body with its secret fields replaced; other text as is, bytes described."""
    kind = (content_type or "").lower()
    if "json" in kind or (not kind and text[:1] in "{["):
        try:
            return json.dumps(_redact_json(json.loads(text)))
        except ValueError:
            return text
    if "x-www-form-urlencoded" in kind:
        pairs = parse_qsl(text, keep_blank_values=True)
        return urlencode([(k, REDACTED if k.lower() in SECRET_FIELDS else v) for k, v in pairs])
    return text


def redact_url(url: str, secret_params: Iterable[str] = ()) -> str:
    """A query-parameter credential (an API key in the URL) replaced."""
    names = set(secret_params)
    if not names or "?" not in url:
        return url
    base, _, query = url.partition("?")
    pairs = parse_qsl(query, keep_blank_values=True)
    return f"{base}?{urlencode([(k, REDACTED if k in names else v) for k, v in pairs])}"
