# Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from gpuaas.keycloak.resources.keycloak import AsyncKeycloakResource, KeycloakResource

__all__ = ["AsyncKeycloakResource", "KeycloakResource"]
