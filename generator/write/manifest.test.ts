import { describe, expect, it } from 'vitest';
import type { CodegenConfig } from '../config.js';
import { manifestPath } from './manifest.js';

const config = (targets: CodegenConfig['targets'], manifest?: string): CodegenConfig => ({
  version: '1.0.0',
  extensions: 'x',
  clients: [],
  targets,
  ...(manifest ? { manifest } : {}),
});

describe('manifestPath', () => {
  it.each([
    [
      'beside sibling targets',
      config({
        sdk: { dir: 'generated/sdk', package: 's' },
        mcp: { dir: 'generated/mcp', package: 'm', serverName: 'm' },
      }),
      'generated/manifest.json',
    ],
    ['beside a single target', config({ sdk: { dir: 'out/golden/sdk', package: 's' } }), 'out/golden/manifest.json'],
    [
      'targets with no common parent',
      config({ sdk: { dir: 'a/sdk', package: 's' }, mcp: { dir: 'b/mcp', package: 'm', serverName: 'm' } }),
      'manifest.json',
    ],
    [
      'the config says where',
      config({ sdk: { dir: 'generated/sdk', package: 's' } }, 'meta/codegen.json'),
      'meta/codegen.json',
    ],
  ])('%s', (_name, c, expected) => {
    expect(manifestPath(c)).toBe(expected);
  });
});
