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
const OPTIONS = { printWidth: 120, singleQuote: true, trailingComma: 'all' } as const;
const PARSERS: Record<string, string> = { '.ts': 'typescript', '.json': 'json', '.md': 'markdown', '.yaml': 'yaml' };
const PRETTIER_VERSION = (createRequire(import.meta.url)('prettier/package.json') as { version: string }).version;

export async function formatFiles(files: EmittedFile[], cache?: ContentCache): Promise<EmittedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const parser = PARSERS[path.extname(file.path)];
      if (!parser || file.verbatim) return file;
      const format = async (): Promise<string> => {
        const prettier = await import('prettier');
        try {
          return await prettier.format(file.content, { ...OPTIONS, parser });
        } catch (err) {
          // A template that renders invalid code is a generator bug, but say which file so it can be found.
          throw new GeneratorError(
            `generated code does not parse: ${(err as Error).message.split('\n')[0]}`,
            { file: file.path },
            GeneratorExit.internal,
          );
        }
      };
      const inputs = ['prettier', PRETTIER_VERSION, JSON.stringify(OPTIONS), parser, file.content];
      return { ...file, content: cache ? await cache.memo(inputs, format) : await format() };
    }),
  );
}
