// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../core/index.js';
import { splitParams, waitFor } from '../../core/index.js';
import { operations, waiters } from '../operations.js';
import type * as T from '../types.gen.js';
import { SharedRuntimesAttachments } from './shared-runtimes/attachments.js';
import { SharedRuntimesWorkerOperations } from './shared-runtimes/worker-operations.js';
import { SharedRuntimesWorkers } from './shared-runtimes/workers.js';

export type CreateSharedRuntimeParams = NonNullable<T.CreateSharedRuntimeData['body']>;

export type DeleteSharedRuntimeParams = Record<string, never>;

export type GetSharedRuntimeParams = Record<string, never>;

export type ListSharedRuntimesParams = NonNullable<T.ListSharedRuntimesData['query']>;

export class SharedRuntimes extends APIResource {
  readonly attachments: SharedRuntimesAttachments = new SharedRuntimesAttachments(this.client);
  readonly workerOperations: SharedRuntimesWorkerOperations = new SharedRuntimesWorkerOperations(this.client);
  readonly workers: SharedRuntimesWorkers = new SharedRuntimesWorkers(this.client);

  /**
   * Create a shared runtime
   *
   * Creates a shared runtime: a pool of workers running one image on one SKU, shared by the
   * projects attached to it. Provisioning is asynchronous (`provisioning` -> `ready`); use the
   * `ready` waiter (CLI `--wait`).
   *
   * `POST /api/v1/orgs/{org_id}/apps/shared-runtimes`
   */
  create(
    orgId: string,
    params: CreateSharedRuntimeParams,
    options?: RequestOptions,
  ): APIPromise<T.CreateSharedRuntimeResponse> {
    const input = { path: { org_id: orgId }, ...splitParams(operations.createSharedRuntime, params, true) };
    return this.client.request<T.CreateSharedRuntimeResponse>(operations.createSharedRuntime, input, options);
  }

  /**
   * Delete a shared runtime
   *
   * Starts deleting a shared runtime and its workers. Asynchronous: the runtime moves to
   * `deleting` and then disappears (getSharedRuntime returns 404). Fails with 409 while projects
   * are still attached.
   *
   * `DELETE /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}`
   */
  delete(
    orgId: string,
    runtimeId: string,
    params: DeleteSharedRuntimeParams = {},
    options?: RequestOptions,
  ): APIPromise<T.DeleteSharedRuntimeResponse> {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId },
      ...splitParams(operations.deleteSharedRuntime, params, false),
    };
    return this.client.request<T.DeleteSharedRuntimeResponse>(operations.deleteSharedRuntime, input, options);
  }

  /**
   * Get a shared runtime
   *
   * Returns one shared runtime with its status and worker counts.
   *
   * `GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}`
   */
  get(
    orgId: string,
    runtimeId: string,
    params: GetSharedRuntimeParams = {},
    options?: RequestOptions,
  ): APIPromise<T.GetSharedRuntimeResponse> {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId },
      ...splitParams(operations.getSharedRuntime, params, false),
    };
    return this.client.request<T.GetSharedRuntimeResponse>(operations.getSharedRuntime, input, options);
  }

  /**
   * Until the runtime is ready (fails if it fails or starts deleting).
   */
  waitUntilReady(
    orgId: string,
    runtimeId: string,
    params: GetSharedRuntimeParams = {},
    options?: RequestOptions & WaitOptions<T.GetSharedRuntimeResponse>,
  ): Promise<T.GetSharedRuntimeResponse> {
    return waitFor(() => this.get(orgId, runtimeId, params, options), waiters.getSharedRuntime.ready, options);
  }

  /**
   * List shared runtimes
   *
   * Lists the shared app runtimes of an organization.
   *
   * `GET /api/v1/orgs/{org_id}/apps/shared-runtimes`
   */
  list(
    orgId: string,
    params: ListSharedRuntimesParams = {},
    options?: RequestOptions,
  ): PagePromise<NonNullable<T.ListSharedRuntimesResponse['items']>[number], T.ListSharedRuntimesResponse> {
    const input = { path: { org_id: orgId }, ...splitParams(operations.listSharedRuntimes, params, false) };
    return this.client.requestPage<
      NonNullable<T.ListSharedRuntimesResponse['items']>[number],
      T.ListSharedRuntimesResponse
    >(operations.listSharedRuntimes, input, options);
  }
}
