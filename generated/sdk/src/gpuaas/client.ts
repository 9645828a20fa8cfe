// Code generated from openapi/gpuaas.yaml. DO NOT EDIT: change the contract or the templates and regenerate.
import { ApiClient, type ClientOptions } from '../core/index.js';
import { RefreshingTokenProvider, type TokenSet } from '../core/index.js';
import { contract } from './operations.js';
import { Allocations } from './resources/allocations.js';
import { Auth } from './resources/auth.js';
import { Billing } from './resources/billing.js';
import { Catalog } from './resources/catalog.js';
import { Nodes } from './resources/nodes.js';
import { Projects } from './resources/projects.js';
import { SharedRuntimes } from './resources/shared-runtimes.js';
import { Terminal } from './resources/terminal.js';

/**
 * GPUaaS API client.
 *
 * Public control-plane API of the GPUaaS platform.
 *
 * * Authentication: `Authorization: Bearer <access token>` on every call except the login,
 *   refresh and OIDC endpoints. Tokens never travel in a query string or URL.
 * * Errors: every 4xx/5xx body is the canonical envelope `{code, message, correlation_id, details?}`;
 *   `code` is machine-readable and stable. The correlation id is also returned in the
 *   `X-Correlation-ID` response header, and a client may send its own in the request header of
 *   the same name.
 * * Project scope: project-scoped endpoints require an explicit `X-Project-ID` header.
 * * Pagination: list endpoints take `cursor` and `page_size` and return `{items, next_cursor}`;
 *   `next_cursor` is `null` on the last page.
 * * Idempotency: mutations that create work accept an `Idempotency-Key` header; the first
 *   response for a key is replayed for 24 hours.
 *
 * `new Gpuaas({ baseUrl, token | tokenProvider, projectId, timeoutMs, maxRetries })`
 */
export class Gpuaas extends ApiClient {
  readonly allocations: Allocations = new Allocations(this);
  readonly auth: Auth = new Auth(this);
  readonly billing: Billing = new Billing(this);
  readonly catalog: Catalog = new Catalog(this);
  readonly nodes: Nodes = new Nodes(this);
  readonly projects: Projects = new Projects(this);
  readonly sharedRuntimes: SharedRuntimes = new SharedRuntimes(this);
  readonly terminal: Terminal = new Terminal(this);

  constructor(options: ClientOptions = {}) {
    super(options, contract);
  }

  /**
   * A token provider that refreshes the access token through `auth.refresh` shortly before it
   * expires and once when the server answers 401. Pass it as `tokenProvider`.
   */
  static refreshingTokenProvider(
    tokens: { accessToken: string; refreshToken?: string; expiresAt?: number },
    options: Pick<
      ClientOptions,
      'baseUrl' | 'fetch' | 'timeoutMs' | 'onExchange' | 'allowInsecureHttp' | 'maxResponseBytes'
    > & { onRefresh?: (tokens: TokenSet) => void | Promise<void> } = {},
  ): RefreshingTokenProvider {
    const { onRefresh, ...clientOptions } = options;
    return new RefreshingTokenProvider({
      ...tokens,
      ...(onRefresh ? { onRefresh } : {}),
      refresh: async (refreshToken: string): Promise<TokenSet> => {
        const result = (await new Gpuaas(clientOptions).auth.refresh({
          refresh_token: refreshToken,
        })) as unknown as Record<string, unknown>;
        return {
          accessToken: String(result['access_token']),
          refreshToken:
            typeof result['refresh_token'] === 'string' ? (result['refresh_token'] as string) : refreshToken,
          ...(typeof result['expires_in'] === 'number' ? { expiresInSeconds: result['expires_in'] as number } : {}),
        };
      },
    });
  }
}
