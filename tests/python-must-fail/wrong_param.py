# Must NOT type-check: a parameter name the operation does not have (tests/python.e2e.test.ts).
from gpuaas import Gpuaas

Gpuaas().nodes.list(state="available")  # expected error: no parameter "state"
