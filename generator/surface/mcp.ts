/**
 * The MCP package's tool list as a reviewable file: each tool's name and hints, then one line per input
 * argument with its JSON Schema, from the tool table src/tools.ts is printed from (its `data`, as JSON).
 * Descriptions are left out: they are prose, and the surface is about what a client may send.
 */
import { sortBy } from '../ir/naming.js';
import type { EmittedFile } from '../emit/types.js';
import { printedData } from './data.js';

type Schema = Record<string, unknown>;

/** The schema without `description` at any depth, keys in a fixed order. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value as Schema).filter(([key]) => key !== 'description');
  return Object.fromEntries(sortBy(entries, ([key]) => key).map(([key, v]) => [key, shape(v)]));
}

const HINTS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'];

function toolLines(tool: Schema): string[] {
  const name = String(tool.name);
  const annotations = (tool.annotations ?? {}) as Schema;
  const hints = HINTS.filter((h) => annotations[h] === true).map((h) => h.replace(/Hint$/, ''));
  const input = (tool.inputSchema ?? {}) as Schema;
  const required = new Set((input.required as string[] | undefined) ?? []);
  const properties = sortBy(Object.entries((input.properties ?? {}) as Schema), ([key]) => key);
  return [
    `tool ${name}${hints.length ? ` [${hints.join(', ')}]` : ''}`,
    ...properties.map(
      ([arg, schema]) => `${name}.${arg}${required.has(arg) ? '' : '?'}: ${JSON.stringify(shape(schema))}`,
    ),
    ...(input.additionalProperties === false ? [] : [`${name}.*: additional arguments allowed`]),
  ];
}

/** Lines of `tool-surface.md`, from the `tools` table of src/tools.ts. */
export function mcpSurfaceLines(files: readonly EmittedFile[]): string[] {
  const tools = printedData(files.find((f) => f.path === 'src/tools.ts'), 'the `tools` table of src/tools.ts');
  if (!Array.isArray(tools)) throw new Error('src/tools.ts: `tools` is not an array');
  return sortBy(tools as Schema[], (t) => String(t.name)).flatMap(toolLines);
}
