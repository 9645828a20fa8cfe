/**
 * Load stage: read the contract (YAML or JSON, one file or many joined by `$ref`), refuse what we cannot
 * generate from (Swagger 2.0), bundle external references into one document, and keep enough of the
 * source text to point errors at a line.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { GeneratorError, fromPointer, type SourceLocation } from '../errors.js';

export type OpenApiDocument = Record<string, unknown> & { openapi: string; paths?: Record<string, unknown> };

export interface LoadedSpec {
  /** Path as given, relative to the working directory: what generated headers and messages show. */
  file: string;
  /** sha256 of the entry file's bytes, or of all files in path order when the contract spans several. */
  sha256: string;
  document: OpenApiDocument;
  /** Where a JSON pointer of the bundled document sits in the entry file, when it came from there. */
  locate(pointer: string): SourceLocation;
}

interface ParsedFile {
  text: string;
  value: unknown;
  yamlRoot: YamlNode | null;
  lines: LineCounter;
}

async function parseFile(file: string, displayName: string): Promise<ParsedFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new GeneratorError(code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(err)})`, {
      file: displayName,
    });
  }
  // YAML 1.2 is a superset of JSON, so one parser with positions serves both.
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lines.linePos(firstError.pos[0]);
    throw new GeneratorError(`syntax error: ${firstError.message.split('\n')[0]}`, {
      file: displayName,
      line: pos.line,
      column: pos.col,
    });
  }
  return { text, value: doc.toJS({ maxAliasCount: 1000 }), yamlRoot: doc.contents, lines };
}

function nodeAt(root: YamlNode | null, segments: readonly string[]): YamlNode | null {
  let node: YamlNode | null = root;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      node = (pair?.value as YamlNode | undefined) ?? (pair?.key as YamlNode | undefined) ?? null;
    } else if (isSeq(node)) {
      node = (node.items[Number(segment)] as YamlNode | undefined) ?? null;
    } else {
      return null;
    }
  }
  return node;
}

function checkVersion(value: unknown, file: string): asserts value is OpenApiDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GeneratorError('not an OpenAPI document: the top level must be a mapping', { file, line: 1 });
  }
  const doc = value as Record<string, unknown>;
  if (doc.swagger !== undefined) {
    throw new GeneratorError(
      `Swagger ${String(doc.swagger)} is not supported: convert the contract to OpenAPI 3.x first (e.g. with swagger2openapi)`,
      { file, pointer: '/swagger' },
    );
  }
  if (typeof doc.openapi !== 'string' || !/^3\.[01]\.\d+$/.test(doc.openapi)) {
    throw new GeneratorError(`unsupported or missing "openapi" version ${JSON.stringify(doc.openapi)}: expected 3.0.x or 3.1.x`, {
      file,
      pointer: '/openapi',
    });
  }
}

/** Every local `$ref` must point at something; the bundler leaves those unchecked. */
function checkLocalRefs(document: unknown, locate: (pointer: string) => SourceLocation): void {
  const walk = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => walk(item, `${at}/${i}`));
    if (typeof node !== 'object' || node === null) return;
    for (const [key, child] of Object.entries(node)) {
      const childAt = `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (key === '$ref' && typeof child === 'string' && child.startsWith('#')) {
        if (resolvePointer(document, child.slice(1)) === undefined) {
          throw new GeneratorError(`broken $ref "${child}": nothing at that pointer`, locate(childAt));
        }
      } else {
        walk(child, childAt);
      }
    }
  };
  walk(document, '');
}

export function resolvePointer(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const segment of fromPointer(pointer)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

export async function loadSpec(file: string, cwd = process.cwd()): Promise<LoadedSpec> {
  const absolute = path.resolve(cwd, file);
  const display = path.relative(cwd, absolute) || file;
  const entry = await parseFile(absolute, display);
  checkVersion(entry.value, display);

  const locate = (pointer: string): SourceLocation => {
    const node = nodeAt(entry.yamlRoot, fromPointer(pointer));
    if (!node?.range) return { file: display, pointer };
    const pos = entry.lines.linePos(node.range[0]);
    return { file: display, pointer, line: pos.line, column: pos.col };
  };

  // Checked before bundling so a broken local reference is reported at its line.
  checkLocalRefs(entry.value, locate);
  const files = new Map<string, string>([[absolute, entry.text]]);
  let document: OpenApiDocument;
  try {
    document = (await $RefParser.bundle(absolute, structuredClone(entry.value), {
      resolve: {
        http: false,
        file: {
          read: async (ref: { url: string }) => {
            const target = ref.url.startsWith('file:') ? new URL(ref.url).pathname : ref.url;
            const parsed = await parseFile(target, path.relative(cwd, target));
            files.set(target, parsed.text);
            return JSON.stringify(parsed.value);
          },
        },
      },
      parse: { json: { order: 1 }, yaml: false, text: false, binary: false },
    } as Parameters<typeof $RefParser.bundle>[2])) as OpenApiDocument;
  } catch (err) {
    if (err instanceof GeneratorError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    const source = (err as { source?: string }).source;
    const file = source ? path.relative(cwd, source.startsWith('file:') ? new URL(source).pathname : source) : display;
    throw new GeneratorError(`cannot resolve $ref: ${message.split('\n')[0]}`, { file });
  }

  const hash = createHash('sha256');
  if (files.size === 1) hash.update(entry.text);
  else for (const [name, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(`${path.relative(cwd, name)}\0${text}\0`);

  return { file: display, sha256: hash.digest('hex'), document, locate };
}
