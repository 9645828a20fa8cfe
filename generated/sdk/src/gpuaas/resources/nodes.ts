// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../core/index.js';
import { splitParams, waitFor } from '../../core/index.js';
import { operations, waiters } from '../operations.js';
import type * as T from '../types.gen.js';

export type ListNodesParams = NonNullable<T.ListNodesData['query']>;

export class Nodes extends APIResource {
  /**
   * List GPU nodes
   *
   * Lists the GPU nodes visible to the tenant, optionally filtered by status.
   *
   * `GET /api/v1/nodes`
   */
  list(
    params: ListNodesParams = {},
    options?: RequestOptions,
  ): PagePromise<NonNullable<T.ListNodesResponse['items']>[number], T.ListNodesResponse> {
    const input = { path: {}, ...splitParams(operations.listNodes, params, false) };
    return this.client.requestPage<NonNullable<T.ListNodesResponse['items']>[number], T.ListNodesResponse>(
      operations.listNodes,
      input,
      options,
    );
  }
}
