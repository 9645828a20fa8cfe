// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../core/index.js';
import { splitParams, waitFor } from '../../core/index.js';
import { operations, waiters } from '../operations.js';
import type * as T from '../types.gen.js';

export type GetBillingBalanceParams = Record<string, never>;

export class Billing extends APIResource {
  /**
   * Get the billing balance
   *
   * Returns the tenant's prepaid balance and credit limit. Amounts are decimal strings.
   *
   * `GET /api/v1/billing/balance`
   */
  balance(params: GetBillingBalanceParams = {}, options?: RequestOptions): APIPromise<T.GetBillingBalanceResponse> {
    const input = { path: {}, ...splitParams(operations.getBillingBalance, params, false) };
    return this.client.request<T.GetBillingBalanceResponse>(operations.getBillingBalance, input, options);
  }
}
