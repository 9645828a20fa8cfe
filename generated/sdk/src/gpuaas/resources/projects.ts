// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../core/index.js';
import { splitParams, waitFor } from '../../core/index.js';
import { operations, waiters } from '../operations.js';
import type * as T from '../types.gen.js';

export type CreateProjectParams = NonNullable<T.CreateProjectData['body']>;

export type GetProjectParams = Record<string, never>;

export type ListProjectsParams = NonNullable<T.ListProjectsData['query']>;

export class Projects extends APIResource {
  /**
   * Create a project
   *
   * Creates a project. The slug is derived from the name when omitted and must be unique in the tenant.
   *
   * `POST /api/v1/projects`
   */
  create(params: CreateProjectParams, options?: RequestOptions): APIPromise<T.CreateProjectResponse> {
    const input = { path: {}, ...splitParams(operations.createProject, params, true) };
    return this.client.request<T.CreateProjectResponse>(operations.createProject, input, options);
  }

  /**
   * Get a project
   *
   * Returns one project by id.
   *
   * `GET /api/v1/projects/{project_id}`
   */
  get(projectId: string, params: GetProjectParams = {}, options?: RequestOptions): APIPromise<T.GetProjectResponse> {
    const input = { path: { project_id: projectId }, ...splitParams(operations.getProject, params, false) };
    return this.client.request<T.GetProjectResponse>(operations.getProject, input, options);
  }

  /**
   * List projects
   *
   * Lists the projects of the tenant that the caller is a member of.
   *
   * `GET /api/v1/projects`
   */
  list(
    params: ListProjectsParams = {},
    options?: RequestOptions,
  ): PagePromise<NonNullable<T.ListProjectsResponse['items']>[number], T.ListProjectsResponse> {
    const input = { path: {}, ...splitParams(operations.listProjects, params, false) };
    return this.client.requestPage<NonNullable<T.ListProjectsResponse['items']>[number], T.ListProjectsResponse>(
      operations.listProjects,
      input,
      options,
    );
  }
}
