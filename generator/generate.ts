/**
 * The pipeline: config -> for each contract load, validate, IR, model types -> emit every target ->
 * format -> add each package's surface file -> compare (--check) or write atomically.
 */
import path from 'node:path';
import { loadConfig, type CodegenConfig } from './config.js';
import { emitMcp } from './emit/mcp/mcp.js';
import { emitCli } from './emit/cli/cli.js';
import { emitSdk } from './emit/sdk/sdk.js';
import { modelTypes } from './emit/models.js';
import type { ClientModel, EmitContext } from './emit/types.js';
import { buildIR } from './ir/build.js';
import { loadSpec } from './load/load.js';
import { withSurfaces } from './surface/surface.js';
import { loadExtensionSchemas, validateSpec } from './validate/validate.js';
import { ContentCache } from './cache.js';
import { formatFiles } from './write/format.js';
import { diffTargets, writeTargets, type Drift, type TargetOutput } from './write/write.js';

/** Results of the slow pure steps by content hash (see cache.ts); ignored by git, rebuilt by any run. */
const CACHE_DIR = 'node_modules/.cache/codegen';

export interface GenerateOptions {
  config: string;
  cwd: string;
  check: boolean;
}

export interface GenerateResult {
  drift: Drift;
  written: boolean;
  config: CodegenConfig;
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
  const { targets } = ctx.config;
  return [
    { dir: targets.sdk.dir, files: emitSdk(ctx) },
    ...(targets.mcp ? [{ dir: targets.mcp.dir, files: emitMcp(ctx) }] : []),
    ...(targets.cli ? [{ dir: targets.cli.dir, files: emitCli(ctx) }] : []),
  ];
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const config = await loadConfig(options.config, options.cwd);
  const cache = new ContentCache(path.join(options.cwd, CACHE_DIR));
  const clients = await loadClients(config, options.cwd, cache);
  const ctx = { config, clients };
  const emitted = await Promise.all(
    emitTargets(ctx).map(async (t) => ({ dir: t.dir, files: await formatFiles(t.files, cache) })),
  );
  const formatted = await withSurfaces(ctx, emitted, cache);
  const drift = await diffTargets(options.cwd, formatted);
  const dirty = drift.added.length + drift.changed.length + drift.removed.length > 0;
  if (!options.check && dirty) await writeTargets(options.cwd, formatted);
  return { drift, written: !options.check && dirty, config };
}
