// Code generated from openapi/gpuaas.yaml, openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { CommandSpec, ParsedArgs, RunContext } from '../../run/types.js';

export const spec: CommandSpec = {
  "path": [
    "billing",
    "balance"
  ],
  "aliases": [],
  "summary": "Get the billing balance",
  "description": "Returns the tenant's prepaid balance and credit limit. Amounts are decimal strings.",
  "hidden": false,
  "deprecated": false,
  "flags": [],
  "positionals": [],
  "example": "gpuaas billing balance",
  "operation": {
    "id": "getBillingBalance",
    "method": "GET",
    "path": "/api/v1/billing/balance",
    "auth": true,
    "projectScoped": false,
    "idempotent": true,
    "confirm": false,
    "result": "object",
    "columns": [
      {
        "field": "balance"
      },
      {
        "field": "currency"
      },
      {
        "field": "credit_limit"
      },
      {
        "field": "updated_at"
      }
    ],
    "responses": [
      "200",
      "401",
      "403",
      "429",
      "500"
    ]
  },
  "completions": {
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
  const { runOperation } = await import('../../run/operation.js');
  return runOperation(spec, args, ctx);
}
