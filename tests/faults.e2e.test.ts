/**
 * Exactly-once under faults, for every client: N creates through the fault rig (tests/support/faults.ts),
 * each repeated the way its error says until it succeeds. The server must hold exactly N allocations, none
 * twice, and every success the client reported must be one the server made. A fixed seed makes the run
 * the same each time; the rig bounds every delay, so the test is bounded too. No token in any output.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApiError, Gpuaas } from '@gpuaas/sdk';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, gpuaas } from './cli/support.js';
import { exactlyOnce, startFaultRig, type CreateOutcome, type ExactlyOnceResult, type FaultRig } from './support/faults.js';

const N = 50;
const SEED = 20261202;
/** Per attempt; the rig holds slow answers 1.5 s, past it. */
const TIMEOUT_MS = 1000;

const rigs: FaultRig[] = [];
const rig = async (seed: number, faultRate?: number) => {
  const started = await startFaultRig({ seed, slowMs: 1500, ...(faultRate === undefined ? {} : { faultRate }) });
  rigs.push(started);
  return started;
};
afterAll(async () => {
  await Promise.all(rigs.map((r) => r.close()));
});

const cliEnv = (r: FaultRig) => ({
  GPUAAS_BASE_URL: r.url,
  GPUAAS_TOKEN: r.token,
  GPUAAS_PROJECT: r.projectId,
  GPUAAS_CONFIG_DIR: mkdtempSync(path.join(tmpdir(), 'gpuaas-faults-')),
});

/** The words of a command line as printed by the CLI's shellQuote: bare words and single-quoted ones. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => (m[1] !== undefined ? m[1].replaceAll(`'\\''`, "'") : m[2]!));
}

function expectExactlyOnce(result: ExactlyOnceResult): void {
  // Printed so the run's counts can be quoted: N, created, duplicates, silent losses, and the faults met.
  console.log(JSON.stringify(result));
  expect({ created: result.created, duplicates: result.duplicates, silentLosses: result.silentLosses, failed: result.failed }).toEqual({
    created: N,
    duplicates: 0,
    silentLosses: 0,
    failed: 0,
  });
  // The mix really was hostile: every kind of fault happened, and some calls needed repeating.
  for (const count of Object.values(result.faults)) expect(count).toBeGreaterThan(0);
  expect(result.calls).toBeGreaterThan(N);
}

describe.concurrent('exactly once under faults', () => {
  it(`SDK: ${N} creates`, async () => {
    const r = await rig(SEED);
    const client = new Gpuaas({ baseUrl: r.url, token: r.token, projectId: r.projectId, timeoutMs: TIMEOUT_MS });
    const result = await exactlyOnce(r, { n: N }, async (sku, repeat): Promise<CreateOutcome> => {
      try {
        const created = await client.allocations.create({ sku_id: sku }, repeat ? { idempotencyKey: repeat } : {});
        return { ok: true, id: created.id };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        expect(error.message).not.toContain(r.token);
        return { ok: false, retryable: error.retryable, mayHaveSucceeded: error.mayHaveSucceeded, ...(error.idempotencyKey ? { repeat: error.idempotencyKey } : {}), message: error.message };
      }
    });
    expectExactlyOnce(result);
  });

  it(`CLI: ${N} creates, each failure repeated with the exact command it printed`, async () => {
    const r = await rig(SEED + 1);
    const env = cliEnv(r);
    const streams: string[] = [];
    const result = await exactlyOnce(r, { n: N, concurrency: 4 }, async (sku, repeat): Promise<CreateOutcome> => {
      const argv = repeat ? shellWords(repeat).slice(1) : ['allocations', 'create', '--sku-id', sku, '--timeout', `${TIMEOUT_MS}ms`];
      const run = await gpuaas(argv, { env });
      streams.push(run.stdout, run.stderr);
      if (run.code === 0) return { ok: true, id: (JSON.parse(run.stdout) as { id: string }).id };
      const line = /^repeat: (.*)$/m.exec(run.stderr)?.[1];
      return { ok: false, retryable: line !== undefined, mayHaveSucceeded: run.stderr.includes('it may have taken effect'), ...(line ? { repeat: line } : {}), message: run.stderr };
    });
    expectExactlyOnce(result);
    expect(streams.some((s) => s.includes('repeat: gpuaas allocations create'))).toBe(true);
    for (const stream of streams) expect(stream).not.toContain(r.token);
  });

  it(`MCP: ${N} creates, each failure repeated with the idempotency_key it returned`, async () => {
    const r = await rig(SEED + 2);
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [CLI, 'mcp', 'serve', '--timeout', `${TIMEOUT_MS}ms`],
      env: { PATH: process.env.PATH ?? '', ...cliEnv(r) },
      stderr: 'pipe',
    });
    let serverLog = '';
    transport.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
    const mcp = new Client({ name: 'faults', version: '1.0.0' });
    await mcp.connect(transport);
    const texts: string[] = [];
    try {
      const result = await exactlyOnce(r, { n: N }, async (sku, repeat): Promise<CreateOutcome> => {
        const answer = await mcp.callTool({ name: 'create_allocation', arguments: { sku_id: sku, ...(repeat ? { idempotency_key: repeat } : {}) } });
        const text = (answer.content as { text: string }[])[0]!.text;
        texts.push(text);
        const body = JSON.parse(text) as Record<string, unknown>;
        if (!answer.isError) return { ok: true, id: String(body.id) };
        return {
          ok: false,
          retryable: body.retryable === true,
          mayHaveSucceeded: body.may_have_succeeded === true,
          ...(typeof body.idempotency_key === 'string' ? { repeat: body.idempotency_key } : {}),
          message: String(body.message),
        };
      });
      expectExactlyOnce(result);
      expect(texts.some((t) => t.includes('"idempotency_key"'))).toBe(true);
    } finally {
      await mcp.close();
    }
    for (const text of [...texts, serverLog]) expect(text).not.toContain(r.token);
  });
});

describe('timeouts count from sending', () => {
  it('--timeout 200ms against an instant server succeeds on attempt 1 (start-up is not counted)', async () => {
    const r = await rig(SEED, 0);
    const run = await gpuaas(['allocations', 'create', '--sku-id', 'quick', '--timeout', '200ms', '--debug'], { env: cliEnv(r) });
    expect(run.stderr).toContain('attempt 1]');
    expect(run.stderr).not.toContain('attempt 2]');
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain(r.token);
    expect(r.stats().created).toBe(1);
  });
});
