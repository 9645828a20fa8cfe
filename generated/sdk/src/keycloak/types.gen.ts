// Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
export type ClientOptions = {
    baseUrl: 'http://127.0.0.1:4011' | (string & {});
};

/**
 * Form fields of the token request. Keycloak ignores fields it does not know.
 */
export type KeycloakTokenRequest = {
    grant_type: 'password' | 'refresh_token' | 'urn:ietf:params:oauth:grant-type:device_code';
    /**
     * Required with grant_type=password.
     */
    username?: string;
    /**
     * Required with grant_type=password.
     */
    password?: string;
    /**
     * Required with grant_type=refresh_token.
     */
    refresh_token?: string;
    /**
     * Required with the device_code grant; from the device authorization response.
     */
    device_code?: string;
    client_id: string;
    /**
     * Only for confidential clients.
     */
    client_secret?: string;
    /**
     * Space-separated scopes, e.g. "openid"; include openid to receive an id_token.
     */
    scope?: string;
};

/**
 * Form fields of the device authorization request (RFC 8628 section 3.1).
 */
export type KeycloakDeviceAuthorizationRequest = {
    client_id: string;
    /**
     * Only for confidential clients.
     */
    client_secret?: string;
    /**
     * Space-separated scopes, e.g. "openid".
     */
    scope?: string;
};

/**
 * Device authorization response (RFC 8628 section 3.2).
 */
export type KeycloakDeviceAuthorization = {
    /**
     * For the client only; sent with each token poll.
     */
    device_code: string;
    /**
     * What the user enters at verification_uri.
     */
    user_code: string;
    /**
     * Where the user enters the code.
     */
    verification_uri: string;
    /**
     * verification_uri with the code filled in, when the server offers it.
     */
    verification_uri_complete?: string;
    /**
     * Seconds until device_code and user_code expire.
     */
    expires_in: number;
    /**
     * Seconds to wait between polls; 5 when absent.
     */
    interval?: number;
};

export type KeycloakTokenResponse = {
    access_token: string;
    /**
     * Seconds until the access token expires.
     */
    expires_in: number;
    /**
     * Seconds until the refresh token expires (0 for offline tokens).
     */
    refresh_expires_in?: number;
    refresh_token?: string;
    /**
     * Bearer.
     */
    token_type: string;
    /**
     * Present when the openid scope was requested.
     */
    id_token?: string;
    'not-before-policy'?: number;
    session_state?: string;
    scope?: string;
};

/**
 * Keycloak's OAuth 2.0 error envelope (RFC 6749 section 5.2). The RFC makes
 * error_description optional; Keycloak's token endpoint always sends it.
 *
 */
export type KeycloakError = {
    /**
     * OAuth error code, e.g. invalid_grant, invalid_client, invalid_request.
     */
    error: string;
    /**
     * Human-readable explanation.
     */
    error_description: string;
};

export type KeycloakDeviceAuthorizationData = {
    body: KeycloakDeviceAuthorizationRequest;
    path: {
        /**
         * Keycloak realm name.
         */
        realm: string;
    };
    query?: never;
    url: '/realms/{realm}/protocol/openid-connect/auth/device';
};

export type KeycloakDeviceAuthorizationErrors = {
    /**
     * Malformed request, or the client may not use the device grant.
     */
    400: KeycloakError;
    /**
     * Wrong username/password, or unknown client / wrong client secret.
     */
    401: KeycloakError;
};

export type KeycloakDeviceAuthorizationError = KeycloakDeviceAuthorizationErrors[keyof KeycloakDeviceAuthorizationErrors];

export type KeycloakDeviceAuthorizationResponses = {
    /**
     * A device code and the user code to enter.
     */
    200: KeycloakDeviceAuthorization;
};

export type KeycloakDeviceAuthorizationResponse = KeycloakDeviceAuthorizationResponses[keyof KeycloakDeviceAuthorizationResponses];

export type KeycloakPasswordGrantData = {
    body: KeycloakTokenRequest;
    path: {
        /**
         * Keycloak realm name.
         */
        realm: string;
    };
    query?: never;
    url: '/realms/{realm}/protocol/openid-connect/token';
};

export type KeycloakPasswordGrantErrors = {
    /**
     * Malformed token request, unsupported grant, or an inactive refresh token; for the device_code
     * grant also the polling answers of RFC 8628 section 3.5.
     *
     */
    400: KeycloakError;
    /**
     * Wrong username/password, or unknown client / wrong client secret.
     */
    401: KeycloakError;
};

export type KeycloakPasswordGrantError = KeycloakPasswordGrantErrors[keyof KeycloakPasswordGrantErrors];

export type KeycloakPasswordGrantResponses = {
    /**
     * Tokens issued.
     */
    200: KeycloakTokenResponse;
};

export type KeycloakPasswordGrantResponse = KeycloakPasswordGrantResponses[keyof KeycloakPasswordGrantResponses];
