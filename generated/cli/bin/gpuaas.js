#!/usr/bin/env node
// Code generated from openapi/gpuaas.yaml (sha256 a075ac54767594d5926c415964c1977395f2fd8689b14545e2327ec3646b8200), openapi/keycloak.yaml (sha256 f6182a065ba1de3726c26559404b0a9072df04fa109629f205ed5251a3d4bdce). DO NOT EDIT: change the contract or the templates and regenerate.
// The command is the esbuild bundle in dist/. This committed entry exists before any build, so npm links
// the bin at install time (it skips a bin whose file is missing) and `npx gpuaas` works after the build.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/gpuaas.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('gpuaas is not built yet: run `npm run build` (or `npm run generate`) first\n');
  process.exit(1);
}
await import(bundle.href);
