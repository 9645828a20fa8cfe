// Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../core/index.js';
import { splitParams, waitFor } from '../../core/index.js';
import { operations, waiters } from '../operations.js';
import type * as T from '../types.gen.js';

export type KeycloakPasswordGrantParams = NonNullable<T.KeycloakPasswordGrantData['body']>;

export class KeycloakResource extends APIResource {
  /**
   * Get tokens from Keycloak
   *
   * OAuth 2.0 token request. With `grant_type=password` send `username` and `password`; with
   * `grant_type=refresh_token` send `refresh_token`. Confidential clients also send
   * `client_secret`. Keycloak rejects a grant without its fields with 400 `invalid_request`.
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
