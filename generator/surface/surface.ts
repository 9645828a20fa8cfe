/**
 * Surface stage (after formatting): each package gets one more generated file that states its public
 * surface (the SDK's API, the CLI's command tree, the MCP tool list), so the drift check keeps it current
 * and a release can diff it between two revisions (scripts/release/surface-diff.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ContentCache } from '../cache.js';
import type { EmitContext } from '../emit/types.js';
import { configuredTargets } from '../emit/targets.js';
import { header } from '../emit/render.js';
import type { TargetOutput } from '../write/write.js';

/** The extractors' own source: a cached surface is stale when they change, not only when a package does. */
const SURFACE_DIR = fileURLToPath(new URL('.', import.meta.url));
const EXTRACTOR_SOURCE = readdirSync(SURFACE_DIR)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
  .sort()
  .map((name) => readFileSync(SURFACE_DIR + name, 'utf8'))
  .join('\0');

/**
 * The first line is the provenance header; the fenced block holds the surface, one entry a line. The
 * fence is longer than any run of backticks in the entries, so no name from the contract can close it.
 */
function surfaceMarkdown(
  sources: Parameters<typeof header>[0],
  title: string,
  packageName: string,
  lines: readonly string[],
): string {
  const fence = '`'.repeat(Math.max(3, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((run) => run.length + 1))));
  return [
    header(sources, '<!--'),
    '',
    `# ${packageName} ${title}`,
    '',
    'Extracted by the generator from the emitted package (generator/surface/), one line per entry, sorted.',
    'A removed or changed line is an incompatible change: `npm run surface:diff` lists them between two revisions.',
    '',
    `${fence}text`,
    ...lines,
    fence,
    '',
  ].join('\n');
}

export async function withSurfaces(ctx: EmitContext, targets: readonly TargetOutput[], cache?: ContentCache): Promise<TargetOutput[]> {
  const configured = configuredTargets(ctx.config);
  return Promise.all(
    targets.map(async (target) => {
      const entry = configured.find((t) => t.dir === target.dir);
      if (!entry) return target;
      const { name, definition } = entry;
      const { surface } = definition;
      const extract = async (): Promise<string> => JSON.stringify((await (await surface.lines())(target.files)) ?? null);
      const inputs = ['surface', name, EXTRACTOR_SOURCE, ...target.files.flatMap((f) => [f.path, f.content])];
      const lines = JSON.parse(cache ? await cache.memo(inputs, extract) : await extract()) as string[] | null;
      if (!lines) return target;
      const sources = (definition.allClients ? ctx.clients : ctx.clients.slice(0, 1)).map((c) => c.ir.source);
      const content = surfaceMarkdown(sources, surface.title, ctx.config.targets[name]!.package, lines);
      return { dir: target.dir, files: [...target.files, { path: surface.file, content }] };
    }),
  );
}
