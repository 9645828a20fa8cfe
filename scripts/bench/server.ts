/**
 * The local API server of the bench rows, in its own process so that its CPU is never counted with a
 * client measured in-process. `node --import tsx server.ts NODES` prints its port, then serves
 * - GET /api/v1/billing/balance and /api/v1/catalog/skus: small fixed bodies;
 * - GET /api/v1/nodes: NODES nodes in cursor pages (page_size, cursor, next_cursor as in the contract);
 * - GET /__pages: the CLOCK_MONOTONIC time (ns) each nodes page was answered, then clears them.
 */
import { createServer } from 'node:http';

const total = Number(process.argv[2] ?? 100_000);
const balance = JSON.stringify({ balance: '12.50', currency: 'USD', credit_limit: '100.00', updated_at: '2026-11-24T00:00:00Z' });
const skus = JSON.stringify({
  items: Array.from({ length: 12 }, (_, i) => ({
    id: `sku_${String(i).padStart(26, '0')}`,
    name: `${1 + (i % 8)}x H100 SXM5 80GB`,
    gpu_model: 'NVIDIA H100 SXM5 80GB',
    gpu_count: 1 + (i % 8),
    vcpus: 26 * (1 + (i % 8)),
    memory_gib: 225 * (1 + (i % 8)),
    hourly_price: (2.99 * (1 + (i % 8))).toFixed(2),
    currency: 'USD',
    available: i % 5,
  })),
  next_cursor: null,
});
const node = (i: number) => ({
  id: `node_${String(i).padStart(26, '0')}`,
  hostname: `gpu-h100-use1-${i}.gpuaas.internal`,
  sku_id: 'sku_01HZX3MQT1VVQNC3WKZ8NDYTK1',
  region: 'us-east-1',
  status: i % 3 ? 'available' : 'allocated',
  gpu_model: 'NVIDIA H100 SXM5 80GB',
  gpu_count: 8,
});
let pages: string[] = [];

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://bench');
  const json = (body: string) => res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
  if (url.pathname === '/api/v1/billing/balance') return json(balance);
  if (url.pathname === '/api/v1/catalog/skus') return json(skus);
  if (url.pathname === '/api/v1/nodes') {
    const start = Number(url.searchParams.get('cursor') ?? 0);
    const size = Math.min(Number(url.searchParams.get('page_size') ?? 50), 200);
    const end = Math.min(start + size, total);
    const items = [];
    for (let i = start; i < end; i++) items.push(node(i));
    json(JSON.stringify({ items, next_cursor: end < total ? String(end) : null }));
    pages.push(String(process.hrtime.bigint()));
    return;
  }
  if (url.pathname === '/__pages') {
    const body = JSON.stringify(pages);
    pages = [];
    return json(body);
  }
  res.writeHead(404, { 'content-type': 'application/json' }).end('{"code":"not_found","message":"no such route"}');
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
