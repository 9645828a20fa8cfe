# Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
from __future__ import annotations

from functools import cached_property
from typing import ClassVar

from gpuaas._base_client import AsyncAPIClient, SyncAPIClient
from gpuaas._spec import ContractMeta
from gpuaas.keycloak._operations import CONTRACT
from gpuaas.keycloak.resources.keycloak import AsyncKeycloakResource, KeycloakResource


class Keycloak(SyncAPIClient):
    """Keycloak token and device endpoints (subset used by gpuaas) client.

    Password and refresh-token grants against a Keycloak realm, used by
    `gpuaas auth keycloak-login` for operator and development logins, and the OAuth 2.0 device
    authorization grant (RFC 8628), used by `gpuaas auth login --device` on machines without a
    browser (an SSH session): the CLI gets a user code, the user enters it in a browser anywhere,
    and the CLI polls the token endpoint until the login is approved, denied or expired. The access
    token is accepted by the GPUaaS API as `Authorization: Bearer <access_token>`.

    Errors use Keycloak's envelope `{error, error_description}` (RFC 6749 section 5.2), not the
    GPUaaS envelope, and carry no correlation id.
    """

    _contract: ClassVar[ContractMeta] = CONTRACT

    @cached_property
    def keycloak(self) -> KeycloakResource:
        return KeycloakResource(self)


class AsyncKeycloak(AsyncAPIClient):
    """Keycloak token and device endpoints (subset used by gpuaas) client.

    Password and refresh-token grants against a Keycloak realm, used by
    `gpuaas auth keycloak-login` for operator and development logins, and the OAuth 2.0 device
    authorization grant (RFC 8628), used by `gpuaas auth login --device` on machines without a
    browser (an SSH session): the CLI gets a user code, the user enters it in a browser anywhere,
    and the CLI polls the token endpoint until the login is approved, denied or expired. The access
    token is accepted by the GPUaaS API as `Authorization: Bearer <access_token>`.

    Errors use Keycloak's envelope `{error, error_description}` (RFC 6749 section 5.2), not the
    GPUaaS envelope, and carry no correlation id.
    """

    _contract: ClassVar[ContractMeta] = CONTRACT

    @cached_property
    def keycloak(self) -> AsyncKeycloakResource:
        return AsyncKeycloakResource(self)
