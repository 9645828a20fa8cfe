import path from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * A generated SDK resolves `#default-transport` through its package.json `imports` map, which points into
 * dist/. Source trees that are never built (the golden fixtures, which tests import) get their own
 * src/core/transport-node.ts instead, as tsc maps dist/ back to src/.
 */
const unbuiltSdkTransport: Plugin = {
  name: 'unbuilt-sdk-transport',
  resolveId(id, importer) {
    if (id !== '#default-transport' || !importer || !/[\\/]src[\\/]core[\\/][^\\/]+\.ts$/.test(importer)) return null;
    return path.join(path.dirname(importer), 'transport-node.ts');
  },
};

export default defineConfig({
  plugins: [unbuiltSdkTransport],
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
