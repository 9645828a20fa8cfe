# Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
"""The contract's schemas as pydantic models (objects) and type aliases (enums as Literal, scalars)."""

from __future__ import annotations

from typing import Literal, Optional

from pydantic import Field

from gpuaas._models import BaseModel

__all__ = [
    "KeycloakDeviceAuthorization",
    "KeycloakDeviceAuthorizationRequest",
    "KeycloakError",
    "KeycloakTokenRequest",
    "KeycloakTokenResponse",
]


class KeycloakDeviceAuthorization(BaseModel):
    """Device authorization response (RFC 8628 section 3.2)."""

    device_code: str
    """For the client only; sent with each token poll."""
    user_code: str
    """What the user enters at verification_uri."""
    verification_uri: str
    """Where the user enters the code."""
    verification_uri_complete: Optional[str] = None
    """verification_uri with the code filled in, when the server offers it."""
    expires_in: int
    """Seconds until device_code and user_code expire."""
    interval: Optional[int] = None
    """Seconds to wait between polls; 5 when absent."""


class KeycloakDeviceAuthorizationRequest(BaseModel):
    """Form fields of the device authorization request (RFC 8628 section 3.1)."""

    client_id: str
    client_secret: Optional[str] = None
    """Only for confidential clients."""
    scope: Optional[str] = None
    """Space-separated scopes, e.g. "openid"."""


class KeycloakError(BaseModel):
    """Keycloak's OAuth 2.0 error envelope (RFC 6749 section 5.2). The RFC makes
    error_description optional; Keycloak's token endpoint always sends it.
    """

    error: str
    """OAuth error code, e.g. invalid_grant, invalid_client, invalid_request."""
    error_description: str
    """Human-readable explanation."""


class KeycloakTokenRequest(BaseModel):
    """Form fields of the token request. Keycloak ignores fields it does not know."""

    grant_type: Literal["password", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"]
    username: Optional[str] = None
    """Required with grant_type=password."""
    password: Optional[str] = None
    """Required with grant_type=password."""
    refresh_token: Optional[str] = None
    """Required with grant_type=refresh_token."""
    device_code: Optional[str] = None
    """Required with the device_code grant; from the device authorization response."""
    client_id: str
    client_secret: Optional[str] = None
    """Only for confidential clients."""
    scope: Optional[str] = None
    """Space-separated scopes, e.g. "openid"; include openid to receive an id_token."""


class KeycloakTokenResponse(BaseModel):
    access_token: str
    expires_in: int
    """Seconds until the access token expires."""
    refresh_expires_in: Optional[int] = None
    """Seconds until the refresh token expires (0 for offline tokens)."""
    refresh_token: Optional[str] = None
    token_type: str
    """Bearer."""
    id_token: Optional[str] = None
    """Present when the openid scope was requested."""
    not_before_policy: Optional[int] = Field(default=None, alias="not-before-policy")
    session_state: Optional[str] = None
    scope: Optional[str] = None


KeycloakDeviceAuthorization.model_rebuild()
KeycloakDeviceAuthorizationRequest.model_rebuild()
KeycloakError.model_rebuild()
KeycloakTokenRequest.model_rebuild()
KeycloakTokenResponse.model_rebuild()
