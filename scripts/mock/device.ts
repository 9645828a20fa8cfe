/**
 * Prism keeps no state, so the device login's token polls (RFC 8628) would all get the same answer. A
 * server answers `authorization_pending` until the user logs in; this rule plays that: for each device
 * code, the first poll gets the token operation's `authorization_pending` example, the second its
 * `slow_down` example, and later ones the tokens. Which operation is polled comes from the contract's
 * x-codegen-auth (deviceToken), so the rule holds for any contract that declares the grant.
 */
import { buildIR } from '../../generator/ir/build.js';
import { loadSpec } from '../../generator/load/load.js';
import { pathPattern } from './pages.js';
import type { RecordedRequest } from './proxy.js';

export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';
/** What a server says while it waits for the user, in the order this mock says it. */
const WAITING = ['authorization_pending', 'slow_down'];

export interface DevicePollRoute {
  method: string;
  pattern: RegExp;
  /** The error status and the named examples of WAITING it has, in order. */
  status: string;
  examples: string[];
}

export async function devicePollRoute(spec: string, cwd: string): Promise<DevicePollRoute | undefined> {
  const ir = buildIR(await loadSpec(spec, cwd));
  const op = ir.operations.find((o) => o.id === ir.auth?.operations.deviceToken);
  const error = op?.responses.find((r) => r.isError && WAITING.some((name) => r.exampleNames.includes(name)));
  if (!op || !error) return undefined;
  return {
    method: op.method,
    pattern: pathPattern(op.path),
    status: error.status,
    examples: WAITING.filter((name) => error.exampleNames.includes(name)),
  };
}

/**
 * A `Prefer` rule counting the polls of each device code: waiting answers first, then the tokens. Prism
 * hands out the same device code every time, so the count starts over after the tokens: each login in
 * turn sees the whole exchange.
 */
export function devicePollPreference(route: DevicePollRoute): (request: RecordedRequest) => string | undefined {
  const polls = new Map<string, number>();
  return (request) => {
    if (request.method !== route.method || !route.pattern.test(request.url.pathname)) return undefined;
    const form = new URLSearchParams(request.body);
    const code = form.get('device_code');
    if (form.get('grant_type') !== DEVICE_CODE_GRANT || code === null) return undefined;
    const n = polls.get(code) ?? 0;
    polls.set(code, (n + 1) % (route.examples.length + 1));
    const example = route.examples[n];
    return example ? `code=${route.status}, example=${example}` : undefined;
  };
}
