// Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { ApiClient, type ClientOptions } from '../core/index.js';
import { contract } from './operations.js';
import { KeycloakResource } from './resources/keycloak.js';

/**
 * Keycloak token endpoint (subset used by gpuaas) client.
 *
 * Password and refresh-token grants against a Keycloak realm, used by
 * `gpuaas auth keycloak-login` for operator and development logins. The access token it returns
 * is accepted by the GPUaaS API as `Authorization: Bearer <access_token>`.
 *
 * Errors use Keycloak's envelope `{error, error_description}` (RFC 6749 section 5.2), not the
 * GPUaaS envelope, and carry no correlation id.
 *
 * `new Keycloak({ baseUrl, token | tokenProvider, timeoutMs, maxRetries })`
 */
export class Keycloak extends ApiClient {
  readonly keycloak: KeycloakResource = new KeycloakResource(this);

  constructor(options: ClientOptions = {}) {
    super(options, contract);
  }
}
