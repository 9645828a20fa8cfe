/**
 * Model types come from @hey-api/openapi-ts (its typescript plugin only: the runtime is ours). It writes
 * to a folder, so it runs in a scratch folder and we keep the text. The text depends only on the contract
 * and hey-api's version, so it goes through the content cache, and hey-api (half a second to load) is
 * loaded only when the contract changed.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ContentCache } from '../cache.js';
import { GeneratorError, GeneratorExit } from '../errors.js';
import { resolvePointer, type LoadedSpec } from '../load/load.js';
import { setOwn } from '../ir/schema.js';

const HEY_API_VERSION = (createRequire(import.meta.url)('@hey-api/openapi-ts/package.json') as { version: string }).version;

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Component sections hey-api is given as they are (it names types after them); references to others are inlined. */
const KEPT_SECTIONS = ['schemas', 'parameters', 'requestBodies', 'securitySchemes'];
const KEPT_REF = /^#\/components\/(schemas|parameters|requestBodies)\/[^/]+$/;
/** Values, not models: hey-api's typescript plugin reads none of them. */
const EXAMPLES = new Set(['example', 'examples']);

/**
 * What hey-api is given: the contract with every reference that does not name a component schema, parameter
 * or request body inlined (responses, headers, pointers into `paths`), the other component sections and all
 * examples dropped. The types the SDK uses come out the same; hey-api 0.95 fails on references into `paths`
 * and on components.responses without content, and reads far less (examples are most of some contracts).
 */
export function modelInput(document: Obj): Obj {
  const visit = (node: unknown, refs: readonly string[], parentKey?: string): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, refs));
    if (!isObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith('#') && !KEPT_REF.test(ref)) {
      if (refs.includes(ref)) return {};
      const { $ref: _ref, ...siblings } = node;
      const target = visit(resolvePointer(document, ref), [...refs, ref]);
      return { ...(isObject(target) ? target : {}), ...(visit(siblings, refs) as Obj) };
    }
    const out: Obj = {};
    for (const [key, value] of Object.entries(node)) {
      // A property may be named `example`: only the keyword goes.
      if (EXAMPLES.has(key) && parentKey !== 'properties') continue;
      setOwn(out, key, visit(value, refs, key));
    }
    return out;
  };
  const { components, ...rest } = document;
  const kept = Object.fromEntries(KEPT_SECTIONS.flatMap((section) => (isObject(components) && isObject(components[section]) ? [[section, visit(components[section], [])]] : [])));
  return { ...(visit(rest, []) as Obj), ...(Object.keys(kept).length ? { components: kept } : {}) };
}

/**
 * The model types of a contract. hey-api runs in a worker thread (models-worker.ts), so on a large contract
 * its seconds overlap with everything else the generator does on the main thread.
 */
export function modelTypes(spec: LoadedSpec, cache?: ContentCache): Promise<string> {
  const input = JSON.stringify(modelInput(spec.document));
  const generate = () => inWorker(spec, input);
  return cache ? cache.memo(['hey-api', HEY_API_VERSION, input], generate) : generate();
}

const WORKER = new URL('./models-worker.mjs', import.meta.url);

function inWorker(spec: LoadedSpec, input: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: input });
    worker.once('message', (message: { types?: string; error?: string }) => {
      if (message.types !== undefined) resolve(message.types);
      else reject(new GeneratorError(`@hey-api/openapi-ts failed: ${message.error ?? 'no reason given'}`, { file: spec.file }, GeneratorExit.internal));
    });
    worker.once('error', (error) => reject(new GeneratorError(`@hey-api/openapi-ts failed: ${error.message}`, { file: spec.file }, GeneratorExit.internal)));
    worker.once('exit', (code) => code !== 0 && reject(new GeneratorError(`@hey-api/openapi-ts stopped (exit ${code})`, { file: spec.file }, GeneratorExit.internal)));
  });
}

/** hey-api's typescript plugin on one contract (the JSON of modelInput), its types.gen.ts without its banner. */
export async function heyApiTypes(input: string): Promise<string> {
  const { createClient } = await import('@hey-api/openapi-ts');
  const scratch = await mkdtemp(path.join(tmpdir(), 'codegen-models-'));
  // hey-api reads a config file from the working directory through jiti, which makes a cache folder in
  // TMPDIR: the project's own openapi-ts.config is not ours to run, and nothing may be left behind.
  process.env.JITI_FS_CACHE = 'false';
  try {
    await createClient({
      configFile: path.join(scratch, 'none.config.json'),
      input: JSON.parse(input) as never,
      output: { path: scratch, postProcess: [] } as never,
      plugins: ['@hey-api/typescript'],
      // No error log files in the working directory: failures are reported as GeneratorErrors.
      logs: { level: 'silent', file: false },
    } as never);
    const text = await readFile(path.join(scratch, 'types.gen.ts'), 'utf8');
    // hey-api's own banner is replaced by ours (the caller adds it).
    return text.replace(/^\/\/ This file is auto-generated by @hey-api\/openapi-ts\s*\n/, '');
  } catch (err) {
    // hey-api wraps its failure in a JobError whose own message is empty.
    const cause = (err as { originalError?: { error?: unknown } }).originalError?.error ?? err;
    throw new Error((cause as Error).message ?? String(cause));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
