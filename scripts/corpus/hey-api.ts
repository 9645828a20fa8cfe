/**
 * hey-api alone on a contract, as the corpus compares us with it: its model types (the typescript plugin,
 * the same step our generator takes from it), from the file as it is. `tsx scripts/corpus/hey-api.ts SPEC OUT`
 */
import { createClient } from '@hey-api/openapi-ts';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  process.stderr.write('usage: hey-api.ts SPEC OUT\n');
  process.exit(2);
}
try {
  await createClient({ input, output: { path: output, postProcess: [] }, plugins: ['@hey-api/typescript'], logs: { level: 'silent', file: false } } as never);
} catch (error) {
  const cause = (error as { originalError?: { error?: Error } }).originalError?.error ?? error;
  process.stderr.write(`hey-api failed: ${(cause as Error).message ?? String(cause)}\n`);
  process.exit(1);
}
