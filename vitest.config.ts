import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['generator/**/*.test.ts', 'templates/**/*.test.ts', 'openapi/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Prism for both contracts, started once on free loopback ports (inject('gpuaasUrl'), inject('keycloakUrl')).
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
