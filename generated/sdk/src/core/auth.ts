// Copied verbatim from templates/sdk/core/auth.ts. DO NOT EDIT: change the template and regenerate.
/** Where the client gets its bearer token. `refresh` is what the client calls once after a 401. */
export interface TokenProvider {
  getToken(): Promise<string | undefined>;
  /** A new token, or undefined when none can be had (the 401 then stands). */
  refresh?(): Promise<string | undefined>;
}

export class StaticTokenProvider implements TokenProvider {
  constructor(private readonly token: string | undefined) {}

  async getToken(): Promise<string | undefined> {
    return this.token;
  }
}

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt?: number;
}

export interface RefreshResult {
  accessToken: string;
  /** Omitted when the server does not rotate refresh tokens: the old one stays. */
  refreshToken?: string;
  expiresInSeconds?: number;
}

export interface RefreshingTokenProviderOptions {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds; unknown expiry means refresh only after a 401. */
  expiresAt?: number;
  refresh: (refreshToken: string) => Promise<RefreshResult>;
  /** Persist the new tokens (the CLI writes its credentials file here). */
  onRefresh?: (tokens: TokenSet) => void | Promise<void>;
  /** Refresh this long before expiry so a token does not lapse in flight. */
  skewMs?: number;
  now?: () => number;
}

/**
 * Access token with refresh: ahead of expiry and on demand after a 401. Refreshes are single-flight,
 * since concurrent requests must not each spend (and, with rotation, invalidate) the refresh token.
 */
export class RefreshingTokenProvider implements TokenProvider {
  private tokens: TokenSet;
  private inflight: Promise<string | undefined> | undefined;
  private readonly skewMs: number;
  private readonly now: () => number;

  constructor(private readonly options: RefreshingTokenProviderOptions) {
    this.tokens = {
      accessToken: options.accessToken,
      refreshToken: options.refreshToken,
      expiresAt: options.expiresAt,
    };
    this.skewMs = options.skewMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  async getToken(): Promise<string | undefined> {
    if (this.inflight) return this.inflight;
    const { expiresAt, refreshToken } = this.tokens;
    if (refreshToken !== undefined && expiresAt !== undefined && this.now() >= expiresAt - this.skewMs) {
      return this.refresh();
    }
    return this.tokens.accessToken;
  }

  refresh(): Promise<string | undefined> {
    this.inflight ??= this.doRefresh().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async doRefresh(): Promise<string | undefined> {
    const { refreshToken } = this.tokens;
    if (refreshToken === undefined) return undefined;
    const result = await this.options.refresh(refreshToken);
    this.tokens = {
      accessToken: result.accessToken,
      refreshToken: result.refreshToken ?? refreshToken,
      expiresAt: result.expiresInSeconds === undefined ? undefined : this.now() + result.expiresInSeconds * 1000,
    };
    await this.options.onRefresh?.({ ...this.tokens });
    return this.tokens.accessToken;
  }
}
