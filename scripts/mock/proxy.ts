/**
 * A loopback HTTP proxy in front of Prism: the piece `npm run mock` and the tests share. It records every
 * request, and sets Prism's `Prefer` header (which response to give) by rule when the client sent none:
 * first the caller's rule (tests choose a 404 or a named example), then the rule that ends paginated
 * lists (pages.ts). Browsers' CORS preflights pass through untouched (Prism answers them).
 */
import { createServer } from 'node:http';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

export interface ProxyOptions {
  /** A `Prefer` value for this request (e.g. `code=404`), or undefined to leave it to the next rule. */
  prefer?: (request: RecordedRequest) => string | undefined;
  host?: string;
  /** 0 (default): any free port. */
  port?: number;
  /** Keep every request in `requests` (default); a long-running mock turns this off. */
  record?: boolean;
}

export interface Proxy {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startProxy(target: string, options: ProxyOptions = {}): Promise<Proxy> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string' && name !== 'host') headers.set(name, value);
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      url: new URL(req.url ?? '/', target),
      headers,
      body: Buffer.concat(chunks).toString(),
    };
    if (options.record !== false) requests.push(recorded);
    // A CORS preflight (OPTIONS) goes to Prism as it came: its CORS answer must not become a chosen example.
    const prefer = headers.has('prefer') || recorded.method === 'OPTIONS' ? undefined : options.prefer?.(recorded);
    if (prefer) headers.set('prefer', prefer);
    try {
      const upstream = await fetch(recorded.url, {
        method: recorded.method,
        headers,
        body: chunks.length ? recorded.body : undefined,
        redirect: 'manual',
      });
      const body = Buffer.from(await upstream.arrayBuffer());
      const responseHeaders = Object.fromEntries(upstream.headers);
      // fetch has already decoded the body: pass it on as it is now.
      delete responseHeaders['content-encoding'];
      responseHeaders['content-length'] = String(body.length);
      res.writeHead(upstream.status, responseHeaders);
      res.end(body);
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`mock proxy: upstream ${target} did not answer: ${(error as Error).message}\n`);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
