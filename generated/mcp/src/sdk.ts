// Code generated from openapi/gpuaas.yaml (sha256 a075ac54767594d5926c415964c1977395f2fd8689b14545e2327ec3646b8200). DO NOT EDIT: change the contract or the templates and regenerate.
export * from '@gpuaas/sdk';
