// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import type { ContractMeta, OperationSpec, WaiterSpec } from '../core/index.js';

/** Static description of every operation of the contract: what the runtime needs to send it. */
export const operations = {
  "createAllocation": {
    "id": "createAllocation",
    "method": "POST",
    "path": "/api/v1/allocations",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": false
    },
    "auth": true,
    "projectHeader": "X-Project-ID",
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false,
    "responses": {
      "202": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "body": {
        "object": true,
        "fields": {
          "scheduler_type": {
            "type": [
              "string"
            ],
            "enum": [
              "bare_metal",
              "slurm",
              "k8s",
              "ray"
            ]
          },
          "node_id": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "sku_id": {
            "type": [
              "string"
            ],
            "minLength": 1
          }
        }
      }
    }
  },
  "getAllocation": {
    "id": "getAllocation",
    "method": "GET",
    "path": "/api/v1/allocations/{allocation_id}",
    "pathParams": [
      "allocation_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "projectHeader": "X-Project-ID",
    "retrySafe": true,
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
        "allocation_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      }
    }
  },
  "listAllocations": {
    "id": "listAllocations",
    "method": "GET",
    "path": "/api/v1/allocations",
    "pathParams": [],
    "query": [
      "status",
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "projectHeader": "X-Project-ID",
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    },
    "responses": {
      "200": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "query": {
        "status": {
          "type": [
            "string"
          ],
          "enum": [
            "pending",
            "provisioning",
            "active",
            "releasing",
            "released",
            "failed"
          ]
        },
        "cursor": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "page_size": {
          "type": [
            "integer"
          ],
          "minimum": 1,
          "maximum": 200
        }
      }
    }
  },
  "releaseAllocation": {
    "id": "releaseAllocation",
    "method": "POST",
    "path": "/api/v1/allocations/{allocation_id}/release",
    "pathParams": [
      "allocation_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "projectHeader": "X-Project-ID",
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false,
    "responses": {
      "202": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "path": {
        "allocation_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      }
    }
  },
  "createTerminalToken": {
    "id": "createTerminalToken",
    "method": "POST",
    "path": "/api/v1/allocations/{allocation_id}/terminal-token",
    "pathParams": [
      "allocation_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "projectHeader": "X-Project-ID",
    "retrySafe": false,
    "responses": {
      "201": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "path": {
        "allocation_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      }
    }
  },
  "createSharedRuntimeAttachment": {
    "id": "createSharedRuntimeAttachment",
    "method": "POST",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": true,
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false,
    "responses": {
      "201": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "path": {
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      },
      "body": {
        "object": true,
        "fields": {
          "project_id": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "name": {
            "type": [
              "string"
            ],
            "minLength": 1,
            "maxLength": 63
          }
        }
      }
    }
  },
  "deleteSharedRuntimeAttachment": {
    "id": "deleteSharedRuntimeAttachment",
    "method": "DELETE",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}",
    "pathParams": [
      "org_id",
      "runtime_id",
      "attachment_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "responses": {
      "204": {}
    },
    "checks": {
      "path": {
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "attachment_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      }
    }
  },
  "getSharedRuntimeAttachment": {
    "id": "getSharedRuntimeAttachment",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}",
    "pathParams": [
      "org_id",
      "runtime_id",
      "attachment_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true,
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
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "attachment_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      }
    }
  },
  "listSharedRuntimeAttachments": {
    "id": "listSharedRuntimeAttachments",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    },
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
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      },
      "query": {
        "cursor": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "page_size": {
          "type": [
            "integer"
          ],
          "minimum": 1,
          "maximum": 200
        }
      }
    }
  },
  "createSharedRuntime": {
    "id": "createSharedRuntime",
    "method": "POST",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes",
    "pathParams": [
      "org_id"
    ],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": true,
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false,
    "responses": {
      "202": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "path": {
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      },
      "body": {
        "object": true,
        "fields": {
          "name": {
            "type": [
              "string"
            ],
            "minLength": 1,
            "maxLength": 63
          },
          "sku_id": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "min_workers": {
            "type": [
              "integer"
            ],
            "minimum": 0
          },
          "max_workers": {
            "type": [
              "integer"
            ],
            "minimum": 1
          },
          "image": {
            "type": [
              "string"
            ],
            "minLength": 1
          }
        }
      }
    }
  },
  "deleteSharedRuntime": {
    "id": "deleteSharedRuntime",
    "method": "DELETE",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "responses": {
      "202": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "path": {
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      }
    }
  },
  "getSharedRuntime": {
    "id": "getSharedRuntime",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true,
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
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      }
    }
  },
  "listSharedRuntimes": {
    "id": "listSharedRuntimes",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes",
    "pathParams": [
      "org_id"
    ],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    },
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
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      },
      "query": {
        "cursor": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "page_size": {
          "type": [
            "integer"
          ],
          "minimum": 1,
          "maximum": 200
        }
      }
    }
  },
  "createSharedRuntimeWorkerOperation": {
    "id": "createSharedRuntimeWorkerOperation",
    "method": "POST",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": true,
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false,
    "responses": {
      "202": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "path": {
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      },
      "body": {
        "object": true,
        "fields": {
          "worker_id": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "operation": {
            "type": [
              "string"
            ],
            "enum": [
              "restart",
              "drain",
              "cordon",
              "uncordon"
            ]
          }
        }
      }
    }
  },
  "getSharedRuntimeWorkerOperation": {
    "id": "getSharedRuntimeWorkerOperation",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations/{operation_id}",
    "pathParams": [
      "org_id",
      "runtime_id",
      "operation_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true,
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
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "operation_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      }
    }
  },
  "listSharedRuntimeWorkerOperations": {
    "id": "listSharedRuntimeWorkerOperations",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    },
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
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      },
      "query": {
        "cursor": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "page_size": {
          "type": [
            "integer"
          ],
          "minimum": 1,
          "maximum": 200
        }
      }
    }
  },
  "getSharedRuntimeWorker": {
    "id": "getSharedRuntimeWorker",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers/{worker_id}",
    "pathParams": [
      "org_id",
      "runtime_id",
      "worker_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true,
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
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "worker_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      }
    }
  },
  "listSharedRuntimeWorkers": {
    "id": "listSharedRuntimeWorkers",
    "method": "GET",
    "path": "/api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers",
    "pathParams": [
      "org_id",
      "runtime_id"
    ],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    },
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
        "org_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "runtime_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      },
      "query": {
        "cursor": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "page_size": {
          "type": [
            "integer"
          ],
          "minimum": 1,
          "maximum": 200
        }
      }
    }
  },
  "oidcAuthorize": {
    "id": "oidcAuthorize",
    "method": "GET",
    "path": "/api/v1/auth/oidc/authorize",
    "pathParams": [],
    "query": [
      "provider",
      "tenant_hint",
      "identity_hint",
      "code_challenge",
      "code_challenge_method",
      "state",
      "redirect_uri"
    ],
    "headers": [],
    "auth": false,
    "retrySafe": true,
    "responses": {
      "302": {}
    },
    "checks": {
      "query": {
        "provider": {
          "type": [
            "string"
          ],
          "enum": [
            "huggingface",
            "github",
            "google"
          ]
        },
        "tenant_hint": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "identity_hint": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "code_challenge": {
          "type": [
            "string"
          ],
          "pattern": "^[A-Za-z0-9_-]{43}$"
        },
        "code_challenge_method": {
          "type": [
            "string"
          ],
          "enum": [
            "S256"
          ]
        },
        "state": {
          "type": [
            "string"
          ],
          "minLength": 8,
          "maxLength": 256
        },
        "redirect_uri": {
          "type": [
            "string"
          ],
          "pattern": "^http://127\\.0\\.0\\.1:[0-9]{1,5}/callback$"
        }
      }
    }
  },
  "personalLogin": {
    "id": "personalLogin",
    "method": "POST",
    "path": "/api/v1/auth/personal/login",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
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
      "body": {
        "object": true,
        "fields": {
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
          }
        }
      }
    }
  },
  "logout": {
    "id": "logout",
    "method": "POST",
    "path": "/api/v1/auth/logout",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": true,
    "retrySafe": true,
    "responses": {
      "204": {}
    },
    "checks": {
      "body": {
        "object": true,
        "fields": {
          "refresh_token": {
            "type": [
              "string"
            ],
            "minLength": 1
          }
        }
      }
    }
  },
  "refreshToken": {
    "id": "refreshToken",
    "method": "POST",
    "path": "/api/v1/auth/token/refresh",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
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
      "body": {
        "object": true,
        "fields": {
          "refresh_token": {
            "type": [
              "string"
            ],
            "minLength": 1
          }
        }
      }
    }
  },
  "oidcTokenExchange": {
    "id": "oidcTokenExchange",
    "method": "POST",
    "path": "/api/v1/auth/oidc/token",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
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
      "body": {
        "object": true,
        "fields": {
          "code": {
            "type": [
              "string"
            ],
            "minLength": 1
          },
          "code_verifier": {
            "type": [
              "string"
            ],
            "pattern": "^[A-Za-z0-9._~-]{43,128}$"
          },
          "redirect_uri": {
            "type": [
              "string"
            ],
            "pattern": "^http://127\\.0\\.0\\.1:[0-9]{1,5}/callback$"
          }
        }
      }
    }
  },
  "whoami": {
    "id": "whoami",
    "method": "GET",
    "path": "/api/v1/auth/whoami",
    "pathParams": [],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "responses": {
      "200": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    }
  },
  "getBillingBalance": {
    "id": "getBillingBalance",
    "method": "GET",
    "path": "/api/v1/billing/balance",
    "pathParams": [],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "responses": {
      "200": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    }
  },
  "listCatalogSkus": {
    "id": "listCatalogSkus",
    "method": "GET",
    "path": "/api/v1/catalog/skus",
    "pathParams": [],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    },
    "responses": {
      "200": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "query": {
        "cursor": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "page_size": {
          "type": [
            "integer"
          ],
          "minimum": 1,
          "maximum": 200
        }
      }
    }
  },
  "listNodes": {
    "id": "listNodes",
    "method": "GET",
    "path": "/api/v1/nodes",
    "pathParams": [],
    "query": [
      "status",
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    },
    "responses": {
      "200": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "query": {
        "status": {
          "type": [
            "string"
          ],
          "enum": [
            "available",
            "allocated",
            "maintenance",
            "offline"
          ]
        },
        "cursor": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "page_size": {
          "type": [
            "integer"
          ],
          "minimum": 1,
          "maximum": 200
        }
      }
    }
  },
  "createProject": {
    "id": "createProject",
    "method": "POST",
    "path": "/api/v1/projects",
    "pathParams": [],
    "query": [],
    "headers": [],
    "body": {
      "mediaType": "application/json",
      "encoding": "json",
      "required": true
    },
    "auth": true,
    "idempotency": {
      "header": "Idempotency-Key",
      "required": false
    },
    "retrySafe": false,
    "responses": {
      "201": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "body": {
        "object": true,
        "fields": {
          "name": {
            "type": [
              "string"
            ],
            "minLength": 1,
            "maxLength": 100
          },
          "slug": {
            "type": [
              "string"
            ],
            "maxLength": 63,
            "pattern": "^[a-z0-9-]+$"
          }
        }
      }
    }
  },
  "getProject": {
    "id": "getProject",
    "method": "GET",
    "path": "/api/v1/projects/{project_id}",
    "pathParams": [
      "project_id"
    ],
    "query": [],
    "headers": [],
    "auth": true,
    "retrySafe": true,
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
        "project_id": {
          "type": [
            "string"
          ],
          "minLength": 1
        }
      }
    }
  },
  "listProjects": {
    "id": "listProjects",
    "method": "GET",
    "path": "/api/v1/projects",
    "pathParams": [],
    "query": [
      "cursor",
      "page_size"
    ],
    "headers": [],
    "auth": true,
    "retrySafe": true,
    "pagination": {
      "kind": "cursor",
      "cursorParam": "cursor",
      "pageSizeParam": "page_size",
      "itemsField": "items",
      "nextCursorField": "next_cursor",
      "defaultPageSize": 50
    },
    "responses": {
      "200": {
        "body": "json",
        "type": [
          "object"
        ]
      }
    },
    "checks": {
      "query": {
        "cursor": {
          "type": [
            "string"
          ],
          "minLength": 1
        },
        "page_size": {
          "type": [
            "integer"
          ],
          "minimum": 1,
          "maximum": 200
        }
      }
    }
  }
} as const satisfies Record<string, OperationSpec>;

/** Waiters declared by the contract (x-codegen-waiters), by operation. */
export const waiters = {
  "getAllocation": {
    "active": {
      "name": "active",
      "field": "status",
      "success": [
        "active"
      ],
      "failure": [
        "failed",
        "released"
      ],
      "minDelaySeconds": 2,
      "maxDelaySeconds": 120,
      "maxWaitSeconds": 900
    },
    "released": {
      "name": "released",
      "field": "status",
      "success": [
        "released"
      ],
      "failure": [
        "failed"
      ],
      "minDelaySeconds": 2,
      "maxDelaySeconds": 120,
      "maxWaitSeconds": 900
    }
  },
  "getSharedRuntime": {
    "ready": {
      "name": "ready",
      "field": "status",
      "success": [
        "ready"
      ],
      "failure": [
        "failed",
        "deleting"
      ],
      "minDelaySeconds": 2,
      "maxDelaySeconds": 120,
      "maxWaitSeconds": 900
    }
  },
  "getSharedRuntimeWorkerOperation": {
    "completed": {
      "name": "completed",
      "field": "status",
      "success": [
        "succeeded"
      ],
      "failure": [
        "failed"
      ],
      "minDelaySeconds": 2,
      "maxDelaySeconds": 120,
      "maxWaitSeconds": 900
    }
  }
} as const satisfies Record<string, Record<string, WaiterSpec>>;

export const contract: ContractMeta = {
  "errors": {
    "codeField": "code",
    "messageField": "message",
    "correlationIdField": "correlation_id",
    "detailsField": "details",
    "correlationIdResponseHeader": "X-Correlation-ID"
  },
  "correlationIdRequestHeader": "X-Correlation-ID",
  "defaultBaseUrl": "http://127.0.0.1:4010",
  "userAgent": "@gpuaas/sdk/0.1.0"
};
