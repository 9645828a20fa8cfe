// Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
// The Keycloak contract's descriptions and types under one namespace, so its names never clash with the primary contract's.
export { operations, waiters, contract } from './operations.js';
export type * as Types from './types.gen.js';
export type { KeycloakDeviceAuthorizationParams, KeycloakPasswordGrantParams } from './resources/keycloak.js';
