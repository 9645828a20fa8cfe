/**
 * The Python package's public API, one line per class and per public method or attribute, read back from
 * the emitted (ruff-formatted) modules: `Nodes.list(self, *, status: ..., ...) -> SyncPage[Node]`. Private
 * modules count only for what the package root re-exports from them; names starting with `_` are left out.
 */
import { sortBy } from '../ir/naming.js';
import type { EmittedFile } from '../emit/types.js';

/** Every top-level class with its public `def`s, and every model field, of one module. */
function moduleLines(source: string): string[] {
  const lines = source.split('\n');
  const out: string[] = [];
  let klass: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const classMatch = /^class (\w+)(\((.*)\))?:/.exec(line);
    if (classMatch) {
      klass = classMatch[1]!;
      if (!klass.startsWith('_')) out.push(`class ${klass}${classMatch[2] ?? ''}`);
      continue;
    }
    if (/^\S/.test(line) && !/^[#@)]/.test(line)) klass = undefined;
    const def = /^(\s*)(async )?def (\w+)\(/.exec(line);
    if (def) {
      // The signature runs to the line that ends it with `:` at depth 0.
      let signature = line.trim();
      let depth = [...signature].reduce((d, c) => d + (c === '(' || c === '[' ? 1 : c === ')' || c === ']' ? -1 : 0), 0);
      while (depth > 0 && i + 1 < lines.length) {
        const more = lines[++i]!.trim();
        signature += more.startsWith(')') || signature.endsWith('(') || signature.endsWith('[') ? more : ` ${more}`;
        depth += [...more].reduce((d, c) => d + (c === '(' || c === '[' ? 1 : c === ')' || c === ']' ? -1 : 0), 0);
      }
      const name = def[3]!;
      const owner = def[1] === '    ' ? klass : undefined;
      // Nested functions (deeper than a method) are implementation, not surface.
      if ((name.startsWith('_') && name !== '__init__') || owner?.startsWith('_') || (def[1] && !owner)) continue;
      const text = signature.replace(/,\s*\)/g, ')').replace(/:$/, '').replace(/^(async )?def /, '$1');
      out.push(owner ? `${owner}.${text}` : text);
      continue;
    }
    const field = /^ {4}(\w+): (.+?)(?: = .*)?$/.exec(line);
    if (field && klass && !klass.startsWith('_') && !field[1]!.startsWith('_')) out.push(`${klass}.${field[1]}: ${field[2]}`);
    const alias = /^(\w+) = ((?:Literal|Optional|Union|List|Dict|str|int|float|bool)\b.*)$/.exec(line);
    if (alias && !alias[1]!.startsWith('_')) out.push(`type ${alias[1]} = ${alias[2]}`);
  }
  return out;
}

/** The names a package's root `__init__.py` lists in `__all__`. */
function rootExports(files: readonly EmittedFile[]): Set<string> {
  const init = files.find((f) => /^[^/]+\/__init__\.py$/.test(f.path));
  const list = /__all__ = \[([\s\S]*?)\]/.exec(init?.content ?? '')?.[1] ?? '';
  return new Set([...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]!));
}

export function pythonSurfaceLines(files: readonly EmittedFile[]): string[] | undefined {
  const modules = files.filter((f) => f.path.endsWith('.py'));
  if (!modules.length) return undefined;
  const exported = rootExports(files);
  const lines = new Set<string>();
  for (const file of modules) {
    const module = file.path.replace(/\.py$/, '').replace(/\/__init__$/, '').replace(/\//g, '.');
    const isPrivate = module.split('.').some((part) => part.startsWith('_'));
    for (const line of moduleLines(file.content)) {
      // A private module counts for what the package root re-exports from it (the clients, errors, pages).
      const name = /^(?:class |type |async )?(\w+)/.exec(line)?.[1] ?? '';
      if (!isPrivate || exported.has(name)) lines.add(`${module}: ${line}`);
    }
  }
  return sortBy([...lines], (l) => l);
}
