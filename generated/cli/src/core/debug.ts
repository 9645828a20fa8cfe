// Copied verbatim from templates/cli/core/debug.ts. DO NOT EDIT: change the template and regenerate.
import { STATUS_CODES } from 'node:http';
import type { HttpExchange } from '../sdk.js';
import { SECRET_NAME, isSecretHeader } from './secret-names.js';
import { terminalText } from './terminal-text.js';

const REDACTED = '[REDACTED]';
const DEFAULT_MAX_BODY_CHARS = 4096;

/**
 * One exchange as `--debug` prints it on stderr, curl-style (`>` sent, `<` received). Secrets are
 * redacted wherever they can appear (headers, query, JSON and form bodies) because debug output gets
 * pasted into tickets.
 */
export function formatExchange(exchange: HttpExchange, options: { maxBodyChars?: number } = {}): string {
  const max = options.maxBodyChars ?? DEFAULT_MAX_BODY_CHARS;
  const { request, response, error } = exchange;
  const lines = [`> ${request.method} ${redactUrl(request.url)}  [${exchange.operationId}, attempt ${exchange.attempt}]`];
  lines.push(...headerLines('>', request.headers));
  if (request.body) lines.push('>', ...prefixed('>', truncate(redactBody(request.body, request.headers), max)));
  if (response) {
    const status = [response.status, STATUS_CODES[response.status]].filter(Boolean).join(' ');
    lines.push(`< ${status} (${exchange.durationMs} ms)`);
    lines.push(...headerLines('<', response.headers));
    if (response.body) lines.push('<', ...prefixed('<', truncate(redactBody(response.body, response.headers), max)));
  } else {
    lines.push(`< no response (${exchange.durationMs} ms): ${error ? `${error.name}: ${error.message}` : 'unknown error'}`);
  }
  // Headers and bodies are the server's: shown, never acted on by the terminal.
  return terminalText(lines.join('\n'), { keepNewlines: true }) + '\n';
}

function headerLines(prefix: string, headers: Record<string, string>): string[] {
  return Object.entries(headers).map(([name, value]) => `${prefix} ${name}: ${redactHeader(name, value)}`);
}

function redactHeader(name: string, value: string): string {
  const lower = name.toLowerCase();
  // Keep the scheme: "Bearer" vs "Basic" is often the thing being debugged.
  if (lower === 'authorization' || lower === 'proxy-authorization') return `${value.split(' ')[0]} ${REDACTED}`;
  return isSecretHeader(name) ? REDACTED : value;
}

function redactUrl(url: string): string {
  const query = url.indexOf('?');
  return query < 0 ? url : url.slice(0, query + 1) + redactPairs(url.slice(query + 1));
}

/** `a=1&token=x` pairs, edited as text so the rest stays byte for byte what was sent. */
function redactPairs(pairs: string): string {
  return pairs
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq >= 0 && SECRET_NAME.test(decodeName(pair.slice(0, eq))) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    })
    .join('&');
}

function decodeName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/** JSON and form bodies are redacted field by field; other text is shown as is. */
function redactBody(body: string, headers: Record<string, string>): string {
  const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '';
  if (/application\/x-www-form-urlencoded/i.test(contentType)) return redactPairs(body);
  try {
    return JSON.stringify(redactJson(JSON.parse(body)));
  } catch {
    return body;
  }
}

function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [key, SECRET_NAME.test(key) && field !== null ? REDACTED : redactJson(field)]),
  );
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length - max} more characters]`;
}

function prefixed(prefix: string, text: string): string[] {
  return text.split('\n').map((line) => `${prefix} ${line}`);
}
