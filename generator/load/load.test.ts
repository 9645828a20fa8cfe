/**
 * A JSON contract parses natively and builds its YAML tree with positions only when a message needs a
 * line: on a 13 MB contract that tree costs seconds and hundreds of MiB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GeneratorError } from '../errors.js';
import { loadSpec } from './load.js';

vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return { ...yaml, parseDocument: vi.fn(yaml.parseDocument) };
});

const dir = mkdtempSync(path.join(tmpdir(), 'load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const contract = (paths: Record<string, unknown>) => JSON.stringify({ openapi: '3.1.0', info: { title: 't', version: '1' }, paths });
const get = { get: { operationId: 'op', responses: { '200': { description: 'ok' } } } };

describe('loading a JSON contract', () => {
  beforeEach(() => {
    vi.mocked(parseDocument).mockClear();
  });

  it.each([
    ['one path', { '/jobs/{id}': get }],
    // GitHub's shape: one path's methods split across keys with other template names, which is kept.
    ['methods split over template names', { '/jobs/{id}': get, '/jobs/{job_id}': { delete: { operationId: 'del', responses: { '204': { description: 'gone' } } } } }],
  ])('%s: never parses positions', async (_name, paths) => {
    writeFileSync(path.join(dir, 'ok.json'), contract(paths));
    await loadSpec('ok.json', dir);
    expect(parseDocument).not.toHaveBeenCalled();
  });

  it('parses positions for a located message, and points at the line', async () => {
    const text = contract({ '/jobs/{id}': get, jobs: get }).replace(/,"/g, ',\n"');
    writeFileSync(path.join(dir, 'bad.json'), text);
    const error = await loadSpec('bad.json', dir).then(() => undefined, (e: GeneratorError) => e);
    expect(error?.message).toBe('path "jobs" does not start with /');
    expect(error?.location).toMatchObject({ file: 'bad.json', line: text.split('\n').findIndex((l) => l.startsWith('"jobs"')) + 1 });
    expect(parseDocument).toHaveBeenCalledTimes(1);
  });
});
