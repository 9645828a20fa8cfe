#!/usr/bin/env node
// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
// The command is the esbuild bundle in dist/. This committed entry exists before any build, so npm links
// the bin at install time (it skips a bin whose file is missing) and `npx gpuaas` works after the build.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/gpuaas.js', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('gpuaas is not built yet: run `npm run build` (or `npm run generate`) first\n');
  process.exit(1);
}
await import(bundle.href);
