/**
 * The Python SDK's tests, run by vitest so `npm test` covers them with the shared Prism mocks: the runtime's
 * unit tests where it lives (templates/python/core), the end-to-end suite (tests/python) against the mocks,
 * the files that must not type-check, and the README's Python example.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pyright } from '../scripts/python/check.js';
import { ROOT, runVenv } from '../scripts/python/venv.js';

const PYTHONPATH = path.join(ROOT, 'generated/python');

/** pytest's closing line, e.g. `140 passed in 0.71s`. */
const passed = (output: string): number => Number(/(\d+) passed/.exec(output)?.[1] ?? 0);

function pytest(args: string[], env: Record<string, string> = {}) {
  return runVenv('python', ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', ...args], { env: { ...process.env, PYTHONPATH, ...env } });
}

describe('python', () => {
  it('runtime unit tests pass where the runtime lives (templates/python/core)', () => {
    const result = pytest(['templates/python/core']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(passed(result.stdout)).toBeGreaterThan(100);
  });

  it('end to end against Prism: every operation sync and async, errors, pagination, idempotency, waiters, refresh', () => {
    const result = pytest(['tests/python'], { GPUAAS_MOCK_URL: inject('gpuaasUrl'), KEYCLOAK_MOCK_URL: inject('keycloakUrl') });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/skipped/);
    expect(passed(result.stdout)).toBeGreaterThan(70);
  });

  const mustFail = readdirSync(path.join(ROOT, 'tests/python-must-fail')).filter((f) => f.endsWith('.py')).sort();
  it.each(mustFail.flatMap((file) => [['pyright', file] as const, ['mypy', file] as const]))('%s rejects must-fail/%s', (checker, file) => {
    const target = `tests/python-must-fail/${file}`;
    const expected = /expected error: (.*)$/m.exec(readFileSync(path.join(ROOT, target), 'utf8'));
    expect(expected, `${file} says which error it expects`).not.toBeNull();
    const line = readFileSync(path.join(ROOT, target), 'utf8').split('\n').findIndex((l) => l.includes('expected error')) + 1;
    const result =
      checker === 'pyright'
        ? pyright(['--outputjson', target])
        : runVenv('mypy', ['--strict', '--no-error-summary', '--config-file', 'pyproject.toml', target]);
    expect(result.status, result.stdout + result.stderr).not.toBe(0);
    if (checker === 'pyright') {
      const diagnostics = (JSON.parse(result.stdout) as { generalDiagnostics: { severity: string; range: { start: { line: number } } }[] }).generalDiagnostics;
      expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.range.start.line + 1)).toEqual([line]);
    } else {
      expect(result.stdout.trim().split('\n').filter((l) => l.includes(': error:')).map((l) => Number(l.split(':')[1]))).toEqual([line]);
    }
  });

  it("the README's Python example runs against the mock", () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const block = /<!-- python-example[^>]*-->\s*```python\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block, 'README has a python-example block').toBeDefined();
    const file = path.join(ROOT, '.tmp', 'readme_example.py');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, block!);
    const result = runVenv('python', [file], { env: { ...process.env, PYTHONPATH, GPUAAS_BASE_URL: inject('gpuaasUrl'), GPUAAS_TOKEN: 'test-token' } });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^node_\S+ /m);
    expect(result.stdout).toMatch(/^active$/m);
    expect(result.stdout).toMatch(/^404 not_found corr_\S+$/m);
  });
});
