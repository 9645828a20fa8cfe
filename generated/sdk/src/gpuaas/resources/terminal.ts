// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { APIResource } from '../../core/resource.js';
import type { APIPromise, PagePromise, RequestOptions, WaitOptions } from '../../core/index.js';
import { splitParams, waitFor } from '../../core/index.js';
import { operations, waiters } from '../operations.js';
import type * as T from '../types.gen.js';

export type CreateTerminalTokenParams = {
  /** Overrides the client's projectId for this call. */
  projectId?: string;
};

export class Terminal extends APIResource {
  /**
   * Create a terminal token
   *
   * Mints a short-lived, single-use token for an interactive terminal on an active allocation.
   * Connect to `websocket_url` and send the token as the first message (or as the
   * `Sec-WebSocket-Protocol` value); it is never put in the URL.
   *
   * Terminal protocol (version 1), after the token:
   * * Client to server: binary frames are input bytes for the terminal, as typed (the client's
   *   terminal is in raw mode, so Ctrl-C arrives as byte 0x03). Text frames are JSON control
   *   messages: `{"type":"resize","cols":120,"rows":40}` right after the token and whenever the
   *   client's window changes size; `{"type":"eof"}` when the client's input ends (a pipe).
   * * Server to client: binary frames are terminal output bytes. Text frames are JSON control
   *   messages: `{"type":"exit","code":0}` when the remote process ends, with its exit status
   *   (0-255), after which the server closes the connection with 1000;
   *   `{"type":"error","message":"..."}` before closing on an error.
   * * Close codes: 1000 after `exit`; 4401 the token is invalid, expired or already used; 4403
   *   the caller may not open this terminal; 4404 the allocation is gone; 4409 the allocation is
   *   not active; 1011 a server error.
   *
   * `POST /api/v1/allocations/{allocation_id}/terminal-token`
   */
  createToken(
    allocationId: string,
    params: CreateTerminalTokenParams = {},
    options?: RequestOptions,
  ): APIPromise<T.CreateTerminalTokenResponse> {
    const input = {
      path: { allocation_id: allocationId },
      ...splitParams(operations.createTerminalToken, params, false),
    };
    return this.client.request<T.CreateTerminalTokenResponse>(operations.createTerminalToken, input, options);
  }
}
