import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['generator/**/*.test.ts', 'templates/**/*.test.ts', 'openapi/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Prism for both contracts, started once on free loopback ports (inject('gpuaasUrl'), inject('keycloakUrl')).
    globalSetup: ['tests/global-setup.ts'],
    // Bounds for a hang, not for speed: a loaded 2-core CI machine may run a heavy test ten times slower
    // than an idle one, and speed is measured by npm run bench, never by a test deadline.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Always a JSON report beside the usual one: .ci/run prints its pass/fail count.
    reporters: ['default', 'json'],
    outputFile: { json: '.tmp/vitest.json' },
  },
});
