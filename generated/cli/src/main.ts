#!/usr/bin/env node
// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { start } from './run/main.js';
import { commands, groups } from './commands.js';

await start({
  identity: { bin: 'gpuaas', envPrefix: 'GPUAAS', configDirName: 'gpuaas', version: '0.1.0' },
  commands,
  groups,
  projectUseCommand: 'projects use --id <id>',
  loadApi: async () => (await import('./api.js')).api,
  loadMcp: () => import('./mcp.js'),
  loadSchemas: () => import('./schemas.js'),
});
