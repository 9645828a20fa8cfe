// Code generated from openapi/keycloak.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { ContractMeta, OperationSpec, WaiterSpec } from '../core/index.js';

/** Static description of every operation of the contract: what the runtime needs to send it. */
export const operations = {
  "keycloakDeviceAuthorization": {
    "id": "keycloakDeviceAuthorization",
    "method": "POST",
    "path": "/realms/{realm}/protocol/openid-connect/auth/device",
    "pathParams": [
      "realm"
    ],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/x-www-form-urlencoded",
      "encoding": "form",
      "required": true
    },
    "auth": false,
    "retrySafe": false,
    "responses": {
      "200": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "path": {
        "realm": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      },
      "body": {
        "object": true,
        "fields": {
          "client_id": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "client_secret": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "scope": {
            "type": [
              "string"
            ]
          }
        }
      }
    }
  },
  "keycloakPasswordGrant": {
    "id": "keycloakPasswordGrant",
    "method": "POST",
    "path": "/realms/{realm}/protocol/openid-connect/token",
    "pathParams": [
      "realm"
    ],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/x-www-form-urlencoded",
      "encoding": "form",
      "required": true
    },
    "auth": false,
    "retrySafe": false,
    "responses": {
      "200": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "path": {
        "realm": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      },
      "body": {
        "object": true,
        "fields": {
          "grant_type": {
            "type": [
              "string"
            ],
            "enum": [
              "password",
              "refresh_token",
              "urn:ietf:params:oauth:grant-type:device_code"
            ]
          },
          "username": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "password": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "refresh_token": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "device_code": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "client_id": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "client_secret": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "scope": {
            "type": [
              "string"
            ]
          }
        }
      }
    }
  }
} as const satisfies Record<string, OperationSpec>;

/** Waiters declared by the contract (x-codegen-waiters), by operation. */
export const waiters = {} as const satisfies Record<string, Record<string, WaiterSpec>>;

export const contract: ContractMeta = {
  "errors": {
    "codeField": "error",
    "messageField": "error_description"
  },
  "defaultBaseUrl": "http://127.0.0.1:4011",
  "userAgent": "@gpuaas/sdk/0.1.0"
};
