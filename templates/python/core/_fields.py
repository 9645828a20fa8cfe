"""Dotted field paths (``meta.next``) into parsed JSON or models: how the runtime reads what the contract names."""

from __future__ import annotations

from typing import Mapping, cast

from pydantic import BaseModel


def read_field(value: object, path: str) -> object:
    """The value at ``path`` ('' is ``value`` itself); None where any step is missing."""
    if path == "":
        return value
    current: object = value
    for key in path.split("."):
        if isinstance(current, Mapping):
            current = cast("Mapping[str, object]", current).get(key)
        elif isinstance(current, BaseModel):
            current = current.model_dump(by_alias=True).get(key)
        else:
            return None
        if current is None:
            return None
    return current
