/**
 * A loopback proxy in front of Prism for tests of whole programs (CLI, MCP server, README example):
 * it records every request they send and can choose Prism's response with a `Prefer` header, the way
 * a test cannot from outside the program.
 */
import { createServer } from 'node:http';

export interface RecordedRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
}

export interface ProxyOptions {
  /** A `Prefer` value for this request (e.g. `code=404`), or undefined to leave Prism's default. */
  prefer?: (request: RecordedRequest) => string | undefined;
}

/** Prism keeps no state: asking for `last_page` once a cursor is sent lets code that follows cursors end. */
export const lastPageOnCursor = (request: RecordedRequest): string | undefined =>
  request.url.searchParams.has('cursor') ? 'example=last_page' : undefined;

export async function startProxy(target: string, options: ProxyOptions = {}) {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && name !== 'host') headers.set(name, value);
    const recorded: RecordedRequest = { method: req.method ?? 'GET', url: new URL(req.url ?? '/', target), headers, body: Buffer.concat(chunks).toString() };
    requests.push(recorded);
    const prefer = options.prefer?.(recorded);
    if (prefer) headers.set('prefer', prefer);
    const upstream = await fetch(recorded.url, { method: recorded.method, headers, body: chunks.length ? recorded.body : undefined, redirect: 'manual' });
    res.writeHead(upstream.status, Object.fromEntries(upstream.headers));
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
