/**
 * The Python emitter on contracts other than gpuaas.yaml: the hostile fixture (names and descriptions made
 * to break out of strings, comments and identifiers) and the generality fixture (every body encoding and
 * pagination kind) must give a package that imports, runs nothing it was fed, and type-checks strict.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { loadClients } from '../../generate.js';
import { pyArgumentNames, pyDocText, pyFieldName, pyIdentifier, pySdkLocation, pyTypeName } from '../../ir/naming.js';
import { runVenv } from '../../../scripts/python/venv.js';
import { pyright } from '../../../scripts/python/check.js';
import { emitPython } from './python.js';
import { pyDocstring, pyLiteral } from './models.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const scratch = process.env.PYTHON_EMIT_KEEP ?? mkdtempSync(path.join(os.tmpdir(), 'python-emit-'));
afterAll(() => void (process.env.PYTHON_EMIT_KEEP || rmSync(scratch, { recursive: true, force: true })));

async function emitFixture(name: string): Promise<string> {
  const config = await loadConfig(`generator/fixtures/${name}.codegen.json`, ROOT);
  config.targets.python = { dir: path.join(scratch, name), package: `${name}_sdk` };
  const files = emitPython({ config, clients: await loadClients(config, ROOT) });
  expect(files.map((f) => f.path)).toContain(`${name}_sdk/_client.py`);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(scratch, name, file.path)), { recursive: true });
    writeFileSync(path.join(scratch, name, file.path), file.content);
  }
  return path.join(scratch, name);
}

describe('python emitter', () => {
  it.each(['hostile', 'generality'])('%s fixture: imports, runs nothing it was fed, pyright strict clean', async (name) => {
    const dir = await emitFixture(name);
    const imported = runVenv('python', ['-c', `import ${name}_sdk, ${name}_sdk.types as t; print(len(t.__all__))`], { env: { ...process.env, PYTHONPATH: dir } });
    expect(imported.stderr).toBe('');
    expect(Number(imported.stdout.trim())).toBeGreaterThan(0);
    writeFileSync(path.join(dir, 'pyrightconfig.json'), JSON.stringify({ typeCheckingMode: 'strict', pythonVersion: '3.9', venvPath: ROOT, venv: '.venv', include: [`${name}_sdk`] }));
    const checked = pyright(['--outputjson', '-p', path.join(dir, 'pyrightconfig.json')]);
    const report = JSON.parse(checked.stdout) as { summary: { errorCount: number }; generalDiagnostics: { message: string; file: string }[] };
    expect(report.generalDiagnostics.filter((d) => d.message).slice(0, 5)).toEqual([]);
    expect(report.summary.errorCount).toBe(0);
  });
});

describe('python naming', () => {
  it.each([
    ['pageSize', 'page_size'],
    ['class', 'class_'],
    ['from', 'from_'],
    ['2fa', '_2fa'],
    ['type', 'type_'],
    ['list', 'list'],
    ['X-Request-ID', 'x_request_id'],
    ['', 'value'],
  ])('identifier %j -> %j', (input, output) => expect(pyIdentifier(input)).toBe(output));

  it.each([
    ['json', 'json_'],
    ['model_config', 'model_config_'],
    ['str', 'str_'],
    ['name', 'name'],
  ])('model field %j -> %j', (input, output) => expect(pyFieldName(input)).toBe(output));

  it.each([
    ['shared runtimes attachments', 'SharedRuntimesAttachments'],
    ['None', 'None_'],
    ['3d', '_3d'],
  ])('type %j -> %j', (input, output) => expect(pyTypeName(input)).toBe(output));

  it('SDK locations are snake_case and never shadow the runtime', () => {
    expect(pySdkLocation({ resource: ['shared-runtimes', 'worker-operations'], method: 'create-token' })).toEqual({ resource: ['shared_runtimes', 'worker_operations'], method: 'create_token' });
    expect(pySdkLocation({ resource: ['with-raw-response'], method: 'with-options' })).toEqual({ resource: ['with_raw_response_'], method: 'with_options_' });
    expect(pySdkLocation({ resource: ['2fa'], method: '3d' })).toEqual({ resource: ['x_2fa'], method: 'x_3d' });
  });

  it('argument names collide into location prefixes, then numbers', () => {
    const inputs = [
      { name: 'project_id', location: 'path' },
      { name: 'project_id', location: 'body' },
      { name: 'timeout', location: 'query' },
      { name: 'projectId', location: 'query' },
    ];
    expect(pyArgumentNames(inputs, new Set(['timeout', 'project_id']))).toEqual(['path_project_id', 'body_project_id', 'query_timeout', 'query_project_id']);
  });

  it.each([
    ['ends """; import os #', 'ends \\"\\"\\"; import os #'],
    ['back\\slash', 'back\\\\slash'],
    ['quote at the end"', 'quote at the end\\"'],
  ])('docstring text %j is inert', (input, output) => expect(pyDocText(input)).toBe(output));

  it('docstrings and literals', () => {
    expect(pyDocstring('one\n\ntwo', '    ')).toBe('    """one\n\n    two\n    """');
    expect(pyLiteral({ a: [true, null, 1.5, 'x"\n'] })).toBe('{"a": [True, None, 1.5, "x\\"\\n"]}');
  });
});
