"""Building a request from an operation's spec and the call's values: URL, query and body (pure functions)."""

from __future__ import annotations

import datetime
import json
from dataclasses import dataclass
from typing import IO, Dict, List, Mapping, Optional, Tuple, Union, cast
from urllib.parse import quote, urlsplit

from ._errors import ConfigurationError
from ._models import to_jsonable
from ._spec import OperationSpec
from ._types import NotGiven

#: What a text or binary body, or a file part of a multipart body, may be.
FileContent = Union[bytes, str, IO[bytes]]
#: A file part: its content, or (filename, content) or (filename, content, content type).
FileTypes = Union[FileContent, Tuple[Optional[str], FileContent], Tuple[Optional[str], FileContent, Optional[str]]]

QueryParams = List[Tuple[str, str]]


def given(values: Mapping[str, object]) -> Dict[str, object]:
    """The arguments the caller gave: ``NOT_GIVEN`` ones left out (None stays: it means JSON null)."""
    return {k: v for k, v in values.items() if not isinstance(v, NotGiven)}


def _scalar(value: object, name: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value)
    # No contract style (deepObject, JSON) is declared for nested values, so guessing one would be wrong.
    raise ConfigurationError(f'query parameter "{name}" must be a scalar or a list of scalars')


def query_params(values: Mapping[str, object]) -> QueryParams:
    """None and NOT_GIVEN left out, lists repeat the name, booleans as ``true``/``false``."""
    params: QueryParams = []
    for name, value in values.items():
        if value is None or isinstance(value, NotGiven):
            continue
        if isinstance(value, (list, tuple)):
            params.extend((name, _scalar(v, name)) for v in cast("list[object]", value) if v is not None)
        else:
            params.append((name, _scalar(value, name)))
    return params


def build_url(base_url: str, spec: OperationSpec, path_params: Mapping[str, object]) -> str:
    """Base URL (trailing slashes dropped) + the path with each parameter percent-encoded."""
    path = spec.path
    for name, value in path_params.items():
        text = _scalar(value, name) if not isinstance(value, str) else value
        # These would silently address another resource: /things/ or /things/.. instead of /things/x.
        if text in ("", ".", ".."):
            raise ConfigurationError(f'{spec.id}: path parameter "{name}" must be a non-empty id, got {text!r}')
        path = path.replace("{" + name + "}", quote(text, safe=""))
    return base_url.rstrip("/") + path


def check_next_url(base_url: str, url: str, spec: OperationSpec) -> str:
    """A next-page link must lie under the base URL: the client sends its credentials only there."""
    base, link = urlsplit(base_url), urlsplit(url)
    if (link.scheme, link.netloc) != (base.scheme, base.netloc) or not link.path.startswith(base.path.rstrip("/")):
        raise ConfigurationError(f"{spec.id}: next-page URL {url!r} is not under the base URL {base_url}")
    return url


@dataclass(frozen=True)
class EncodedBody:
    """What httpx sends: ``content`` (bytes), ``data`` (form fields) and ``files`` (multipart parts)."""

    content: Optional[bytes] = None
    data: Optional[Dict[str, object]] = None
    files: Optional[List[Tuple[str, FileTypes]]] = None
    content_type: Optional[str] = None
    #: What a debug log shows of the body.
    description: str = ""


def _bytes_of(value: object, spec: OperationSpec) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode()
    if hasattr(value, "read"):
        # Read once, so every retry sends the same bytes.
        data: object = getattr(value, "read")()  # noqa: B009 - any object with read(), not only IO[bytes]
        return data if isinstance(data, bytes) else str(data).encode()
    raise ConfigurationError(f"{spec.id}: the body must be bytes, text or a binary file")


def _form_value(value: object) -> object:
    jsonable = to_jsonable(value)
    if isinstance(jsonable, bool):
        return "true" if jsonable else "false"
    if isinstance(jsonable, (dict, list)):
        return json.dumps(jsonable)
    return jsonable


def encode_body(spec: OperationSpec, body: object, file_fields: Tuple[str, ...] = ()) -> Optional[EncodedBody]:
    """The body in the encoding the contract declares; None when there is none to send."""
    if spec.body_encoding is None or isinstance(body, NotGiven):
        return None
    media = spec.body_media_type
    if spec.body_encoding == "json":
        text = json.dumps(to_jsonable(body), separators=(",", ":"), ensure_ascii=False)
        return EncodedBody(content=text.encode(), content_type=media, description=text)
    if spec.body_encoding in ("text", "binary"):
        raw = _bytes_of(body, spec)
        shown = raw.decode(errors="replace") if spec.body_encoding == "text" else f"<{len(raw)} bytes>"
        return EncodedBody(content=raw, content_type=media, description=shown)
    fields = given(cast("Mapping[str, object]", to_jsonable(body) if not isinstance(body, dict) else body))
    if spec.body_encoding == "form":
        data = {k: _form_value(v) for k, v in fields.items() if v is not None}
        return EncodedBody(data=data, content_type=media, description="&".join(f"{k}=…" for k in data))
    parts: List[Tuple[str, FileTypes]] = []
    plain: Dict[str, object] = {}
    for name, value in fields.items():
        if name in file_fields:
            values = cast("list[FileTypes]", value) if isinstance(value, list) else [cast(FileTypes, value)]
            parts.extend((name, v) for v in values)
        elif value is not None:
            plain[name] = _form_value(value)
    # httpx sets multipart/form-data with its boundary.
    return EncodedBody(data=plain, files=parts or None, description=f"multipart: {', '.join(fields)}")
