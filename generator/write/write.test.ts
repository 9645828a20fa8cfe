import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffTargets, recoverInterrupted, writeTargets } from './write.js';

const scratch = () => mkdtempSync(path.join(tmpdir(), 'codegen-write-'));

describe('write stage', () => {
  it('replaces the target folder but keeps build output and installed modules', async () => {
    const root = scratch();
    mkdirSync(path.join(root, 'out/dist'), { recursive: true });
    writeFileSync(path.join(root, 'out/stale.ts'), 'old');
    writeFileSync(path.join(root, 'out/dist/index.js'), 'built');
    await writeTargets(root, [{ dir: 'out', files: [{ path: 'src/a.ts', content: 'new' }] }]);
    expect(readFileSync(path.join(root, 'out/src/a.ts'), 'utf8')).toBe('new');
    expect(existsSync(path.join(root, 'out/stale.ts'))).toBe(false);
    expect(readFileSync(path.join(root, 'out/dist/index.js'), 'utf8')).toBe('built');
    expect(existsSync(path.join(root, 'out.previous'))).toBe(false);
  });

  it('restores the previous output after a run interrupted mid-swap', async () => {
    const root = scratch();
    // What a run killed between its two renames leaves: the old folder moved aside, the new one staged.
    mkdirSync(path.join(root, 'out.previous'), { recursive: true });
    writeFileSync(path.join(root, 'out.previous/a.ts'), 'previous');
    mkdirSync(path.join(root, 'out.staging'), { recursive: true });
    await recoverInterrupted(root, ['out']);
    expect(readFileSync(path.join(root, 'out/a.ts'), 'utf8')).toBe('previous');
    expect(existsSync(path.join(root, 'out.staging'))).toBe(false);
  });

  it('reports added, changed and removed files, ignoring unmanaged folders', async () => {
    const root = scratch();
    mkdirSync(path.join(root, 'out/node_modules/x'), { recursive: true });
    writeFileSync(path.join(root, 'out/same.ts'), 'same');
    writeFileSync(path.join(root, 'out/edited.ts'), 'by hand');
    writeFileSync(path.join(root, 'out/gone.ts'), 'x');
    writeFileSync(path.join(root, 'out/node_modules/x/i.js'), 'x');
    const drift = await diffTargets(root, [
      {
        dir: 'out',
        files: [
          { path: 'same.ts', content: 'same' },
          { path: 'edited.ts', content: 'generated' },
          { path: 'new.ts', content: 'n' },
        ],
      },
    ]);
    expect(drift).toEqual({ added: ['out/new.ts'], changed: ['out/edited.ts'], removed: ['out/gone.ts'] });
  });

  it('writes and compares files outside the target folders (the manifest)', async () => {
    const root = scratch();
    const manifest = [{ path: 'gen/manifest.json', content: '{"a":1}\n' }];
    expect((await diffTargets(root, [], manifest)).added).toEqual(['gen/manifest.json']);
    await writeTargets(root, [{ dir: 'gen/out', files: [{ path: 'a.ts', content: 'a' }] }], manifest);
    expect(readFileSync(path.join(root, 'gen/manifest.json'), 'utf8')).toBe('{"a":1}\n');
    expect(existsSync(path.join(root, 'gen/manifest.json.staging'))).toBe(false);
    expect(await diffTargets(root, [], [{ path: 'gen/manifest.json', content: '{"a":2}\n' }])).toEqual({
      added: [],
      changed: ['gen/manifest.json'],
      removed: [],
    });
  });
});
