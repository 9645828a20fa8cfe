/**
 * Starts the contract mocks once for the whole test run, as `npm run mock` does (Prism behind the proxy
 * that ends paginated lists), and hands their URLs to the tests (`inject('gpuaasUrl')`, `inject('keycloakUrl')`).
 */
import type { TestProject } from 'vitest/node';
import { startMock, type Mock } from './support/mock.js';

declare module 'vitest' {
  export interface ProvidedContext {
    gpuaasUrl: string;
    keycloakUrl: string;
  }
}

let servers: Mock[] = [];

export async function setup(project: TestProject): Promise<void> {
  servers = await Promise.all([startMock('openapi/gpuaas.yaml'), startMock('openapi/keycloak.yaml')]);
  project.provide('gpuaasUrl', servers[0]!.url);
  project.provide('keycloakUrl', servers[1]!.url);
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((s) => s.stop()));
}
