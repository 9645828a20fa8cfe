# Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
"""What the contract says of each operation: the specs the resources hand to the runtime."""

from gpuaas._spec import (
    ContractMeta,
    ErrorEnvelopeSpec,
    OperationSpec,
)

CONTRACT = ContractMeta(
    default_base_url="http://127.0.0.1:4011",
    user_agent="gpuaas-python/0.1.0",
    errors=ErrorEnvelopeSpec(code_field="error", message_field="error_description"),
)

KEYCLOAK_DEVICE_AUTHORIZATION = OperationSpec(
    id="keycloakDeviceAuthorization",
    method="POST",
    path="/realms/{realm}/protocol/openid-connect/auth/device",
    body_media_type="application/x-www-form-urlencoded",
    body_encoding="form",
    auth=False,
)

KEYCLOAK_PASSWORD_GRANT = OperationSpec(
    id="keycloakPasswordGrant",
    method="POST",
    path="/realms/{realm}/protocol/openid-connect/token",
    body_media_type="application/x-www-form-urlencoded",
    body_encoding="form",
    auth=False,
)
