/** Starts scripts/bench/server.ts in its own process (its CPU is never the client's); stop() ends it. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, TSX, childEnv } from './harness.js';

export interface BenchServer {
  url: string;
  /** CLOCK_MONOTONIC ns at which each nodes page was answered since the last call. */
  pages(): Promise<bigint[]>;
  stop(): Promise<void>;
}

export function startServer(nodes = 100_000): Promise<BenchServer> {
  const child = spawn(process.execPath, ['--import', TSX, path.join(ROOT, 'scripts/bench/server.ts'), String(nodes)], { env: childEnv(), stdio: ['pipe', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`bench server exited ${code} before listening`)));
    child.stdout.once('data', (chunk: Buffer) => {
      const url = `http://127.0.0.1:${chunk.toString().trim()}`;
      resolve({
        url,
        pages: async () => ((await (await fetch(`${url}/__pages`)).json()) as string[]).map(BigInt),
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.stdin.end();
          }),
      });
    });
  });
}
