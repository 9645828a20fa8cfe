import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Replay } from './replay.js';

/** A recorded run in a scratch folder: one input, one target folder with one file, one root file. */
async function recorded() {
  const root = mkdtempSync(path.join(tmpdir(), 'codegen-replay-'));
  const input = path.join(root, 'api.yaml');
  const dir = path.join(root, 'out');
  writeFileSync(input, 'openapi: 3.1.0');
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  writeFileSync(path.join(dir, 'a.ts'), 'a');
  writeFileSync(path.join(root, 'manifest.json'), '{}');
  const replay = new Replay(path.join(root, 'cache'), root);
  await replay.record({ inputs: [input], targets: [{ dir, files: [{ path: 'a.ts', content: 'a' }] }], rootFiles: [{ path: path.join(root, 'manifest.json'), content: '{}' }] });
  return { root, input, dir, replay };
}

describe('replay of an unchanged run', () => {
  it('holds while inputs and output are as recorded (unmanaged folders ignored)', async () => {
    const { replay, dir } = await recorded();
    writeFileSync(path.join(dir, 'node_modules/x.js'), 'x');
    expect(await replay.upToDate()).toBe(true);
  });

  it.each([
    ['an input changed', (r: Awaited<ReturnType<typeof recorded>>) => writeFileSync(r.input, 'openapi: 3.0.3')],
    ['an input removed', (r: Awaited<ReturnType<typeof recorded>>) => rmSync(r.input)],
    ['a generated file edited', (r: Awaited<ReturnType<typeof recorded>>) => writeFileSync(path.join(r.dir, 'a.ts'), 'b')],
    ['a file added to a target', (r: Awaited<ReturnType<typeof recorded>>) => writeFileSync(path.join(r.dir, 'b.ts'), 'b')],
    ['a generated file removed', (r: Awaited<ReturnType<typeof recorded>>) => rmSync(path.join(r.dir, 'a.ts'))],
    ['a root file edited', (r: Awaited<ReturnType<typeof recorded>>) => writeFileSync(path.join(r.root, 'manifest.json'), '{ }')],
    ['no record', (r: Awaited<ReturnType<typeof recorded>>) => rmSync(path.join(r.root, 'cache'), { recursive: true })],
  ])('falls back to the full run when %s', async (_name, change) => {
    const run = await recorded();
    change(run);
    expect(await run.replay.upToDate()).toBe(false);
  });
});
