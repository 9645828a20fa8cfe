/**
 * The pipeline: config -> for each contract load, validate, IR, model types -> emit every target ->
 * format -> add each package's surface file -> compare (--check) or write atomically.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { extensionsDir, loadConfig, type CodegenConfig } from './config.js';
import { configuredTargets, type TargetDefinition } from './emit/targets.js';
import { modelTypes } from './emit/models.js';
import type { ClientModel, EmitContext } from './emit/types.js';
import { buildIR } from './ir/build.js';
import { loadSpec } from './load/load.js';
import { withSurfaces } from './surface/surface.js';
import { loadExtensionSchemas, validateSpec } from './validate/validate.js';
import { cacheDir, ContentCache } from './cache.js';
import { formatFiles } from './write/format.js';
import { buildOrder } from './write/build-order.js';
import { manifestContent, manifestPath } from './write/manifest.js';
import { diffTargets, writeTargets, type Drift, type RootFile, type TargetOutput } from './write/write.js';
import { workspaceFor, type Workspace } from './write/workspace.js';


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
  /** What the run read besides the generator itself (the replay record's inputs, replay.ts). */
  inputs: string[];
  /** The expected output: every target's files and the generated files beside them. */
  targets: TargetOutput[];
  rootFiles: RootFile[];
}

/** Every package.json workspaceFor may read: from the targets' common parent up to the file system's root. */
function packageFilesAbove(dirs: readonly string[]): string[] {
  const files: string[] = [];
  for (let dir = path.dirname(dirs[0]!); ; dir = path.dirname(dir)) {
    files.push(path.join(dir, 'package.json'));
    if (path.dirname(dir) === dir) return files;
  }
}

/** Contracts loaded, validated and in IR form; their model types on the way (hey-api in a worker thread). */
async function prepareClients(config: CodegenConfig, cwd: string, cache?: ContentCache): Promise<{ clients: ClientModel[]; models: Promise<string[]>; sources: string[] }> {
  const validators = await loadExtensionSchemas(extensionsDir(config, cwd));
  const prepared = await Promise.all(
    config.clients.map(async (client) => {
      const spec = await loadSpec(client.spec, cwd, { refRoots: config.refRoots });
      // Started before validation and the IR: the slowest step runs beside everything else.
      const models = modelTypes(spec, cache);
      models.catch(() => undefined); // awaited below; a failure must not surface as unhandled first
      await validateSpec(spec, validators);
      const ir = buildIR(spec);
      return { model: { name: client.name, className: client.className, ir, modelTypes: '', locate: spec.locate } as ClientModel, models, sources: spec.sources };
    }),
  );
  const models = Promise.all(prepared.map((p) => p.models));
  // Awaited after the first targets are emitted; when emitting fails first, hey-api's own failure is moot.
  models.catch(() => undefined);
  return { clients: prepared.map((p) => p.model), models, sources: prepared.flatMap((p) => p.sources) };
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
  const { clients: early, models, sources } = await prepareClients(config, options.cwd, cache);
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
  const extensions = extensionsDir(config, options.cwd);
  const inputs = [
    ...(typeof options.config === 'string' ? [path.resolve(options.cwd, options.config)] : []),
    ...sources,
    ...(await readdir(extensions)).map((name) => path.join(extensions, name)),
    ...(order.length ? packageFilesAbove(order.map((dir) => path.resolve(options.cwd, dir))) : []),
  ];
  return { drift, written: !options.check && dirty, config, buildOrder: order, workspace, clients, inputs, targets: formatted, rootFiles };
}
