"""
One SDK call from the command line, for the parity test (tests/parity.e2e.test.ts): the argument is JSON
``{"method": "allocations.create", "args": [...], "kwargs": {...}}``; the client takes its base URL and token
from the environment (GPUAAS_BASE_URL, GPUAAS_TOKEN) as a user's would. Prints the result as JSON.
"""

from __future__ import annotations

import json
import sys
from typing import Any, Dict, List, cast

from gpuaas import Gpuaas, SyncPage
from gpuaas._models import BaseModel


def main(argv: List[str]) -> None:
    call: Dict[str, Any] = json.loads(argv[1])
    with Gpuaas(max_retries=0) as client:
        target: Any = client
        for part in str(call["method"]).split("."):
            target = getattr(target, part)
        result = target(*call.get("args", []), **call.get("kwargs", {}))
    if isinstance(result, SyncPage):
        items = cast("SyncPage[object]", result).items
        result = [item.to_dict() if isinstance(item, BaseModel) else item for item in items]
    elif isinstance(result, BaseModel):
        result = result.to_dict()
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv)
