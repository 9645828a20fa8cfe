// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
export * from '@gpuaas/mcp';
