/**
 * The two sides of a contract diff. A side is a file (`openapi/gpuaas.yaml`) or a file at a git revision
 * (`git:v0.1.0:openapi/gpuaas.yaml`); either way it goes through the generator's own load -> validate ->
 * buildIR, with the extension schemas of the same tree, so both sides are compared as the generator
 * sees them.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_EXTENSIONS } from '../../../generator/config.js';
import { GeneratorError } from '../../../generator/errors.js';
import { buildIR } from '../../../generator/ir/build.js';
import type { ContractIR } from '../../../generator/ir/types.js';
import { loadSpec } from '../../../generator/load/load.js';
import { loadExtensionSchemas, validateSpec } from '../../../generator/validate/validate.js';
import type { RevisionTrees } from './git.js';

const GIT_SOURCE = /^git:([^:]+):(.+)$/;

export interface Side {
  /** As given on the command line: shown in the report. */
  label: string;
  ir: ContractIR;
}

export const gitSource = (rev: string, file: string): string => `git:${rev}:${file}`;

/** Load a side. `extensions` is the config's extension-schema folder, relative to the tree's root (default: the generator's). */
export async function loadSide(
  source: string,
  options: { cwd: string; extensions?: string; trees: RevisionTrees },
): Promise<Side> {
  const match = GIT_SOURCE.exec(source);
  const root = match ? options.trees.tree(match[1]!) : options.cwd;
  const file = match ? match[2]! : source;
  // A revision older than the extension schemas is read with today's.
  const own = options.extensions === undefined ? undefined : path.resolve(root, options.extensions);
  const extensions = own === undefined ? DEFAULT_EXTENSIONS : existsSync(own) ? own : path.resolve(options.cwd, options.extensions!);
  try {
    const spec = await loadSpec(file, root);
    await validateSpec(spec, await loadExtensionSchemas(extensions));
    return { label: source, ir: buildIR(spec) };
  } catch (err) {
    // Say which side is broken: both may name the same file.
    if (err instanceof GeneratorError)
      throw new GeneratorError(`(${source}) ${err.message}`, err.location, err.exitCode);
    throw err;
  }
}
