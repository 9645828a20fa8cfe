/**
 * The client side of the SDK rows, in plain `node` as a user runs the SDK. In the bench's own process (tsx)
 * the root tsconfig's `paths` send the SDK's `#default-transport` to the fetch transport, so the rows
 * measured fetch, not the SDK's undici transport, and tsx's loader besides.
 *
 * `node sdk-loop.mjs BASE_URL sequential|concurrency CALLS RUNS` warms each contender once, runs them
 * interleaved RUNS times and prints {contender: [{cpuMs, wallMs}, ...]} (this process's CPU alone: the
 * server is another process). sequential: CALLS awaited one after another; concurrency: CALLS × 4 calls
 * through 32 workers. A fifth argument, a contender's name, runs that one alone (the bench's --profile).
 */
import { Gpuaas } from '@gpuaas/sdk';
import { Agent, request } from 'undici';

const [baseUrl, mode, callsArg, runsArg, only] = process.argv.slice(2);
const calls = Number(callsArg);
const runs = Number(runsArg);
const url = `${baseUrl}/api/v1/billing/balance`;
const headers = { authorization: 'Bearer t', accept: 'application/json' };

const client = new Gpuaas({ baseUrl, token: 't', maxRetries: 0 });
const agent = new Agent({ keepAliveTimeout: 60_000 });
const contenders = {
  sdk: () => client.billing.balance(),
  undici: async () => (await request(url, { headers, dispatcher: agent })).body.json(),
  ...(mode === 'sequential' ? { fetch: async () => (await fetch(url, { headers })).json() } : {}),
};

async function measure(run) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { cpuMs: (used.user + used.system) / 1000, wallMs };
}

const sequential = (call) => async () => {
  for (let i = 0; i < calls; i++) await call();
};
const concurrent = (call) => async () => {
  const total = calls * 4;
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next++ < total) await call();
    }),
  );
};

const shape = mode === 'sequential' ? sequential : concurrent;
const names = Object.keys(contenders).filter((name) => !only || name === only);
for (const name of names) await measure(shape(contenders[name])); // warm pools and JIT alike
const samples = Object.fromEntries(names.map((name) => [name, []]));
for (let i = 0; i < runs; i++) for (const name of names) samples[name].push(await measure(shape(contenders[name])));
await agent.close();
process.stdout.write(`${JSON.stringify(samples)}\n`);
// The SDK's and fetch's keep-alive pools would hold the process open for their idle timeout.
process.exit(0);
