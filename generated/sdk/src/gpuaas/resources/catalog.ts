// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../core/index.js';
import { splitParams, waitFor } from '../../core/index.js';
import { operations, waiters } from '../operations.js';
import type * as T from '../types.gen.js';

export type ListCatalogSkusParams = NonNullable<T.ListCatalogSkusData['query']>;

export class Catalog extends APIResource {
  /**
   * List GPU SKUs
   *
   * Lists the GPU SKUs that can be allocated, with hourly price and current availability.
   *
   * `GET /api/v1/catalog/skus`
   */
  list(
    params: ListCatalogSkusParams = {},
    options?: RequestOptions,
  ): PagePromise<NonNullable<T.ListCatalogSkusResponse['items']>[number], T.ListCatalogSkusResponse> {
    const input = { path: {}, ...splitParams(operations.listCatalogSkus, params, false) };
    return this.client.requestPage<NonNullable<T.ListCatalogSkusResponse['items']>[number], T.ListCatalogSkusResponse>(
      operations.listCatalogSkus,
      input,
      options,
    );
  }
}
