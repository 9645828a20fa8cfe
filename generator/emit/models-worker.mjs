// The worker thread models.ts runs hey-api in: the contract's JSON in, types.gen.ts (or the failure) out.
// Plain JavaScript, because a worker thread starts without the parent's TypeScript loader: it registers tsx
// itself, then loads the TypeScript it needs.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { heyApiTypes } = await import('./models.ts');
try {
  parentPort.postMessage({ types: await heyApiTypes(workerData) });
} catch (error) {
  parentPort.postMessage({ error: error?.message ?? String(error) });
}
