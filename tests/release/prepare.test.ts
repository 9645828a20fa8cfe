/**
 * release:prepare in a throwaway git repository: a small contract released as v1.0.0, then edited; the
 * command bumps the shared version from the change report, regenerates and writes the changelog.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../../generator/generate.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/release/fixtures');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const CONFIG = 'release.codegen.json';

const git = (cwd: string, ...args: string[]): void => {
  const result = spawnSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', ...args], {
    cwd,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
};

const repos: string[] = [];
afterEach(() => repos.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** base.yaml generated and tagged v1.0.0, then the contract replaced by `fixture`. */
async function releasedRepo(fixture: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-prepare-'));
  repos.push(dir);
  symlinkSync(path.join(ROOT, 'openapi'), path.join(dir, 'openapi'));
  copyFileSync(path.join(FIXTURES, 'base.yaml'), path.join(dir, 'contract.yaml'));
  const config = {
    version: '1.0.0',
    extensions: 'openapi/extensions',
    clients: [{ name: 'mini', spec: 'contract.yaml', className: 'Mini' }],
    targets: {
      sdk: { dir: 'out/sdk', package: '@mini/sdk' },
      mcp: { dir: 'out/mcp', package: '@mini/mcp', serverName: 'mini' },
    },
  };
  writeFileSync(path.join(dir, CONFIG), `${JSON.stringify(config, null, 2)}\n`);
  await generate({ config: CONFIG, cwd: dir, check: false });
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'release 1.0.0');
  git(dir, 'tag', 'v1.0.0');
  copyFileSync(path.join(FIXTURES, `${fixture}.yaml`), path.join(dir, 'contract.yaml'));
  return dir;
}

const prepare = (cwd: string, ...args: string[]) =>
  spawnSync(TSX, [path.join(ROOT, 'scripts/release/prepare.ts'), ...args, '--config', CONFIG, '--date', '2030-01-02'], {
    cwd,
    encoding: 'utf8',
  });
const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');
const version = (dir: string, file: string): string => (JSON.parse(read(dir, file)) as { version: string }).version;

describe('release:prepare', () => {
  it.each([
    {
      name: 'auto after a breaking change: major',
      fixture: 'breaking',
      bump: 'auto',
      status: 0,
      next: '2.0.0',
      heading: '### Breaking',
    },
    {
      name: 'auto after an additive change: minor',
      fixture: 'additive',
      bump: 'auto',
      status: 0,
      next: '1.1.0',
      heading: '### Added',
    },
    {
      name: 'patch refused after a breaking change',
      fixture: 'pagination-removed',
      bump: 'patch',
      status: 1,
      next: '1.0.0',
      heading: undefined,
    },
    {
      name: 'explicit major after an enum narrowing',
      fixture: 'enum-narrowed',
      bump: 'major',
      status: 0,
      next: '2.0.0',
      heading: '### Breaking',
    },
  ])('$name', async ({ fixture, bump, status, next, heading }) => {
    const dir = await releasedRepo(fixture);
    const result = prepare(dir, bump);
    expect(result.status, result.stderr).toBe(status);
    expect(version(dir, CONFIG)).toBe(next);
    if (!heading) return;
    // Regenerated with the new version, and the changelog entry on top.
    expect(version(dir, 'out/sdk/package.json')).toBe(next);
    expect(version(dir, 'out/mcp/package.json')).toBe(next);
    const changelog = read(dir, 'CHANGELOG.md');
    expect(changelog).toMatch(
      new RegExp(
        `^# Changelog\\n[\\s\\S]*\\n## ${next.replace(/\./g, '\\.')} - 2030-01-02\\n\\nCompared with v1\\.0\\.0\\.\\n`,
      ),
    );
    expect(changelog).toContain(heading);
  });

  it('the changelog carries the surface diff too, and a second release goes on top', async () => {
    const dir = await releasedRepo('breaking');
    expect(prepare(dir, 'auto').status).toBe(0);
    const changelog = read(dir, 'CHANGELOG.md');
    expect(changelog).toContain(
      '- contract mini · operation deleteJob: removed (DELETE /jobs/{job_id}, CLI `jobs delete`)',
    );
    expect(changelog).toMatch(/- surface @mini\/sdk · Jobs\.delete: removed `Jobs\.delete\(/);
    expect(changelog).not.toContain('Types.DeleteJobErrors.404');
    expect(changelog).toContain(
      '- surface @mini/mcp · delete_job: removed `tool delete_job [destructive, idempotent, openWorld]`',
    );
    expect(changelog).not.toContain('delete_job.job_id');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'release 2.0.0');
    git(dir, 'tag', 'v2.0.0');
    copyFileSync(path.join(FIXTURES, 'base.yaml'), path.join(dir, 'contract.yaml'));
    expect(prepare(dir, 'auto').status).toBe(0);
    const second = read(dir, 'CHANGELOG.md');
    expect(second.indexOf('## 2.1.0 - 2030-01-02')).toBeLessThan(second.indexOf('## 2.0.0 - 2030-01-02'));
  });
});
