"""Small shared types: the "argument not given" sentinel and the request option types."""

from __future__ import annotations

from typing import Literal, Mapping, Union

import httpx
from typing_extensions import override


class NotGiven:
    """The default of every optional argument: tells "left out" apart from an explicit ``None`` (JSON null)."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    @override
    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()

Timeout = Union[float, httpx.Timeout]
Headers = Mapping[str, str]
