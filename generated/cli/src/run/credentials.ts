// Copied verbatim from templates/cli/run/credentials.ts. DO NOT EDIT: change the template and regenerate.
/** Token responses into the credentials file, and the provider that keeps them fresh. */
import { CliError, ExitCode, credentialsExpired, writeCredentials, type Credentials } from '../core/index.js';
import {
  RefreshingTokenProvider,
  StaticTokenProvider,
  splitParams,
  type ClientOptions,
  type RefreshResult,
  type TokenProvider,
  type TokenSet,
} from '../sdk.js';
import type { CliApi, TokenFields } from './types.js';

export interface StoredCredentials extends Credentials {
  /**
   * Set when the tokens came from a separate identity provider (`auth keycloak-login`): its refresh
   * grant renews them, sent with the same non-secret inputs as the login (realm, client id…).
   */
  issuer?: { name: string; base_url: string; path: Record<string, string>; body: Record<string, string> };
}

function field(result: unknown, name: string | undefined): unknown {
  return name && typeof result === 'object' && result !== null ? (result as Record<string, unknown>)[name] : undefined;
}

/** A token response, whose field names the contract declares, as the SDK's RefreshResult. */
export function readTokens(result: unknown, fields: TokenFields): RefreshResult {
  const accessToken = field(result, fields.accessToken);
  if (typeof accessToken !== 'string' || accessToken === '') {
    throw new CliError(`the token response has no "${fields.accessToken}"`, ExitCode.internal);
  }
  const refreshToken = field(result, fields.refreshToken);
  const expiresIn = field(result, fields.expiresIn);
  return {
    accessToken,
    ...(typeof refreshToken === 'string' && refreshToken !== '' ? { refreshToken } : {}),
    ...(typeof expiresIn === 'number' ? { expiresInSeconds: expiresIn } : {}),
  };
}

type CredentialsRest = Omit<StoredCredentials, 'access_token' | 'refresh_token' | 'expires_at'>;

export function toCredentials(
  tokens: RefreshResult | TokenSet,
  rest: CredentialsRest,
  now = Date.now(),
): StoredCredentials {
  const expiresAt =
    'expiresInSeconds' in tokens && tokens.expiresInSeconds !== undefined
      ? now + tokens.expiresInSeconds * 1000
      : (tokens as TokenSet).expiresAt;
  return {
    ...rest,
    access_token: tokens.accessToken,
    ...(tokens.refreshToken ? { refresh_token: tokens.refreshToken } : {}),
    ...(expiresAt !== undefined ? { expires_at: new Date(expiresAt).toISOString() } : {}),
  };
}

export interface ProviderInput {
  api: CliApi;
  dir: string;
  credentials: StoredCredentials;
  bin: string;
  /** Options of the client that refreshes (--debug shows its exchanges too). */
  client: Pick<ClientOptions, 'baseUrl' | 'fetch' | 'timeoutMs' | 'onExchange' | 'allowInsecureHttp' | 'maxResponseBytes'>;
}

/**
 * The stored login as a token provider. With a refresh token it refreshes shortly before expiry and
 * once after a 401 (the SDK's RefreshingTokenProvider), saving each new pair; without one an expired
 * login fails here (exit 4) rather than after a server round trip.
 */
export function storedTokenProvider({ api, dir, credentials, bin, client }: ProviderInput): TokenProvider {
  const { access_token: accessToken, refresh_token: refreshToken, expires_at: _expires, issuer, ...rest } = credentials;
  if (!refreshToken) {
    if (credentialsExpired(credentials))
      throw new CliError('your login has expired', ExitCode.auth, `run \`${bin} auth login\` to sign in again`);
    return new StaticTokenProvider(accessToken);
  }
  const expiresAt = credentials.expires_at === undefined ? NaN : Date.parse(credentials.expires_at);
  const tokens = { accessToken, refreshToken, ...(Number.isNaN(expiresAt) ? {} : { expiresAt }) };
  const onRefresh = (fresh: TokenSet) =>
    writeCredentials(dir, toCredentials(fresh, { ...rest, ...(issuer ? { issuer } : {}) }));
  const provider = api.identityProvider;
  if (issuer && provider?.name === issuer.name) {
    const idp = provider.createClient({ ...client, baseUrl: issuer.base_url });
    return new RefreshingTokenProvider({
      ...tokens,
      onRefresh,
      refresh: async (token) => {
        const body = { ...issuer.body, grant_type: 'refresh_token', refresh_token: token };
        const result = await idp.request(
          provider.operation,
          splitParams(provider.operation, { ...issuer.path, body }, false),
        );
        return readTokens(result, provider.tokenFields);
      },
    });
  }
  return api.refreshingTokenProvider?.(tokens, { ...client, onRefresh }) ?? new StaticTokenProvider(accessToken);
}
