/**
 * Formatting with prettier, the slowest stage of a run. Its output is a pure function of the input, the
 * options and prettier's version, so results go through the content cache: a run formats only what
 * changed, and a run with nothing to format does not load prettier.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ContentCache } from '../cache.js';
import { GeneratorError, GeneratorExit } from '../errors.js';
import type { EmittedFile } from '../emit/types.js';

/** The repository's own style (.prettierrc.json), stated here so output never depends on where it runs. */
export const PRETTIER_OPTIONS = { printWidth: 120, singleQuote: true, trailingComma: 'all' } as const;
const PARSERS: Record<string, string> = { '.ts': 'typescript', '.json': 'json', '.md': 'markdown', '.yaml': 'yaml' };
const PRETTIER_VERSION = (createRequire(import.meta.url)('prettier/package.json') as { version: string }).version;

/**
 * Emitted code that does not parse is the generator's bug, never the contract's; the message says so and
 * points at the part of the contract that led to it (the origin whose operation is named nearest above the
 * failing line), so it can be reported and reproduced.
 */
function unparsable(file: EmittedFile, err: unknown): GeneratorError {
  const reason = String((err as Error | undefined)?.message ?? err).split('\n')[0]!.replace(/\s*\(\d+:\d+\)$/, '');
  const loc = (err as { loc?: { start?: { line?: number; column?: number } } }).loc?.start;
  const line = loc?.line ?? 1;
  const lines = file.content.split('\n').slice(0, line);
  const origins = file.origins ?? [];
  const nearest = [...lines].reverse().map((text) => origins.find((o) => text.includes(o.label.split(' ').pop()!))).find(Boolean) ?? origins[0];
  const where = `${file.path}:${line}:${loc?.column ?? 1}`;
  return new GeneratorError(
    `generator bug: the code emitted ${nearest ? `for ${nearest.label} ` : ''}(${where}) does not parse: ${reason} (please report it with this contract)`,
    nearest?.locate() ?? { file: file.path, line, column: loc?.column },
    GeneratorExit.internal,
  );
}

/** esbuild's parser: a syntax check of preformatted TypeScript, in milliseconds where prettier takes seconds. */
async function checkParses(file: EmittedFile): Promise<void> {
  const { transform } = await import('esbuild');
  try {
    await transform(file.content, { loader: 'ts', logLevel: 'silent' });
  } catch (err) {
    const first = (err as { errors?: { text: string; location?: { line: number; column: number } }[] }).errors?.[0];
    throw unparsable(file, Object.assign(new Error(first?.text ?? String(err)), { loc: { start: { line: first?.location?.line, column: (first?.location?.column ?? 0) + 1 } } }));
  }
}

export async function formatFiles(files: EmittedFile[], cache?: ContentCache): Promise<EmittedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const parser = PARSERS[path.extname(file.path)];
      if (!parser || file.verbatim) return file;
      if (file.preformatted) {
        if (parser === 'typescript') await cache?.memo(['parses', file.content], async () => (await checkParses(file), 'ok')) ?? (await checkParses(file));
        return file;
      }
      const format = async (): Promise<string> => {
        const prettier = await import('prettier');
        try {
          return await prettier.format(file.content, { ...PRETTIER_OPTIONS, parser });
        } catch (err) {
          throw unparsable(file, err);
        }
      };
      const inputs = ['prettier', PRETTIER_VERSION, JSON.stringify(PRETTIER_OPTIONS), parser, file.content];
      return { ...file, content: cache ? await cache.memo(inputs, format) : await format() };
    }),
  );
}
