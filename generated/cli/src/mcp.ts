// Code generated from openapi/gpuaas.yaml (sha256 a075ac54767594d5926c415964c1977395f2fd8689b14545e2327ec3646b8200), openapi/keycloak.yaml (sha256 f6182a065ba1de3726c26559404b0a9072df04fa109629f205ed5251a3d4bdce). DO NOT EDIT: change the contract or the templates and regenerate.
export * from '@gpuaas/mcp';
