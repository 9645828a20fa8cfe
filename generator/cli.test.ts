/**
 * The generator as maintainers run it: bad input gives one located line, a documented exit code, no
 * stack trace, and leaves the previous output byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const MINI = readFileSync(path.join(ROOT, 'generator/fixtures/mini.yaml'), 'utf8');

function runGenerator(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', path.join(ROOT, 'node_modules/tsx/dist/loader.mjs'), path.join(ROOT, 'generator/cli.ts'), '--no-build', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch project: the mini contract (edited), a config, and a previous output to protect. */
function scratch(spec: string | null, configPatch: Record<string, unknown> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'codegen-cli-'));
  cpSync(path.join(ROOT, 'openapi/extensions'), path.join(dir, 'openapi/extensions'), { recursive: true });
  if (spec !== null) writeFileSync(path.join(dir, 'api.yaml'), spec);
  const config = {
    version: '1.0.0',
    extensions: 'openapi/extensions',
    clients: [{ name: 'mini', spec: 'api.yaml', className: 'Mini' }],
    targets: { sdk: { dir: 'out/sdk', package: '@mini/sdk' } },
    ...configPatch,
  };
  writeFileSync(path.join(dir, 'codegen.json'), JSON.stringify(config));
  cpSync(path.join(ROOT, 'generator/fixtures/mini.yaml'), path.join(dir, 'out/sdk/previous.txt'));
  return dir;
}

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(path.join(dir, 'out'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => [path.join(e.parentPath, e.name), readFileSync(path.join(e.parentPath, e.name), 'utf8')]));

describe.concurrent('generator bad input', () => {
  it.each([
    ['missing spec file', null, 3, /^generate: api\.yaml: file not found$/],
    ['YAML syntax error', MINI.replace('  title: Mini jobs API', '  title: [unclosed'), 3, /^generate: api\.yaml:\d+:\d+: syntax error: /],
    ['broken $ref', MINI.replace("$ref: '#/components/schemas/Job' }", "$ref: '#/components/schemas/Nope' }"), 3, /^generate: api\.yaml:\d+:\d+ #\/paths\/.+\/\$ref: broken \$ref "#\/components\/schemas\/Nope"/],
    ['extension of the wrong shape', MINI.replace('defaultPageSize: 20', 'defaultPageSize: "twenty"'), 3, /^generate: api\.yaml:\d+:\d+ #\/paths\/~1jobs\/get\/x-codegen-pagination\/defaultPageSize: x-codegen-pagination \/defaultPageSize must be integer$/],
    ['unknown extension', MINI.replace('x-codegen-cli: { command: jobs create }', 'x-codegen-cli: { command: jobs create }\n      x-codegen-retries: 3'), 3, /unknown extension x-codegen-retries/],
    ['Swagger of another version', 'swagger: "1.2"\ninfo: {title: a, version: "1"}\npaths: {}\n', 3, /^generate: api\.yaml:1:\d+ #\/swagger: unsupported "swagger" version "1\.2": expected 2\.0$/],
    ['invalid OpenAPI', MINI.replace("'204': { description: Deleted }", "'204': { descriptio: Deleted }"), 3, /not a valid OpenAPI 3\.1\.0 document: .*description/],
    ['wait link to a missing waiter', MINI.replace('waiter: done', 'waiter: finished'), 3, /x-codegen-wait names waiter "finished", which getJob does not define/],
  ])('%s', (_name, spec, exitCode, message) => {
    const dir = scratch(spec);
    const before = snapshot(dir);
    const { status, stderr } = runGenerator(dir, '--config', 'codegen.json');
    expect(status).toBe(exitCode);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr.trim()).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(dir)).toEqual(before);
  });

  it.each([
    ['unknown flag', ['--frobnicate'], 2, /Unknown option '--frobnicate'/],
    ['missing config', ['--config', 'nope.json'], 2, /nope\.json: config file not found/],
    ['no config to default to', [], 2, /no \*\.codegen\.json in the working directory/],
  ])('usage: %s', (_name, args, exitCode, message) => {
    const dir = scratch(MINI);
    const { status, stderr } = runGenerator(dir, ...args);
    expect(status).toBe(exitCode);
    expect(stderr).toMatch(message);
  });

  it('generates, then --check finds no drift, then finds an edited file', () => {
    const dir = scratch(MINI);
    expect(runGenerator(dir, '--config', 'codegen.json').status).toBe(0);
    expect(readdirSync(path.join(dir, 'out/sdk'))).not.toContain('previous.txt');
    const clean = runGenerator(dir, '--config', 'codegen.json', '--check');
    expect(clean.status, clean.stderr).toBe(0);
    writeFileSync(path.join(dir, 'out/sdk/src/mini/client.ts'), '// edited by hand\n');
    const drift = runGenerator(dir, '--config', 'codegen.json', '--check');
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain('changed  out/sdk/src/mini/client.ts');
    expect(readFileSync(path.join(dir, 'out/sdk/src/mini/client.ts'), 'utf8')).toBe('// edited by hand\n');
  });

  it('--spec and --out need no config, take an absolute folder outside any npm project, and make it a workspace there', () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'codegen-nocfg-'));
    const out = mkdtempSync(path.join(tmpdir(), 'codegen-out-'));
    writeFileSync(path.join(cwd, 'acme api.yaml'), readFileSync(path.join(ROOT, 'generator/fixtures/generality.yaml'), 'utf8'));
    const run = runGenerator(cwd, '--spec', 'acme api.yaml', '--out', out, '--explain');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/acme api\.yaml: \d+ inference\(s\)/);
    expect(readdirSync(out).sort()).toEqual(['cli', 'manifest.json', 'mcp', 'package.json', 'sdk']);
    const root = JSON.parse(readFileSync(path.join(out, 'package.json'), 'utf8')) as { workspaces: string[]; scripts: { build: string } };
    expect(root.workspaces).toEqual(['sdk', 'mcp', 'cli']);
    expect(root.scripts.build).toBe('npm run build --if-present -w sdk -w mcp -w cli');
    expect(JSON.parse(readFileSync(path.join(out, 'cli/package.json'), 'utf8'))).toMatchObject({ name: 'acme-api-cli', bin: { 'acme-api': './bin/acme-api.js' } });
    expect(runGenerator(cwd, '--spec', 'acme api.yaml', '--out', out, '--check').status).toBe(0);
    expect(runGenerator(cwd, '--spec', 'acme api.yaml', '--out', out, '--name', 'Bad Name').status).toBe(2);
    expect(runGenerator(cwd, '--spec', 'acme api.yaml').stderr).toMatch(/--spec FILE and --out DIR go together/);
  });
});
