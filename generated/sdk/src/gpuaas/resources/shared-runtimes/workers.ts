// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../../core/index.js';
import { splitParams, waitFor } from '../../../core/index.js';
import { operations, waiters } from '../../operations.js';
import type * as T from '../../types.gen.js';

export type GetSharedRuntimeWorkerParams = Record<string, never>;

export type ListSharedRuntimeWorkersParams = NonNullable<T.ListSharedRuntimeWorkersData['query']>;

export class SharedRuntimesWorkers extends APIResource {
  /**
   * Get a runtime worker
   *
   * Returns one worker of a shared runtime.
   *
   * `GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers/{worker_id}`
   */
  get(
    orgId: string,
    runtimeId: string,
    workerId: string,
    params: GetSharedRuntimeWorkerParams = {},
    options?: RequestOptions,
  ): APIPromise<T.GetSharedRuntimeWorkerResponse> {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId, worker_id: workerId },
      ...splitParams(operations.getSharedRuntimeWorker, params, false),
    };
    return this.client.request<T.GetSharedRuntimeWorkerResponse>(operations.getSharedRuntimeWorker, input, options);
  }

  /**
   * List runtime workers
   *
   * Lists the workers of a shared runtime and the nodes they run on.
   *
   * `GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers`
   */
  list(
    orgId: string,
    runtimeId: string,
    params: ListSharedRuntimeWorkersParams = {},
    options?: RequestOptions,
  ): PagePromise<NonNullable<T.ListSharedRuntimeWorkersResponse['items']>[number], T.ListSharedRuntimeWorkersResponse> {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId },
      ...splitParams(operations.listSharedRuntimeWorkers, params, false),
    };
    return this.client.requestPage<
      NonNullable<T.ListSharedRuntimeWorkersResponse['items']>[number],
      T.ListSharedRuntimeWorkersResponse
    >(operations.listSharedRuntimeWorkers, input, options);
  }
}
