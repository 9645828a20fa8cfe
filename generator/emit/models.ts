/**
 * Model types come from @hey-api/openapi-ts (its typescript plugin only: the runtime is ours). It writes
 * to a folder, so it runs in a scratch folder and we keep the text. The text depends only on the contract
 * and hey-api's version, so it goes through the content cache, and hey-api (half a second to load) is
 * loaded only when the contract changed.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { ContentCache } from '../cache.js';
import type { EmittedFile } from './types.js';
import { GeneratorError, GeneratorExit, type SourceLocation } from '../errors.js';
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
 * The model types of a contract. hey-api runs in a worker thread (models-worker.mjs), so on a large contract
 * its seconds overlap with everything else the generator does on the main thread.
 */
export function modelTypes(spec: LoadedSpec, cache?: ContentCache): Promise<string> {
  const input = JSON.stringify(modelInput(spec.document));
  const generate = () => inWorker({ input }, '@hey-api/openapi-ts', { file: spec.file }) as Promise<string>;
  return cache ? cache.memo(['hey-api', HEY_API_VERSION, input], generate) : generate();
}

const WORKER = new URL('./models-worker.mjs', import.meta.url);

type Reply = { id: number; result?: unknown; error?: string };
type Pending = { what: string; where: SourceLocation; resolve(result: unknown): void; reject(error: Error): void };

/** The one worker of the process, started by the first step that needs it and let go when none waits. */
let shared: { worker: Worker; pending: Map<number, Pending>; next: number } | undefined;

const LOADER_FLAG = /^(--import|--loader|--experimental-loader|--require|-r)$/;
const LOADER_FLAG_WITH_VALUE = /^--(import|loader|experimental-loader|require)=/;

/**
 * The parent's flags without its module loaders: a worker inherits `--import tsx` otherwise, and tsx would
 * hook (and lex) every module hey-api and TypeScript load, for a plain-JavaScript worker that needs none.
 */
export function withoutLoaders(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    if (LOADER_FLAG.test(execArgv[i]!)) i++;
    else if (!LOADER_FLAG_WITH_VALUE.test(execArgv[i]!)) kept.push(execArgv[i]!);
  }
  return kept;
}

function startWorker(): NonNullable<typeof shared> {
  const worker = new Worker(WORKER, { execArgv: withoutLoaders(process.execArgv) });
  const state = { worker, pending: new Map<number, Pending>(), next: 0 };
  const failAll = (reason: string) => {
    for (const { what, where, reject } of state.pending.values()) reject(new GeneratorError(`${what} ${reason}`, where, GeneratorExit.internal));
    state.pending.clear();
    if (shared === state) shared = undefined;
  };
  worker.on('message', ({ id, result, error }: Reply) => {
    const pending = state.pending.get(id);
    state.pending.delete(id);
    if (result !== undefined) pending?.resolve(result);
    else pending?.reject(new GeneratorError(`${pending.what} failed: ${error ?? 'no reason given'}`, pending.where, GeneratorExit.internal));
    if (state.pending.size === 0) worker.unref();
  });
  worker.once('error', (error) => failAll(`failed: ${error.message}`));
  worker.once('exit', (code) => failAll(`stopped (exit ${code})`));
  return state;
}

/** One request to the worker (models-worker.mjs): `what` names the step in a failure's message. */
function inWorker(request: { input: string } | { surface: readonly EmittedFile[] }, what: string, where: SourceLocation): Promise<unknown> {
  shared ??= startWorker();
  const state = shared;
  const id = state.next++;
  state.worker.ref();
  return new Promise((resolve, reject) => {
    state.pending.set(id, { what, where, resolve, reject });
    state.worker.postMessage({ id, ...request });
  });
}

/**
 * The SDK's surface lines (surface/sdk.ts), extracted in the worker: hey-api has loaded TypeScript there
 * already, where the main thread would load it (through tsx's hooks) a second time.
 */
export const sdkSurfaceInWorker = (files: readonly EmittedFile[]): Promise<string[]> =>
  inWorker({ surface: files.filter((f) => f.path.endsWith('.ts') || f.path === 'package.json').map(({ path, content }) => ({ path, content })) }, 'generator bug: the SDK surface extraction', {}) as Promise<string[]>;
