/**
 * A fuzz worker process: runs the generator in-process (runGenerator, exactly what `npm run generate` runs)
 * on one mutation folder after another, each with that folder as working directory and its `tmp/` as
 * TMPDIR, so whatever the generator leaves behind in either shows. The parent kills it on a hang.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { runGenerator } from '../../../generator/main.js';

export interface FuzzJob {
  index: number;
  dir: string;
  spec: string;
  env?: Record<string, string>;
}

export interface FuzzReply {
  index: number;
  exitCode: number;
  stderr: string;
  ms: number;
}

const home = process.cwd();
let queue = Promise.resolve();

process.on('message', (job: FuzzJob) => {
  queue = queue.then(async () => {
    const started = performance.now();
    let stderr = '';
    mkdirSync(path.join(job.dir, 'tmp'), { recursive: true });
    process.chdir(job.dir);
    process.env.TMPDIR = path.join(job.dir, 'tmp');
    const saved = Object.fromEntries(Object.keys(job.env ?? {}).map((key) => [key, process.env[key]]));
    Object.assign(process.env, job.env);
    let exitCode: number;
    try {
      exitCode = await runGenerator(['--spec', job.spec, '--out', 'out', '--name', 'fz', '--no-build'], { stdout: () => undefined, stderr: (text) => void (stderr += text) });
    } catch (error) {
      // runGenerator reports every failure itself; a throw past it is a crash of the command.
      exitCode = -1;
      stderr += `runGenerator threw: ${(error as Error).stack ?? String(error)}\n`;
    } finally {
      process.chdir(home);
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
    const reply: FuzzReply = { index: job.index, exitCode, stderr, ms: Math.round(performance.now() - started) };
    process.send!(reply);
  });
});
process.send!({ ready: true });
