// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../core/index.js';
import { splitParams, waitFor } from '../../core/index.js';
import { operations, waiters } from '../operations.js';
import type * as T from '../types.gen.js';

export type CreateAllocationParams = NonNullable<T.CreateAllocationData['body']> & {
  /** Overrides the client's projectId for this call. */
  projectId?: string;
};

export type GetAllocationParams = {
  /** Overrides the client's projectId for this call. */
  projectId?: string;
};

export type ListAllocationsParams = NonNullable<T.ListAllocationsData['query']> & {
  /** Overrides the client's projectId for this call. */
  projectId?: string;
};

export type ReleaseAllocationParams = {
  /** Overrides the client's projectId for this call. */
  projectId?: string;
};

export class Allocations extends APIResource {
  /**
   * Create an allocation
   *
   * Requests GPU capacity in the project named by X-Project-ID. Provisioning is asynchronous:
   * the allocation is returned in `pending` and moves to `active` (or `failed`); poll
   * getAllocation, or use the `active` waiter (CLI `--wait`).
   *
   * `POST /api/v1/allocations`
   */
  create(params: CreateAllocationParams = {}, options?: RequestOptions): APIPromise<T.CreateAllocationResponse> {
    const input = { path: {}, ...splitParams(operations.createAllocation, params, true) };
    return this.client.request<T.CreateAllocationResponse>(operations.createAllocation, input, options);
  }

  /**
   * Get an allocation
   *
   * Returns one allocation of the project named by X-Project-ID.
   *
   * `GET /api/v1/allocations/{allocation_id}`
   */
  get(
    allocationId: string,
    params: GetAllocationParams = {},
    options?: RequestOptions,
  ): APIPromise<T.GetAllocationResponse> {
    const input = { path: { allocation_id: allocationId }, ...splitParams(operations.getAllocation, params, false) };
    return this.client.request<T.GetAllocationResponse>(operations.getAllocation, input, options);
  }

  /**
   * Until the allocation is active (fails if it fails or is released first).
   */
  waitUntilActive(
    allocationId: string,
    params: GetAllocationParams = {},
    options?: RequestOptions & WaitOptions<T.GetAllocationResponse>,
  ): Promise<T.GetAllocationResponse> {
    return waitFor(() => this.get(allocationId, params, options), waiters.getAllocation.active, options);
  }

  /**
   * Until the allocation is released.
   */
  waitUntilReleased(
    allocationId: string,
    params: GetAllocationParams = {},
    options?: RequestOptions & WaitOptions<T.GetAllocationResponse>,
  ): Promise<T.GetAllocationResponse> {
    return waitFor(() => this.get(allocationId, params, options), waiters.getAllocation.released, options);
  }

  /**
   * List allocations
   *
   * Lists the allocations of the project named by X-Project-ID, optionally filtered by status.
   *
   * `GET /api/v1/allocations`
   */
  list(
    params: ListAllocationsParams = {},
    options?: RequestOptions,
  ): PagePromise<NonNullable<T.ListAllocationsResponse['items']>[number], T.ListAllocationsResponse> {
    const input = { path: {}, ...splitParams(operations.listAllocations, params, false) };
    return this.client.requestPage<NonNullable<T.ListAllocationsResponse['items']>[number], T.ListAllocationsResponse>(
      operations.listAllocations,
      input,
      options,
    );
  }

  /**
   * Release an allocation
   *
   * Returns the allocation's capacity. Asynchronous: the allocation moves to `releasing` and
   * then `released`; use the `released` waiter (CLI `--wait`) to block until it is gone.
   *
   * `POST /api/v1/allocations/{allocation_id}/release`
   */
  release(
    allocationId: string,
    params: ReleaseAllocationParams = {},
    options?: RequestOptions,
  ): APIPromise<T.ReleaseAllocationResponse> {
    const input = {
      path: { allocation_id: allocationId },
      ...splitParams(operations.releaseAllocation, params, false),
    };
    return this.client.request<T.ReleaseAllocationResponse>(operations.releaseAllocation, input, options);
  }
}
