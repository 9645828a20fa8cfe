// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "apps",
    "shared-runtimes",
    "create"
  ],
  "aliases": [],
  "summary": "Create a shared runtime",
  "description": "Creates a shared runtime: a pool of workers running one image on one SKU, shared by the\nprojects attached to it. Provisioning is asynchronous (`provisioning` -> `ready`); use the\n`ready` waiter (CLI `--wait`).",
  "hidden": false,
  "deprecated": false,
  "flags": [
    {
      "name": "org-id",
      "type": "string",
      "required": true,
      "description": "Organization id.",
      "target": {
        "in": "path",
        "name": "org_id"
      }
    },
    {
      "name": "name",
      "type": "string",
      "required": true,
      "description": "Name",
      "target": {
        "in": "body",
        "name": "name"
      }
    },
    {
      "name": "sku-id",
      "type": "string",
      "required": true,
      "description": "Sku id",
      "target": {
        "in": "body",
        "name": "sku_id"
      }
    },
    {
      "name": "min-workers",
      "type": "integer",
      "required": true,
      "description": "Min workers",
      "minimum": 0,
      "target": {
        "in": "body",
        "name": "min_workers"
      }
    },
    {
      "name": "max-workers",
      "type": "integer",
      "required": true,
      "description": "Max workers",
      "minimum": 1,
      "target": {
        "in": "body",
        "name": "max_workers"
      }
    },
    {
      "name": "image",
      "type": "string",
      "required": true,
      "description": "Container image reference, e.g. vllm/vllm-openai:v0.5.0.",
      "target": {
        "in": "body",
        "name": "image"
      }
    },
    {
      "name": "body",
      "role": "body",
      "type": "string",
      "description": "The request body as JSON, @file or @- (stdin); field flags override its fields"
    },
    {
      "name": "idempotency-key",
      "role": "idempotencyKey",
      "type": "string",
      "description": "Sent as Idempotency-Key; default: a new key per run, reused by its retries"
    },
    {
      "name": "wait",
      "role": "wait",
      "type": "boolean",
      "description": "Wait until the shared-runtime is ready; fails if it becomes failed or deleting"
    }
  ],
  "positionals": [],
  "example": "gpuaas apps shared-runtimes create --org-id <org-id> --name vllm-llama3-70b --sku-id sku_01HZX3MQT1VVQNC3WKZ8NDYTK1 --min-workers 1 --max-workers 4 --image vllm/vllm-openai:v0.5.0",
  "operation": {
    "id": "createSharedRuntime",
    "method": "POST",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes",
    "auth": true,
    "projectScoped": false,
    "body": {
      "required": true,
      "mediaType": "application/json",
      "encoding": "json",
      "schema": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "sku_id",
          "min_workers",
          "max_workers",
          "image"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 63
          },
          "sku_id": {
            "type": "string",
            "minLength": 1
          },
          "min_workers": {
            "type": "integer",
            "minimum": 0
          },
          "max_workers": {
            "type": "integer",
            "minimum": 1
          },
          "image": {
            "type": "string",
            "minLength": 1,
            "description": "Container image reference, e.g. vllm/vllm-openai:v0.5.0."
          }
        }
      }
    },
    "idempotent": true,
    "idempotencyHeader": "Idempotency-Key",
    "confirm": false,
    "result": "object",
    "columns": [
      {
        "field": "id"
      },
      {
        "field": "name"
      },
      {
        "field": "status",
        "state": true
      },
      {
        "field": "sku_id"
      },
      {
        "field": "min_workers"
      },
      {
        "field": "max_workers"
      }
    ],
    "responses": [
      "202",
      "400",
      "401",
      "403",
      "404",
      "409",
      "422",
      "429",
      "500"
    ],
    "wait": {
      "operationId": "getSharedRuntime",
      "waiter": "ready",
      "parameters": {
        "org_id": "$request.path.org_id",
        "runtime_id": "$response.body#/id"
      },
      "resource": "shared-runtime",
      "success": [
        "ready"
      ],
      "failure": [
        "failed",
        "deleting"
      ],
      "columns": [
        {
          "field": "id"
        },
        {
          "field": "name"
        },
        {
          "field": "status",
          "state": true
        },
        {
          "field": "sku_id"
        },
        {
          "field": "image"
        },
        {
          "field": "min_workers"
        },
        {
          "field": "max_workers"
        },
        {
          "field": "ready_workers"
        },
        {
          "field": "updated_at"
        }
      ]
    }
  },
  "completions": {
    "org-id": {
      "recent": "org_id"
    },
    "project": {
      "command": [
        "projects",
        "list"
      ],
      "args": {},
      "value": "id",
      "label": "name"
    }
  }
};

export async function run(args: ParsedArgs, ctx: RunContext): Promise<number | void> {
  // Imported on run, not on load: `--help` needs the spec only.
  const { runOperation } = await import('../../../run/operation.js');
  return runOperation(spec, args, ctx);
}
