/** `schema [resource]`: a contract schema, self-contained; without a name, the names. */
import { UsageError, closest, loadFormat, render, resolveFormat } from '../core/index.js';
import { globalOptions } from '../run/global.js';
import type { CommandSpec, ParsedArgs, RunContext } from '../run/types.js';

/** Case, spaces, `-` and `_` do not matter: `worker-operations`, `WorkerOperations`, `worker_operations`. */
const loose = (name: string): string => name.toLowerCase().replace(/[-_\s]/g, '');

type Schema = Record<string, unknown>;
const COMPONENT_REF = /^#\/components\/schemas\/([^/]+)$/;
const refTarget = (ref: unknown): string | undefined => {
  const match = typeof ref === 'string' ? COMPONENT_REF.exec(ref) : null;
  if (!match?.[1]) return undefined;
  let name = match[1];
  try {
    name = decodeURIComponent(name);
  } catch {
    // not percent-encoded
  }
  return name.replace(/~1/g, '/').replace(/~0/g, '~');
};

/**
 * A schema made self-contained: the components it uses (directly or not) go into `$defs`, and its references
 * point there. Linear in what it uses, where inlining each use would grow with every level of sharing.
 */
export function selfContained(name: string, schemas: Readonly<Record<string, Schema>>): Schema {
  const defs: Record<string, unknown> = {};
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (typeof node !== 'object' || node === null) return node;
    const out: Schema = {};
    for (const [key, value] of Object.entries(node)) {
      const target = key === '$ref' ? refTarget(value) : undefined;
      if (target === undefined) {
        // defineProperty: a property may be named __proto__.
        Object.defineProperty(out, key, { value: rewrite(value), enumerable: true, writable: true, configurable: true });
        continue;
      }
      // A reference back to the schema itself points at the root.
      out.$ref = target === name ? '#' : `#/$defs/${encodeURIComponent(target.replace(/~/g, '~0').replace(/\//g, '~1'))}`;
      if (!(target in defs) && target !== name) {
        defs[target] = {};
        defs[target] = rewrite(schemas[target] ?? {});
      }
    }
    return out;
  };
  const root = rewrite(schemas[name] ?? {}) as Schema;
  return { title: name, ...root, ...(Object.keys(defs).length ? { $defs: defs } : {}) };
}

export async function run(_spec: CommandSpec, args: ParsedArgs, ctx: RunContext): Promise<void> {
  const global = globalOptions(args);
  // A schema is a document, not rows: JSON unless YAML is asked for.
  const format = global.output === undefined ? 'json' : resolveFormat(global.output, ctx.tty.stdout);
  if (format !== 'json' && format !== 'yaml') throw new UsageError(`schema prints json or yaml, not ${format}`);
  await loadFormat(format);
  const { schemas, resources } = await ctx.loadSchemas();
  const names = Object.keys(schemas);
  const wanted = args.resource === undefined ? undefined : String(args.resource);
  if (wanted === undefined) {
    ctx.stdout.write(global.output === undefined ? `${names.join('\n')}\n` : render(names, { format }));
    return;
  }
  // The schema's own name, else the name the commands use for what they read (`allocations`).
  const byCommand = Object.entries(resources).find(([noun]) => loose(noun) === loose(wanted))?.[1];
  const name =
    names.find((n) => n === wanted) ??
    names.find((n) => loose(n) === loose(wanted)) ??
    (byCommand && names.find((n) => n === byCommand));
  if (name === undefined) {
    const near = closest(wanted, [...names, ...Object.keys(resources)]);
    const suggestion = near === undefined ? undefined : (resources[near] ?? near);
    throw new UsageError(
      `unknown resource "${wanted}"${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
      `known resources: ${names.join(', ')}`,
    );
  }
  ctx.stdout.write(render(selfContained(name, schemas), { format }));
}
