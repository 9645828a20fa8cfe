// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../../core/index.js';
import { splitParams, waitFor } from '../../../core/index.js';
import { operations, waiters } from '../../operations.js';
import type * as T from '../../types.gen.js';

export type CreateSharedRuntimeWorkerOperationParams = NonNullable<T.CreateSharedRuntimeWorkerOperationData['body']>;

export type GetSharedRuntimeWorkerOperationParams = Record<string, never>;

export type ListSharedRuntimeWorkerOperationsParams = NonNullable<T.ListSharedRuntimeWorkerOperationsData['query']>;

export class SharedRuntimesWorkerOperations extends APIResource {
  /**
   * Run a worker operation
   *
   * Queues a restart, drain, cordon or uncordon of one worker. Asynchronous (`queued` ->
   * `running` -> `succeeded` | `failed`); use the `completed` waiter (CLI `--wait`).
   *
   * `POST /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations`
   */
  create(
    orgId: string,
    runtimeId: string,
    params: CreateSharedRuntimeWorkerOperationParams,
    options?: RequestOptions,
  ): APIPromise<T.CreateSharedRuntimeWorkerOperationResponse> {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId },
      ...splitParams(operations.createSharedRuntimeWorkerOperation, params, true),
    };
    return this.client.request<T.CreateSharedRuntimeWorkerOperationResponse>(
      operations.createSharedRuntimeWorkerOperation,
      input,
      options,
    );
  }

  /**
   * Get a worker operation
   *
   * Returns one worker operation and its outcome.
   *
   * `GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations/{operation_id}`
   */
  get(
    orgId: string,
    runtimeId: string,
    operationId: string,
    params: GetSharedRuntimeWorkerOperationParams = {},
    options?: RequestOptions,
  ): APIPromise<T.GetSharedRuntimeWorkerOperationResponse> {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId, operation_id: operationId },
      ...splitParams(operations.getSharedRuntimeWorkerOperation, params, false),
    };
    return this.client.request<T.GetSharedRuntimeWorkerOperationResponse>(
      operations.getSharedRuntimeWorkerOperation,
      input,
      options,
    );
  }

  /**
   * Until the operation has finished successfully.
   */
  waitUntilCompleted(
    orgId: string,
    runtimeId: string,
    operationId: string,
    params: GetSharedRuntimeWorkerOperationParams = {},
    options?: RequestOptions & WaitOptions<T.GetSharedRuntimeWorkerOperationResponse>,
  ): Promise<T.GetSharedRuntimeWorkerOperationResponse> {
    return waitFor(
      () => this.get(orgId, runtimeId, operationId, params, options),
      waiters.getSharedRuntimeWorkerOperation.completed,
      options,
    );
  }

  /**
   * List worker operations
   *
   * Lists the restart / drain / cordon / uncordon operations run on a runtime's workers, newest first.
   *
   * `GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/worker-operations`
   */
  list(
    orgId: string,
    runtimeId: string,
    params: ListSharedRuntimeWorkerOperationsParams = {},
    options?: RequestOptions,
  ): PagePromise<
    NonNullable<T.ListSharedRuntimeWorkerOperationsResponse['items']>[number],
    T.ListSharedRuntimeWorkerOperationsResponse
  > {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId },
      ...splitParams(operations.listSharedRuntimeWorkerOperations, params, false),
    };
    return this.client.requestPage<
      NonNullable<T.ListSharedRuntimeWorkerOperationsResponse['items']>[number],
      T.ListSharedRuntimeWorkerOperationsResponse
    >(operations.listSharedRuntimeWorkerOperations, input, options);
  }
}
