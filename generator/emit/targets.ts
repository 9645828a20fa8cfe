/**
 * The one table of targets. A target is a folder in generator/emit/ and one in templates/, registered
 * here with its emitter and the surface file that states its public face; nothing else in the generator
 * names a target. The table's order is the order targets are emitted and listed; build order comes from
 * the emitted package manifests (write/build-order.ts), not from here.
 */
import type { EmitContext, EmittedFile } from './types.js';
import type { CodegenConfig } from '../config.js';
import { emitSdk } from './sdk/sdk.js';
import { emitMcp } from './mcp/mcp.js';
import { emitCli } from './cli/cli.js';
import { emitPython } from './python/python.js';

export type TargetName = keyof CodegenConfig['targets'];

/** A target's emitted files in, the surface's lines out (undefined: the package has nothing to describe yet). */
export type SurfaceExtractor = (files: readonly EmittedFile[]) => string[] | undefined | Promise<string[] | undefined>;

export interface TargetDefinition {
  emit(ctx: EmitContext): EmittedFile[];
  /** Built from every contract of the config (the SDK), or from the primary one only. */
  allClients: boolean;
  /** Reads the model types (hey-api's); targets that do not are emitted while those are made. */
  models: boolean;
  /**
   * The file naming the package's public surface, and its extractor. Extractors load lazily: they may
   * bring in heavy tools (TypeScript), needed only when a package changed.
   */
  surface: { file: string; title: string; lines: () => Promise<SurfaceExtractor> };
}

export const TARGETS: Record<TargetName, TargetDefinition> = {
  sdk: {
    emit: emitSdk,
    allClients: true,
    models: true,
    surface: {
      file: 'api-surface.md',
      title: 'public API',
      // In hey-api's worker, where TypeScript is loaded already (emit/models.ts).
      lines: async () => (await import('./models.js')).sdkSurfaceInWorker,
    },
  },
  mcp: {
    emit: emitMcp,
    allClients: false,
    models: false,
    surface: {
      file: 'tool-surface.md',
      title: 'tool list',
      lines: async () => (await import('../surface/mcp.js')).mcpSurfaceLines,
    },
  },
  cli: {
    emit: emitCli,
    allClients: false,
    models: false,
    surface: {
      file: 'command-surface.md',
      title: 'command tree',
      lines: async () => (await import('../surface/cli.js')).cliSurfaceLines,
    },
  },
  python: {
    emit: emitPython,
    allClients: true,
    models: false,
    surface: {
      file: 'api-surface.md',
      title: 'public API',
      lines: async () => (await import('../surface/python.js')).pythonSurfaceLines,
    },
  },
};

/** The targets a config asks for, in table order. */
export function configuredTargets(
  config: CodegenConfig,
): { name: TargetName; dir: string; definition: TargetDefinition }[] {
  return (Object.keys(TARGETS) as TargetName[]).flatMap((name) => {
    const target = config.targets[name];
    return target ? [{ name, dir: target.dir, definition: TARGETS[name] }] : [];
  });
}
