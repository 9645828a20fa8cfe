/**
 * The Python SDK row of `npm run bench`: per-call overhead over 1,000 sequential loopback GETs against raw
 * httpx on the same server (goal: ≤ 1.2×). The server is this process's; the Python side
 * (python_overhead.py) runs both loops, interleaved, in one interpreter.
 */
import { createServer } from 'node:http';
import path from 'node:path';
import { ROOT, runVenvAsync } from '../python/venv.js';

export type Report = (title: string, results: Record<string, number>, baseline: string) => void;

export async function benchPythonOverhead(report: Report, calls = 1000, rounds = 7): Promise<void> {
  const body = JSON.stringify({ balance: '12.50', currency: 'USD', credit_limit: '100.00', updated_at: '2026-11-24T00:00:00Z' });
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  try {
    const result = await runVenvAsync('python', [path.join(ROOT, 'scripts/bench/python_overhead.py'), baseUrl, String(calls), String(rounds)], {
      env: { ...process.env, PYTHONPATH: path.join(ROOT, 'generated/python') },
    });
    if (result.status !== 0) throw new Error(`python_overhead.py failed:\n${result.stderr}`);
    const { httpx, sdk } = JSON.parse(result.stdout) as { httpx: number; sdk: number };
    report(`Python SDK overhead, ${calls} sequential GETs on loopback (${rounds} rounds alternating in chunks of 50, median; goal ≤ ×1.2)`, { 'raw httpx.Client + .json()': httpx, 'gpuaas.Gpuaas (pydantic model)': sdk }, 'raw httpx.Client + .json()');
  } finally {
    server.close();
  }
}
