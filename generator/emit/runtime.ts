/**
 * Runtime files are real TypeScript under templates/<target>/core, type-checked and tested in place;
 * targets copy them verbatim (tests excluded) behind a one-line provenance header.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES_DIR } from './render.js';
import type { EmittedFile } from './types.js';

export function copyRuntime(from: string, to: string): EmittedFile[] {
  const dir = path.join(TEMPLATES_DIR, from);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .sort()
    .map((name) => ({
      path: `${to}/${name}`,
      verbatim: true,
      content: `// Copied verbatim from templates/${from}/${name}. DO NOT EDIT: change the template and regenerate.\n${readFileSync(path.join(dir, name), 'utf8')}`,
    }));
}

/** Names a module exports by declaration (`export class X`, `export type X`, `export { X }`). */
export function exportedNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/^export\s+(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:class|interface|type|function\*?|const|let|enum)\s+([A-Za-z_$][\w$]*)/gm)) names.add(m[1]!);
  for (const m of source.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const part of m[1]!.split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop()?.replace(/^type\s+/, '').trim();
      if (name) names.add(name);
    }
  }
  return names;
}
