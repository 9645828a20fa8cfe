# Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from gpuaas.keycloak import types
from gpuaas.keycloak._client import AsyncKeycloak, Keycloak

__all__ = ["AsyncKeycloak", "Keycloak", "types"]
