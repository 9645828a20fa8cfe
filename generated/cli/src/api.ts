// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { Gpuaas, contract, operations, waiters, Keycloak, keycloak } from '@gpuaas/sdk';
import type { CliApi } from './run/types.js';

/** The parts of a generated client's class that only some contracts have. */
type OptionalStatics = Pick<CliApi, 'refreshingTokenProvider'>;

/** The SDK, bound for the CLI runtime: which client, which operations, which login flows. */
export const api: CliApi = {
  contract,
  operations,
  waiters,
  createClient: (options) => new Gpuaas(options),
  // Present when the contract's refresh operation can back a token provider.
  refreshingTokenProvider: (Gpuaas as OptionalStatics).refreshingTokenProvider?.bind(Gpuaas),
  auth: {
    tokenFields: { accessToken: 'access_token', refreshToken: 'refresh_token', expiresIn: 'expires_in' },
    operations: {
      passwordLogin: 'personalLogin',
      refresh: 'refreshToken',
      logout: 'logout',
      whoami: 'whoami',
      oidcAuthorize: 'oidcAuthorize',
      oidcToken: 'oidcTokenExchange',
    },
  },
  identityProvider: {
    name: 'keycloak',
    defaultBaseUrl: keycloak.contract.defaultBaseUrl,
    createClient: (options) => new Keycloak(options),
    operation: keycloak.operations['keycloakPasswordGrant'],
    tokenFields: { accessToken: 'access_token', refreshToken: 'refresh_token', expiresIn: 'expires_in' },
    device: {
      authorize: keycloak.operations['keycloakDeviceAuthorization'],
      token: keycloak.operations['keycloakPasswordGrant'],
    },
  },
};
