// Copied verbatim from templates/sdk/core/resource.ts. DO NOT EDIT: change the template and regenerate.
import type { ApiClient } from './client.js';

/** Base of generated resource classes: all they need is the client that sends their operations. */
export class APIResource {
  constructor(protected readonly client: ApiClient) {}
}
