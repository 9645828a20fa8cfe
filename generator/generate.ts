/**
 * The pipeline: config -> for each contract load, validate, IR, model types -> emit every target ->
 * format -> add each package's surface file -> compare (--check) or write atomically.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig, type CodegenConfig } from './config.js';
import { configuredTargets } from './emit/targets.js';
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

/**
 * Results of the slow pure steps by content hash (see cache.ts); ignored by git, rebuilt by any run.
 * It belongs to the generator's install, not to the project it runs in: keys are contents, so every
 * project (and every test's scratch project) shares it safely.
 */
const CACHE_DIR = fileURLToPath(new URL('../node_modules/.cache/codegen', import.meta.url));

export interface GenerateOptions {
  config: string;
  cwd: string;
  check: boolean;
}

export interface GenerateResult {
  drift: Drift;
  written: boolean;
  config: CodegenConfig;
  /** Target folders in the order their packages must be built (dependencies first). */
  buildOrder: string[];
}

export async function loadClients(config: CodegenConfig, cwd: string, cache?: ContentCache): Promise<ClientModel[]> {
  const validators = await loadExtensionSchemas(path.resolve(cwd, config.extensions));
  return Promise.all(
    config.clients.map(async (client) => {
      const spec = await loadSpec(client.spec, cwd);
      await validateSpec(spec, validators);
      const ir = buildIR(spec);
      return { name: client.name, className: client.className, ir, modelTypes: await modelTypes(spec, cache) };
    }),
  );
}

export function emitTargets(ctx: EmitContext): TargetOutput[] {
  return configuredTargets(ctx.config).map(({ dir, definition }) => ({ dir, files: definition.emit(ctx) }));
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const config = await loadConfig(options.config, options.cwd);
  const cache = new ContentCache(CACHE_DIR);
  const clients = await loadClients(config, options.cwd, cache);
  const ctx = { config, clients };
  const emitted = await Promise.all(
    emitTargets(ctx).map(async (t) => ({ dir: t.dir, files: await formatFiles(t.files, cache) })),
  );
  const formatted = await withSurfaces(ctx, emitted, cache);
  const manifest = [{ path: manifestPath(config), content: manifestContent(config, clients, formatted) }];
  const drift = await diffTargets(options.cwd, formatted, manifest);
  const dirty = drift.added.length + drift.changed.length + drift.removed.length > 0;
  if (!options.check && dirty) await writeTargets(options.cwd, formatted, manifest);
  return { drift, written: !options.check && dirty, config, buildOrder: buildOrder(formatted) };
}
