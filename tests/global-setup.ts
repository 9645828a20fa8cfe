/**
 * Starts the contract mocks once for the whole test run and hands their URLs to the tests
 * (`inject('gpuaasUrl')`, `inject('keycloakUrl')`).
 */
import type { TestProject } from 'vitest/node';
import { startPrism, type MockServer } from './support/prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    gpuaasUrl: string;
    keycloakUrl: string;
  }
}

let servers: MockServer[] = [];

export async function setup(project: TestProject): Promise<void> {
  servers = await Promise.all([startPrism('openapi/gpuaas.yaml'), startPrism('openapi/keycloak.yaml')]);
  project.provide('gpuaasUrl', servers[0]!.url);
  project.provide('keycloakUrl', servers[1]!.url);
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((s) => s.stop()));
}
