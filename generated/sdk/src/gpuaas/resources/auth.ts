// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../core/index.js';
import { splitParams, waitFor } from '../../core/index.js';
import { operations, waiters } from '../operations.js';
import type * as T from '../types.gen.js';

export type OidcAuthorizeParams = NonNullable<T.OidcAuthorizeData['query']>;

export type LogoutParams = NonNullable<T.LogoutData['body']>;

export type PersonalLoginParams = NonNullable<T.PersonalLoginData['body']>;

export type RefreshTokenParams = NonNullable<T.RefreshTokenData['body']>;

export type OidcTokenExchangeParams = NonNullable<T.OidcTokenExchangeData['body']>;

export type WhoamiParams = Record<string, never>;

export class Auth extends APIResource {
  /**
   * Start an OIDC browser login
   *
   * Starts the OIDC authorization-code flow with PKCE. The browser is redirected (302) to the
   * identity provider; after login the platform redirects back to the loopback `redirect_uri`
   * with `code` and `state`, which the CLI exchanges with oidcTokenExchange.
   *
   * `GET /api/v1/auth/oidc/authorize`
   */
  authorize(params: OidcAuthorizeParams, options?: RequestOptions): APIPromise<void> {
    const input = { path: {}, ...splitParams(operations.oidcAuthorize, params, false) };
    return this.client.request<void>(operations.oidcAuthorize, input, options);
  }

  /**
   * Log out
   *
   * Revokes the refresh token and ends the session. Revoking an already revoked token is a no-op.
   *
   * `POST /api/v1/auth/logout`
   */
  logout(params: LogoutParams, options?: RequestOptions): APIPromise<T.LogoutResponse> {
    const input = { path: {}, ...splitParams(operations.logout, params, true) };
    return this.client.request<T.LogoutResponse>(operations.logout, input, options);
  }

  /**
   * Log in with username and password
   *
   * Local/dev bootstrap login: exchanges a username and password for an access/refresh token
   * pair. Production identities use the OIDC flow (oidcAuthorize + oidcTokenExchange).
   *
   * `POST /api/v1/auth/personal/login`
   */
  personalLogin(params: PersonalLoginParams, options?: RequestOptions): APIPromise<T.PersonalLoginResponse> {
    const input = { path: {}, ...splitParams(operations.personalLogin, params, true) };
    return this.client.request<T.PersonalLoginResponse>(operations.personalLogin, input, options);
  }

  /**
   * Refresh the access token
   *
   * Exchanges a refresh token for a new token pair. Refresh tokens rotate: the one sent is
   * invalidated and the response carries its replacement.
   *
   * `POST /api/v1/auth/token/refresh`
   */
  refresh(params: RefreshTokenParams, options?: RequestOptions): APIPromise<T.RefreshTokenResponse> {
    const input = { path: {}, ...splitParams(operations.refreshToken, params, true) };
    return this.client.request<T.RefreshTokenResponse>(operations.refreshToken, input, options);
  }

  /**
   * Exchange an OIDC authorization code
   *
   * Completes the OIDC flow: exchanges the authorization code delivered to the loopback
   * redirect_uri, together with the PKCE code_verifier, for a token pair.
   *
   * `POST /api/v1/auth/oidc/token`
   */
  tokenExchange(params: OidcTokenExchangeParams, options?: RequestOptions): APIPromise<T.OidcTokenExchangeResponse> {
    const input = { path: {}, ...splitParams(operations.oidcTokenExchange, params, true) };
    return this.client.request<T.OidcTokenExchangeResponse>(operations.oidcTokenExchange, input, options);
  }

  /**
   * Show the current user
   *
   * Returns the identity behind the access token, its tenant, roles and active project.
   *
   * `GET /api/v1/auth/whoami`
   */
  whoami(params: WhoamiParams = {}, options?: RequestOptions): APIPromise<T.WhoamiResponse> {
    const input = { path: {}, ...splitParams(operations.whoami, params, false) };
    return this.client.request<T.WhoamiResponse>(operations.whoami, input, options);
  }
}
