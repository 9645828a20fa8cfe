/**
 * Load stage: read the contract (YAML or JSON, one file or many joined by `$ref`), convert Swagger 2.0 to
 * OpenAPI 3.0 (swagger2openapi), bring every `$ref` to one local-pointer form (refs.ts), bundle external
 * references into one document, and keep enough of the source text to point errors at a line, also for
 * pointers into a converted document.
 */
import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import $RefParser from '@apidevtools/json-schema-ref-parser';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { GeneratorError, Problems, fromPointer, toPointer, type SourceLocation } from '../errors.js';
import { assignOperationIds, type DerivedId } from './operations.js';
import { checkDepth, checkStructure, MAX_ALIASES } from './structure.js';
import { normalizeRefs, resolveFragment } from './refs.js';

export type OpenApiDocument = Record<string, unknown> & { openapi: string; paths?: Record<string, unknown> };

export interface LoadedSpec {
  /** Path as given, relative to the working directory: what generated headers and messages show. */
  file: string;
  /** sha256 of the entry file's bytes, or of all files in path order when the contract spans several. */
  sha256: string;
  document: OpenApiDocument;
  /** Where a JSON pointer of the bundled document sits in the entry file, when it came from there. */
  locate(pointer: string): SourceLocation;
  /** Absolute paths of every file the contract was read from (the entry file first). */
  sources: string[];
  /** The contract was Swagger 2.0, converted at load: its version. */
  convertedFrom?: string;
  /** operationIds the load stage set: the contract had none, or a duplicate (see operations.ts). */
  derivedIds: DerivedId[];
}

interface ParsedFile {
  text: string;
  value: unknown;
  /** The YAML tree with source positions, built on first use: only a located message needs it. */
  positions(): { root: YamlNode | null; lines: LineCounter };
}

function parseYaml(text: string): { doc: ReturnType<typeof parseDocument>; lines: LineCounter } {
  const lines = new LineCounter();
  return { doc: parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true }), lines };
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
  let tree: { root: YamlNode | null; lines: LineCounter } | undefined;
  // JSON, the form of most large contracts, parses natively; positions wait until a message needs them.
  if (/^\s*\{/.test(text)) {
    try {
      const value: unknown = JSON.parse(text);
      return {
        text,
        value,
        positions: () => {
          if (!tree) {
            const { doc, lines } = parseYaml(text);
            tree = { root: doc.contents, lines };
          }
          return tree;
        },
      };
    } catch {
      // Not strict JSON (comments, trailing commas) or a syntax error: YAML reads it or locates the error.
    }
  }
  // YAML 1.2 is a superset of JSON, so one parser with positions serves both.
  const { doc, lines } = parseYaml(text);
  const firstError = doc.errors[0];
  if (firstError) {
    const pos = lines.linePos(firstError.pos[0]);
    throw new GeneratorError(`syntax error: ${firstError.message.split('\n')[0]}`, {
      file: displayName,
      line: pos.line,
      column: pos.col,
    });
  }
  tree = { root: doc.contents, lines };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    // The yaml library refuses an alias bomb (aliases expanding to millions of nodes) while converting.
    if (!(err instanceof ReferenceError)) throw err;
    throw new GeneratorError(`YAML aliases expand too far (more than ${MAX_ALIASES} nodes through aliases): write the repeated parts out, or share them with $ref`, { file: displayName });
  }
  return { text, value, positions: () => tree! };
}

/** The node at the pointer, else its nearest ancestor that exists (a converted or bundled part has no own text). */
function nodeAt(root: YamlNode | null, segments: readonly string[]): YamlNode | null {
  let node: YamlNode | null = root;
  for (const segment of segments) {
    let next: YamlNode | null = null;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === segment);
      next = (pair?.value as YamlNode | undefined) ?? (pair?.key as YamlNode | undefined) ?? null;
    } else if (isSeq(node)) {
      next = (node.items[Number(segment)] as YamlNode | undefined) ?? null;
    }
    if (!next) return node;
    node = next;
  }
  return node;
}

/**
 * Where a part of the converted 3.0 document came from in the Swagger 2.0 source: the component sections
 * were renamed, bodies and response schemas moved under `content`.
 */
export function swaggerPointer(pointer: string): string {
  const segments = fromPointer(pointer);
  const [top, section] = segments;
  const renamed: Record<string, string> = { schemas: 'definitions', parameters: 'parameters', responses: 'responses', securitySchemes: 'securityDefinitions' };
  if (top === 'components' && section && renamed[section]) return toPointer([renamed[section]!, ...segments.slice(2)]);
  if (top === 'paths' && segments.length > 3) {
    const [, route, method, kind, ...rest] = segments;
    if (kind === 'requestBody') return toPointer(['paths', route!, method!, 'parameters']);
    if (kind === 'responses' && rest[1] === 'content') return toPointer(['paths', route!, method!, 'responses', rest[0]!, ...rest.slice(3)]);
  }
  return pointer;
}

async function convertSwagger(value: Record<string, unknown>, text: string, file: string): Promise<Record<string, unknown>> {
  const { default: swagger2openapi } = await import('swagger2openapi');
  try {
    return (await swagger2openapi.convertObj(value as never, { patch: true, warnOnly: true, direct: true, resolve: false, text } as never)) as unknown as Record<string, unknown>;
  } catch (err) {
    const reason = String((err as Error | undefined)?.message ?? err).split('\n')[0];
    throw new GeneratorError(`cannot convert Swagger ${String(value.swagger)} to OpenAPI 3.0: ${reason}`, { file, pointer: '/swagger' });
  }
}

function checkVersion(value: unknown, file: string): asserts value is OpenApiDocument {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GeneratorError('not an OpenAPI document: the top level must be a mapping', { file, line: 1 });
  }
  const doc = value as Record<string, unknown>;
  if (typeof doc.openapi !== 'string' || !/^3\.[01]\.\d+$/.test(doc.openapi)) {
    throw new GeneratorError(`unsupported or missing "openapi" version ${JSON.stringify(doc.openapi)?.slice(0, 40)}: expected 3.0.x or 3.1.x`, {
      file,
      pointer: '/openapi',
    });
  }
}

/** The value at a JSON pointer (`/a/b`, or a `$ref`'s `#/a/b`); undefined when there is none. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  return resolveFragment(document, pointer.startsWith('#') ? pointer : `#${pointer}`);
}

export interface LoadOptions {
  /**
   * Folders besides the contract's own that file references may read from (config `refRoots`). A `$ref`
   * to anything outside them (`/etc/passwd`, `../../secrets.yaml`, a link pointing out) is refused.
   */
  refRoots?: readonly string[];
}

/** Whether `file` lies inside one of the folders (all real paths). */
const inside = (file: string, roots: readonly string[]): boolean => roots.some((root) => file === root || file.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`));

export async function loadSpec(file: string, cwd = process.cwd(), options: LoadOptions = {}): Promise<LoadedSpec> {
  const absolute = path.resolve(cwd, file);
  const display = path.relative(cwd, absolute) || file;
  const entry = await parseFile(absolute, display);
  const roots = await Promise.all([path.dirname(absolute), ...(options.refRoots ?? []).map((root) => path.resolve(cwd, root))].map((root) => realpath(root).catch(() => root)));
  const confined = (target: string): boolean => inside(target, roots);
  const raw = entry.value as Record<string, unknown>;
  const swagger = typeof raw === 'object' && raw !== null && !Array.isArray(raw) && raw.swagger !== undefined ? String(raw.swagger) : undefined;
  const mapPointer = swagger ? swaggerPointer : (pointer: string) => pointer;
  const locate = (pointer: string): SourceLocation => {
    const source = mapPointer(pointer);
    let tree;
    try {
      tree = entry.positions();
    } catch {
      return { file: display, pointer: source }; // a JSON document too deep for the YAML parser that finds positions
    }
    const { root, lines } = tree;
    const node = nodeAt(root, fromPointer(source));
    if (!node?.range) return { file: display, pointer: source };
    const pos = lines.linePos(node.range[0]);
    return { file: display, pointer: source, line: pos.line, column: pos.col };
  };
  // Before anything that walks the document recursively: a bounded depth bounds every later stage's recursion.
  checkDepth(entry.value, locate);
  if (swagger !== undefined) {
    if (swagger !== '2.0') throw new GeneratorError(`unsupported "swagger" version ${JSON.stringify(raw.swagger)}: expected 2.0`, locate('/swagger'));
    // Broken references are reported against the source, before the converter rewrites them.
    const problems = new Problems();
    for (const error of normalizeRefs(structuredClone(raw), absolute, (p) => ({ ...locate(p), pointer: p }), confined).problems) problems.add(error);
    problems.done();
    entry.value = await convertSwagger(raw, entry.text, display);
  }
  checkVersion(entry.value, display);

  // Checked before bundling so a broken local reference is reported at its line, every one of them.
  const problems = new Problems();
  const normalized = structuredClone(entry.value) as Record<string, unknown>;
  const { problems: broken, external } = normalizeRefs(normalized, absolute, locate, confined);
  for (const error of broken) problems.add(error);
  problems.done();
  const files = new Map<string, string>([[absolute, entry.text]]);
  let document = normalized as OpenApiDocument;
  /** The bundler wraps what a reader throws in its own error: the generator's own is kept here. */
  let refused: GeneratorError | undefined;
  if (external) try {
    document = (await $RefParser.bundle(absolute, normalized, {
      resolve: {
        http: false,
        file: {
          read: async (ref: { url: string }) => {
            const target = ref.url.startsWith('file:') ? decodeURIComponent(new URL(ref.url).pathname) : ref.url;
            const shown = path.relative(cwd, target);
            // A reference from a referenced file, or through a link, is checked here, where its real path is known.
            const real = await realpath(target).catch(() => target);
            try {
              if (!confined(real)) throw new GeneratorError(`a $ref reads ${real}, which is outside the contract's folder (refRoots in the config names other folders)`, { file: display });
              const parsed = await parseFile(target, shown);
              checkDepth(parsed.value, (pointer) => ({ file: shown, pointer }));
              files.set(target, parsed.text);
              return JSON.stringify(parsed.value);
            } catch (err) {
              if (err instanceof GeneratorError) refused ??= err;
              throw err;
            }
          },
        },
      },
      parse: { json: { order: 1 }, yaml: false, text: false, binary: false },
    } as Parameters<typeof $RefParser.bundle>[2])) as OpenApiDocument;
  } catch (err) {
    if (refused) throw refused;
    if (err instanceof GeneratorError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    const source = (err as { source?: string }).source;
    const file = source ? path.relative(cwd, source.startsWith('file:') ? new URL(source).pathname : source) : display;
    throw new GeneratorError(`cannot resolve $ref: ${message.split('\n')[0]}`, { file });
  }
  // The bundler writes the references it moved in its own form: bring them all to one again.
  if (external) normalizeRefs(document, absolute, locate, confined);

  checkStructure(document, locate);
  const derivedIds = assignOperationIds(document);
  const hash = createHash('sha256');
  if (files.size === 1) hash.update(entry.text);
  else for (const [name, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) hash.update(`${path.relative(cwd, name)}\0${text}\0`);

  return { file: display, sha256: hash.digest('hex'), sources: [...files.keys()], document, locate, derivedIds, ...(swagger ? { convertedFrom: `Swagger ${swagger}` } : {}) };
}
