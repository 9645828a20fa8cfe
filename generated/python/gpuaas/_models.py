# Copied verbatim from templates/python/core/_models.py. DO NOT EDIT: change the template and regenerate.
"""The base of every generated model, and response validation with one cached adapter per type."""

from __future__ import annotations

import inspect
from typing import Any, Dict, Type, TypeVar, cast

import pydantic
from pydantic import ConfigDict, TypeAdapter

T = TypeVar("T")


class BaseModel(pydantic.BaseModel):
    """
    Fields the SDK does not know yet (a newer server) are kept, not dropped: a server adding a field must not
    break an older client. Python names stand for wire names where they differ (``from_`` for ``from``).
    """

    model_config = ConfigDict(extra="allow", populate_by_name=True, protected_namespaces=())

    def to_dict(self) -> Dict[str, object]:
        """The wire form: JSON names, fields the server did not send left out."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=True)


_adapters: Dict[object, TypeAdapter[Any]] = {}


def validate(type_: Type[T], data: object) -> T:
    """``data`` (parsed JSON) as ``type_``; models go through their own validator, anything else an adapter."""
    if inspect.isclass(type_) and issubclass(type_, pydantic.BaseModel):
        return cast(T, type_.model_validate(data))
    adapter = _adapters.get(type_)
    if adapter is None:
        adapter = _adapters[type_] = TypeAdapter(type_)
    return cast(T, adapter.validate_python(data))


def to_jsonable(value: object) -> object:
    """Arguments as JSON: models by their wire names (unset fields left out), containers element by element."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, dict):
        return {k: to_jsonable(v) for k, v in cast("Dict[str, object]", value).items()}
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in cast("list[object]", value)]
    return value
