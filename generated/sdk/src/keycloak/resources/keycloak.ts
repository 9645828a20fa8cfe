// Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../core/index.js';
import { splitParams, waitFor } from '../../core/index.js';
import { operations, waiters } from '../operations.js';
import type * as T from '../types.gen.js';

export type KeycloakDeviceAuthorizationParams = NonNullable<T.KeycloakDeviceAuthorizationData['body']>;

export type KeycloakPasswordGrantParams = NonNullable<T.KeycloakPasswordGrantData['body']>;

export class KeycloakResource extends APIResource {
  /**
   * Start a device login
   *
   * OAuth 2.0 device authorization request (RFC 8628 section 3.1). Returns a `device_code` for
   * the client and a short `user_code` the user enters at `verification_uri` (or opens
   * `verification_uri_complete`, which carries the code). The client then polls the token
   * endpoint with `grant_type=urn:ietf:params:oauth:grant-type:device_code` every `interval`
   * seconds until it gets tokens or an error other than `authorization_pending` / `slow_down`.
   * The client must be enabled for the grant ("OAuth 2.0 Device Authorization Grant" in the
   * client's settings), else 400 `unauthorized_client`.
   *
   * `POST /realms/{realm}/protocol/openid-connect/auth/device`
   */
  deviceAuthorization(
    realm: string,
    params: KeycloakDeviceAuthorizationParams,
    options?: RequestOptions,
  ): APIPromise<T.KeycloakDeviceAuthorizationResponse> {
    const input = { path: { realm: realm }, ...splitParams(operations.keycloakDeviceAuthorization, params, true) };
    return this.client.request<T.KeycloakDeviceAuthorizationResponse>(
      operations.keycloakDeviceAuthorization,
      input,
      options,
    );
  }

  /**
   * Get tokens from Keycloak
   *
   * OAuth 2.0 token request. With `grant_type=password` send `username` and `password`; with
   * `grant_type=refresh_token` send `refresh_token`; with
   * `grant_type=urn:ietf:params:oauth:grant-type:device_code` (RFC 8628 section 3.4) send the
   * `device_code` from the device authorization endpoint. Confidential clients also send
   * `client_secret`. Keycloak rejects a grant without its fields with 400 `invalid_request`.
   *
   * While a device login waits for the user, the device_code grant answers 400
   * `authorization_pending` (poll again after the interval) or `slow_down` (add five seconds
   * to the interval, RFC 8628 section 3.5); it ends with tokens, `access_denied` (the user
   * declined) or `expired_token` (the codes expired).
   *
   * `POST /realms/{realm}/protocol/openid-connect/token`
   */
  token(
    realm: string,
    params: KeycloakPasswordGrantParams,
    options?: RequestOptions,
  ): APIPromise<T.KeycloakPasswordGrantResponse> {
    const input = { path: { realm: realm }, ...splitParams(operations.keycloakPasswordGrant, params, true) };
    return this.client.request<T.KeycloakPasswordGrantResponse>(operations.keycloakPasswordGrant, input, options);
  }
}
