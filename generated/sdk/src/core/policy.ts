// Copied verbatim from templates/sdk/core/policy.ts. DO NOT EDIT: change the template and regenerate.
/**
 * What the client refuses to send, checked before any request: a base URL that would leak the
 * credential (plain http to another machine, userinfo in the URL) and header values that would split
 * the request (CR, LF). Errors name the problem, never the secret.
 */
import { ConfigurationError } from './errors.js';

/** `localhost`, `*.localhost` (RFC 6761), 127.0.0.0/8 and ::1: traffic that never leaves the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(host) || host === '::1';
}

/** The URL with any `user:password@` replaced, so it can be printed. Text that is no URL is returned unchanged. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1[REDACTED]@');
}

export interface UrlPolicy {
  /** Allow `http:` to hosts other than loopback (the token then crosses the network in clear text). */
  allowInsecureHttp?: boolean;
}

/** Parses a base URL, refusing anything a request must not be sent to; `what` names it in the message. */
export function checkBaseUrl(url: string, policy: UrlPolicy = {}, what = 'base URL'): URL {
  const shown = redactUrl(url);
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || !/^https?:$/.test(parsed.protocol)) {
    throw new ConfigurationError(`Invalid ${what} "${shown}": expected an absolute http(s) URL`);
  }
  if (parsed.username || parsed.password) {
    throw new ConfigurationError(
      `Invalid ${what} "${redactUrl(parsed.href)}": credentials in the URL are not sent; remove the user:password@ part and log in instead`,
    );
  }
  if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname) && !policy.allowInsecureHttp) {
    throw new ConfigurationError(
      `Refusing plain http to ${parsed.host}: the credential would cross the network unencrypted; use https, or allow it explicitly (allowInsecureHttp / --insecure)`,
    );
  }
  return parsed;
}

/** Any byte outside visible Latin-1, tab and space: CR/LF would start a new header, NUL ends the value. */
const BAD_HEADER_VALUE = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Leading and trailing blanks, which Headers would strip (CR and LF are refused before). */
const OUTER_BLANKS = /^[\t ]+|[\t ]+$/g;

/** The value to send for a header, after checking both; the value is never part of the error (it may be a token). */
export function checkedHeader(name: string, value: string): string {
  if (!HEADER_NAME.test(name)) throw new ConfigurationError(`Invalid header name ${JSON.stringify(name)}`);
  if (BAD_HEADER_VALUE.test(value)) {
    throw new ConfigurationError(
      `Invalid value for header ${name}: it contains a line break or another character HTTP headers cannot carry (value not shown)`,
    );
  }
  return value.replace(OUTER_BLANKS, '');
}

/**
 * Sets a header, checked, under its lower-case name: into Headers, or a Map (the client's per-call list,
 * cheaper than a Headers on the hot path).
 */
export function setHeader(headers: { set(name: string, value: string): unknown }, name: string, value: string): void {
  headers.set(name.toLowerCase(), checkedHeader(name, value));
}
