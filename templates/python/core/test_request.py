from __future__ import annotations

import io
from typing import Dict, List, Tuple

import pytest

from core._errors import ConfigurationError
from core._logging import redact_body, redact_header, redact_url
from core._request import encode_body, given, query_params
from core._spec import BodyEncoding, OperationSpec
from core._types import NOT_GIVEN


def spec(encoding: BodyEncoding, media: str) -> OperationSpec:
    return OperationSpec(id="op", method="POST", path="/x", body_media_type=media, body_encoding=encoding)


@pytest.mark.parametrize(
    ("values", "params"),
    [
        ({"a": 1, "b": None, "c": NOT_GIVEN}, [("a", "1")]),
        ({"flag": True, "off": False}, [("flag", "true"), ("off", "false")]),
        ({"tag": ["x", "y"]}, [("tag", "x"), ("tag", "y")]),
    ],
)
def test_query_params(values: Dict[str, object], params: List[Tuple[str, str]]) -> None:
    assert query_params(values) == params


def test_nested_query_values_are_refused() -> None:
    with pytest.raises(ConfigurationError, match="scalar"):
        query_params({"filter": {"a": 1}})


def test_given_keeps_none_and_drops_not_given() -> None:
    assert given({"a": None, "b": NOT_GIVEN, "c": 0}) == {"a": None, "c": 0}


@pytest.mark.parametrize(
    ("encoding", "media", "body", "content", "data"),
    [
        ("json", "application/json", {"a": [1, None]}, b'{"a":[1,null]}', None),
        ("json", "application/vnd.api+json", {"é": "ü"}, '{"é":"ü"}'.encode(), None),
        ("text", "text/plain", "hello", b"hello", None),
        ("binary", "application/octet-stream", io.BytesIO(b"\x00\x01"), b"\x00\x01", None),
        (
            "form",
            "application/x-www-form-urlencoded",
            {"grant_type": "password", "n": 2, "on": True, "skip": None},
            None,
            {"grant_type": "password", "n": 2, "on": "true"},
        ),
    ],
)
def test_body_encodings(encoding: BodyEncoding, media: str, body: object, content: object, data: object) -> None:
    encoded = encode_body(spec(encoding, media), body)
    assert encoded is not None
    assert (encoded.content, encoded.data, encoded.content_type) == (content, data, media)


def test_multipart_separates_files_from_fields() -> None:
    encoded = encode_body(spec("multipart", "multipart/form-data"), {"name": "n", "file": ("a.txt", b"hi")}, ("file",))
    assert encoded is not None and encoded.data == {"name": "n"} and encoded.files == [("file", ("a.txt", b"hi"))]


@pytest.mark.parametrize(
    ("name", "value", "shown"),
    [
        ("Authorization", "Bearer abc", "Bearer [REDACTED]"),
        ("authorization", "abc", "[REDACTED]"),
        ("X-Api-Key", "k", "[REDACTED]"),
        ("Accept", "a", "a"),
    ],
)
def test_header_redaction(name: str, value: str, shown: str) -> None:
    assert redact_header(name, value, ["x-api-key"]) == shown


@pytest.mark.parametrize(
    ("text", "content_type", "shown"),
    [
        (
            '{"password": "p", "nested": [{"refresh_token": "r"}], "user": "u"}',
            "application/json",
            '{"password": "[REDACTED]", "nested": [{"refresh_token": "[REDACTED]"}], "user": "u"}',
        ),
        (
            "grant_type=password&password=p&username=u",
            "application/x-www-form-urlencoded",
            "grant_type=password&password=%5BREDACTED%5D&username=u",
        ),
        ("plain", "text/plain", "plain"),
    ],
)
def test_body_redaction(text: str, content_type: str, shown: str) -> None:
    assert redact_body(text, content_type) == shown


def test_url_redaction() -> None:
    assert redact_url("http://x/a?key=secret&b=1", ["key"]) == "http://x/a?key=%5BREDACTED%5D&b=1"
