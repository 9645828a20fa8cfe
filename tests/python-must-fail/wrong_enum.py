# Must NOT type-check: a value outside the contract's enum (tests/python.e2e.test.ts).
from gpuaas import Gpuaas

Gpuaas().nodes.list(status="busy")  # expected error: "busy" is not a NodeStatus
