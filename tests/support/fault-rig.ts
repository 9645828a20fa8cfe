/**
 * The fault rig as a process, for clients tested outside this Node process (the Python SDK):
 * `tsx tests/support/fault-rig.ts [--seed N] [--fault-rate R] [--slow-ms MS]` prints one JSON line,
 * `{"url","token","project_id","stats_url"}`, then serves until stdin closes. GET stats_url gives the
 * server's counts (RigStats: created, duplicates, bySku, faults, requests), without faults.
 */
import { parseArgs } from 'node:util';
import { startFaultRig } from './faults.js';

const { values } = parseArgs({
  options: { seed: { type: 'string', default: '1' }, 'fault-rate': { type: 'string' }, 'slow-ms': { type: 'string' } },
});
const rig = await startFaultRig({
  seed: Number(values.seed),
  ...(values['fault-rate'] ? { faultRate: Number(values['fault-rate']) } : {}),
  ...(values['slow-ms'] ? { slowMs: Number(values['slow-ms']) } : {}),
});
process.stdout.write(JSON.stringify({ url: rig.url, token: rig.token, project_id: rig.projectId, stats_url: `${rig.url}/__rig/stats` }) + '\n');
process.stdin.resume();
process.stdin.on('end', () => void rig.close().then(() => process.exit(0)));
