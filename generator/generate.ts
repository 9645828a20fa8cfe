/**
 * The pipeline: config -> for each contract load, validate, IR, model types -> emit every target ->
 * format -> add each package's surface file -> compare (--check) or write atomically.
 */
import { fileURLToPath } from 'node:url';
import { extensionsDir, loadConfig, type CodegenConfig } from './config.js';
import { configuredTargets, type TargetDefinition } from './emit/targets.js';
import { modelTypes } from './emit/models.js';
import type { ClientModel, EmitContext } from './emit/types.js';
import { buildIR } from './ir/build.js';
import { loadSpec } from './load/load.js';
import { withSurfaces } from './surface/surface.js';
import { loadExtensionSchemas, validateSpec } from './validate/validate.js';
import { ContentCache } from './cache.js';
import { formatFiles } from './write/format.js';
import { buildOrder } from './write/build-order.js';
import { manifestContent, manifestPath } from './write/manifest.js';
import { diffTargets, writeTargets, type Drift, type TargetOutput } from './write/write.js';
import { workspaceFor, type Workspace } from './write/workspace.js';

/**
 * Results of the slow pure steps by content hash (see cache.ts); ignored by git, rebuilt by any run.
 * It belongs to the generator's install, not to the project it runs in: keys are contents, so every
 * project (and every test's scratch project) shares it safely.
 */
const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/codegen', import.meta.url));
/** CODEGEN_CACHE=off: compute every step (what `npm run corpus` measures). */
const cacheDir = (): string | undefined => (process.env.CODEGEN_CACHE === 'off' ? undefined : CACHE_DIR);

export interface GenerateOptions {
  /** A config file, or a config made up by the caller (`--spec FILE --out DIR`). */
  config: string | CodegenConfig;
  cwd: string;
  check: boolean;
}

export interface GenerateResult {
  drift: Drift;
  written: boolean;
  config: CodegenConfig;
  /** Target folders in the order their packages must be built (dependencies first). */
  buildOrder: string[];
  /** Where npm installs and builds them. */
  workspace: Workspace;
  clients: ClientModel[];
}

/** Contracts loaded, validated and in IR form; their model types on the way (hey-api in a worker thread). */
async function prepareClients(config: CodegenConfig, cwd: string, cache?: ContentCache): Promise<{ clients: ClientModel[]; models: Promise<string[]> }> {
  const validators = await loadExtensionSchemas(extensionsDir(config, cwd));
  const prepared = await Promise.all(
    config.clients.map(async (client) => {
      const spec = await loadSpec(client.spec, cwd, { refRoots: config.refRoots });
      // Started before validation and the IR: the slowest step runs beside everything else.
      const models = modelTypes(spec, cache);
      models.catch(() => undefined); // awaited below; a failure must not surface as unhandled first
      await validateSpec(spec, validators);
      const ir = buildIR(spec);
      return { model: { name: client.name, className: client.className, ir, modelTypes: '', locate: spec.locate } as ClientModel, models };
    }),
  );
  const models = Promise.all(prepared.map((p) => p.models));
  // Awaited after the first targets are emitted; when emitting fails first, hey-api's own failure is moot.
  models.catch(() => undefined);
  return { clients: prepared.map((p) => p.model), models };
}

export async function loadClients(config: CodegenConfig, cwd: string, cache?: ContentCache): Promise<ClientModel[]> {
  const { clients, models } = await prepareClients(config, cwd, cache);
  return (await models).map((modelTypes, i) => ({ ...clients[i]!, modelTypes }));
}

export function emitTargets(ctx: EmitContext, which: (definition: TargetDefinition) => boolean = () => true): TargetOutput[] {
  return configuredTargets(ctx.config)
    .filter(({ definition }) => which(definition))
    .map(({ dir, definition }) => ({ dir, files: definition.emit(ctx) }));
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const config = typeof options.config === 'string' ? await loadConfig(options.config, options.cwd) : options.config;
  const cache = new ContentCache(cacheDir());
  const { clients: early, models } = await prepareClients(config, options.cwd, cache);
  const format = (outputs: TargetOutput[]) => Promise.all(outputs.map(async (t) => ({ dir: t.dir, files: await formatFiles(t.files, cache) })));
  // The targets that read no model types are emitted, formatted and described while hey-api works.
  const first = await withSurfaces({ config, clients: early }, await format(emitTargets({ config, clients: early }, (d) => !d.models)), cache);
  const clients = (await models).map((modelTypes, i) => ({ ...early[i]!, modelTypes }));
  const ctx = { config, clients };
  const second = await withSurfaces(ctx, await format(emitTargets(ctx, (d) => d.models)), cache);
  const formatted = configuredTargets(config).map(({ dir }) => [...first, ...second].find((t) => t.dir === dir)!);
  const order = buildOrder(formatted);
  const workspace = workspaceFor(config, options.cwd, order);
  const rootFiles = [{ path: manifestPath(config), content: manifestContent(config, clients, formatted) }, ...(workspace.generated ? [workspace.generated] : [])];
  const drift = await diffTargets(options.cwd, formatted, rootFiles);
  const dirty = drift.added.length + drift.changed.length + drift.removed.length > 0;
  if (!options.check && dirty) await writeTargets(options.cwd, formatted, rootFiles);
  return { drift, written: !options.check && dirty, config, buildOrder: order, workspace, clients };
}
