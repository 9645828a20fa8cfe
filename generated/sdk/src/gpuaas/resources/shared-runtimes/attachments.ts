// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../../core/index.js';
import { splitParams, waitFor } from '../../../core/index.js';
import { operations, waiters } from '../../operations.js';
import type * as T from '../../types.gen.js';

export type CreateSharedRuntimeAttachmentParams = NonNullable<T.CreateSharedRuntimeAttachmentData['body']>;

export type DeleteSharedRuntimeAttachmentParams = Record<string, never>;

export type GetSharedRuntimeAttachmentParams = Record<string, never>;

export type ListSharedRuntimeAttachmentsParams = NonNullable<T.ListSharedRuntimeAttachmentsData['query']>;

export class SharedRuntimesAttachments extends APIResource {
  /**
   * Attach a project to a runtime
   *
   * Attaches a project to a shared runtime so that the project's apps can send work to it.
   *
   * `POST /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments`
   */
  create(
    orgId: string,
    runtimeId: string,
    params: CreateSharedRuntimeAttachmentParams,
    options?: RequestOptions,
  ): APIPromise<T.CreateSharedRuntimeAttachmentResponse> {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId },
      ...splitParams(operations.createSharedRuntimeAttachment, params, true),
    };
    return this.client.request<T.CreateSharedRuntimeAttachmentResponse>(
      operations.createSharedRuntimeAttachment,
      input,
      options,
    );
  }

  /**
   * Detach a project from a runtime
   *
   * Removes a project's attachment; the project's apps can no longer send work to the runtime.
   *
   * `DELETE /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}`
   */
  delete(
    orgId: string,
    runtimeId: string,
    attachmentId: string,
    params: DeleteSharedRuntimeAttachmentParams = {},
    options?: RequestOptions,
  ): APIPromise<T.DeleteSharedRuntimeAttachmentResponse> {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId, attachment_id: attachmentId },
      ...splitParams(operations.deleteSharedRuntimeAttachment, params, false),
    };
    return this.client.request<T.DeleteSharedRuntimeAttachmentResponse>(
      operations.deleteSharedRuntimeAttachment,
      input,
      options,
    );
  }

  /**
   * Get a runtime attachment
   *
   * Returns one project attachment of a shared runtime.
   *
   * `GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments/{attachment_id}`
   */
  get(
    orgId: string,
    runtimeId: string,
    attachmentId: string,
    params: GetSharedRuntimeAttachmentParams = {},
    options?: RequestOptions,
  ): APIPromise<T.GetSharedRuntimeAttachmentResponse> {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId, attachment_id: attachmentId },
      ...splitParams(operations.getSharedRuntimeAttachment, params, false),
    };
    return this.client.request<T.GetSharedRuntimeAttachmentResponse>(
      operations.getSharedRuntimeAttachment,
      input,
      options,
    );
  }

  /**
   * List runtime attachments
   *
   * Lists the projects attached to a shared runtime.
   *
   * `GET /api/v1/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/attachments`
   */
  list(
    orgId: string,
    runtimeId: string,
    params: ListSharedRuntimeAttachmentsParams = {},
    options?: RequestOptions,
  ): PagePromise<
    NonNullable<T.ListSharedRuntimeAttachmentsResponse['items']>[number],
    T.ListSharedRuntimeAttachmentsResponse
  > {
    const input = {
      path: { org_id: orgId, runtime_id: runtimeId },
      ...splitParams(operations.listSharedRuntimeAttachments, params, false),
    };
    return this.client.requestPage<
      NonNullable<T.ListSharedRuntimeAttachmentsResponse['items']>[number],
      T.ListSharedRuntimeAttachmentsResponse
    >(operations.listSharedRuntimeAttachments, input, options);
  }
}
