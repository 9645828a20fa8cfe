// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
export * from './core/index.js';
export { serverInfo, tools } from './tools.js';
