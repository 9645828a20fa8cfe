/**
 * `$ref` targets as the generator reads them, whatever form the contract wrote them in:
 * - JSON pointers in URI fragments, percent-encoded or not (RFC 6901 §6: `#/paths/~1keys~1%7Bid%7D`);
 * - JSON Schema 2020-12 identifiers in 3.1 contracts: `$ref` to a schema's `$id` (absolute or relative to the
 *   enclosing `$id`), to an `$anchor` (`#name`), and `$dynamicRef` to a `$dynamicAnchor`.
 * normalizeRefs rewrites every such reference that lands inside the document to a plain local pointer
 * (`#/components/schemas/Pet`), so every later stage, and hey-api, deal with one form only.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GeneratorError, toPointer, type SourceLocation } from '../errors.js';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

function percentDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a lone `%`: a literal character of a pointer written without encoding
  }
}

/**
 * Segments of a fragment pointer (`#/a/b%20c/d~1e`): percent-decoded first (`decode`), then `~1`, `~0`.
 * Undefined when it is no pointer (an anchor such as `#pet`).
 */
export function fragmentSegments(fragment: string, decode = true): string[] | undefined {
  const pointer = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .split('/')
    .slice(1)
    .map((segment) => (decode ? percentDecode(segment) : segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(document: unknown, segments: readonly string[]): unknown {
  let node: unknown = document;
  for (const segment of segments) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Obj)[segment];
  }
  return node;
}

/**
 * The value at a fragment pointer, undefined when there is none (own properties only). A pointer is read
 * as written first, then percent-decoded: contracts write both, and a key with a literal `%` stays reachable.
 */
export function resolveFragment(document: unknown, fragment: string): unknown {
  const raw = fragmentSegments(fragment, false);
  if (!raw) return undefined;
  const found = valueAt(document, raw);
  return found !== undefined || !fragment.includes('%') ? found : valueAt(document, fragmentSegments(fragment)!);
}

/** The segments a fragment pointer resolves through (see resolveFragment), undefined when neither form does. */
function resolvedSegments(document: unknown, fragment: string): string[] | undefined {
  const raw = fragmentSegments(fragment, false);
  if (!raw) return undefined;
  if (valueAt(document, raw) !== undefined) return raw;
  const decoded = fragmentSegments(fragment)!;
  return valueAt(document, decoded) !== undefined ? decoded : undefined;
}

interface Resource {
  /** The resource's base URI (without fragment). */
  base: string;
  /** Where the resource sits in the document. */
  segments: string[];
}

/** Characters a URI fragment may hold as they are (RFC 3986 pchar, `/` and `?`): the rest is percent-encoded. */
const FRAGMENT_SAFE = /%(21|24|26|27|28|29|2A|2B|2C|3B|3D|3A|40|3F)/gi;

/** A local `$ref` to these segments, written as RFC 6901 §6 asks of a URI fragment: `#/paths/~1keys~1%7Bid%7D`. */
export function toFragment(segments: readonly string[]): string {
  return `#${segments.map((s) => `/${encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1')).replace(FRAGMENT_SAFE, decodeURIComponent)}`).join('')}`;
}

/** Keywords whose value is data, not schemas: an `$id` or `$ref` in it means nothing (unless it names a property). */
const VALUE_KEYWORDS = new Set(['example', 'enum', 'const', 'default']);
const NAME_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'schemas', 'dependentSchemas']);
const isValue = (key: string, parentKey: string | undefined): boolean => VALUE_KEYWORDS.has(key) && !NAME_MAPS.has(parentKey ?? '');

const withoutFragment = (url: string): string => url.split('#')[0]!;

function parseUrl(ref: string, base: string): URL | undefined {
  try {
    return new URL(ref, base);
  } catch {
    return undefined;
  }
}

/**
 * Rewrites references in place (see the module comment) and returns the problems it found, each located:
 * an anchor or identifier named but never declared, or a reference to another host (never fetched).
 */
export function normalizeRefs(
  document: Obj,
  entryFile: string,
  locate: (pointer: string) => SourceLocation,
  /** Whether a referenced file may be read (load.ts: inside the contract's folder or a configured root). */
  confined: (file: string) => boolean = () => true,
): { problems: GeneratorError[]; external: boolean } {
  let external = false;
  const rootBase = pathToFileURL(entryFile).href;
  const ids = new Map<string, string[]>();
  const anchors = new Map<string, string[]>();
  const problems: GeneratorError[] = [];

  const baseOf = (node: Obj, base: string): string => {
    if (typeof node.$id !== 'string') return base;
    const url = parseUrl(node.$id, base);
    return url ? withoutFragment(url.href) : base;
  };

  const index = (node: unknown, segments: string[], base: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => index(item, [...segments, String(i)], base));
    if (!isObject(node)) return;
    const here = baseOf(node, base);
    if (here !== base || segments.length === 0) ids.set(here, segments);
    for (const key of ['$anchor', '$dynamicAnchor']) if (typeof node[key] === 'string') anchors.set(`${here}#${node[key] as string}`, segments);
    for (const [key, child] of Object.entries(node)) {
      if (isValue(key, segments.at(-1))) continue;
      index(child, [...segments, key], here);
    }
  };
  index(document, [], rootBase);

  const target = (ref: string, resource: Resource): string[] | undefined | 'external' | 'outside' => {
    if (ref.startsWith('#/') || ref === '#') {
      // Inside an embedded resource a fragment is relative to it; contracts mostly mean the document.
      const inResource = resource.segments.length ? resolvedSegments(valueAt(document, resource.segments), ref) : undefined;
      return inResource ? [...resource.segments, ...inResource] : resolvedSegments(document, ref);
    }
    if (ref.startsWith('#')) return anchors.get(`${resource.base}${ref}`) ?? anchors.get(`${rootBase}${ref}`);
    const url = parseUrl(ref, resource.base);
    if (!url) return undefined;
    const [resourceUrl = '', fragment = ''] = url.href.split(/#(.*)/s);
    const found = ids.get(resourceUrl);
    if (found) {
      if (fragment === '') return found;
      if (fragment.startsWith('/')) {
        const inner = resolvedSegments(valueAt(document, found), `#${fragment}`);
        return inner && [...found, ...inner];
      }
      return anchors.get(`${resourceUrl}#${fragment}`);
    }
    if (url.protocol !== 'file:') return undefined;
    return confined(fileURLToPath(url)) ? 'external' : 'outside';
  };

  const rewrite = (node: unknown, segments: string[], resource: Resource): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => rewrite(item, [...segments, String(i)], resource));
    if (!isObject(node)) return;
    const base = baseOf(node, resource.base);
    const here = base === resource.base ? resource : { base, segments };
    for (const key of ['$ref', '$dynamicRef']) {
      const ref = node[key];
      if (typeof ref !== 'string') continue;
      const at = toPointer([...segments, key]);
      const found = target(ref, here);
      if (found === 'external') {
        external = true;
        continue;
      }
      if (found === 'outside') {
        const file = fileURLToPath(parseUrl(ref, here.base)!);
        problems.push(new GeneratorError(`${key} ${JSON.stringify(ref)} reads ${file}, which is outside the contract's folder (refRoots in the config names other folders)`, locate(at)));
        continue;
      }
      if (found === undefined) {
        const url = ref.startsWith('#') ? undefined : parseUrl(ref, here.base);
        const reason = ref.startsWith('#/') || ref === '#'
          ? 'nothing at that pointer'
          : ref.startsWith('#')
            ? 'no $anchor or $dynamicAnchor of that name'
            : url
              ? `it resolves to ${url.href}, which no $id in this document declares (references to other hosts are not fetched)`
              : 'not a valid URI reference';
        problems.push(new GeneratorError(`broken ${key} ${JSON.stringify(ref)}: ${reason}`, locate(at)));
        continue;
      }
      const local = toFragment(found);
      // A dynamic reference resolves statically to its anchor: right for every contract that does not
      // extend a recursive schema through another resource, which OpenAPI contracts do not.
      if (key === '$dynamicRef') {
        delete node.$dynamicRef;
        if (node.$ref === undefined) node.$ref = local;
      } else {
        node.$ref = local;
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (isValue(key, segments.at(-1))) continue;
      rewrite(child, [...segments, key], here);
    }
    // Every reference is a document pointer now: an identifier would only make validators resolve against it.
    if (here !== resource && typeof node.$id === 'string' && !NAME_MAPS.has(segments.at(-1) ?? '')) delete node.$id;
  };
  rewrite(document, [], { base: rootBase, segments: [] });
  return { problems, external };
}
