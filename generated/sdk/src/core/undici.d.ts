// Copied verbatim from templates/sdk/core/undici.d.ts. DO NOT EDIT: change the template and regenerate.
/**
 * Types for the undici modules transport-node.ts imports directly. Importing `undici` itself loads
 * fetch, WebSocket, the cache and mock layers too (about 3x the start-up); these are all a request needs.
 */
declare module 'undici/lib/dispatcher/env-http-proxy-agent.js' {
  import type { EnvHttpProxyAgent } from 'undici';
  const Agent: typeof EnvHttpProxyAgent;
  export = Agent;
}

declare module 'undici/lib/dispatcher/agent.js' {
  import type { Agent as UndiciAgent } from 'undici';
  const Agent: typeof UndiciAgent;
  export = Agent;
}

declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici';
  /** `Dispatcher.prototype.request`, called with the dispatcher as `this`. */
  function request(this: Dispatcher, options: Dispatcher.RequestOptions): Promise<Dispatcher.ResponseData>;
  export = request;
}
