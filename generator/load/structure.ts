/**
 * What a contract must hold before any stage walks it, checked at load so that hostile input fails with a
 * located error instead of exhausting the stack, the memory or the clock, or yielding code that does not
 * compile: bounded nesting and aliases; path keys that are paths, none two spellings of one template; no
 * schema or component defined only in terms of itself. Every later stage (hey-api and the TypeScript
 * checker of the generated code included) walks the document recursively and stays inside these bounds.
 */
import { GeneratorError, Problems, toPointer, type SourceLocation } from '../errors.js';
import { HTTP_METHODS as METHODS, OBJECT_MEMBERS } from './operations.js';
import { fragmentSegments, resolveFragment } from './refs.js';

/**
 * Levels of nesting in the document (a schema level is about two: `properties`, then the name). Real
 * contracts stay under 40; 128 leaves room and keeps every recursive stage far from the stack's end.
 */
export const MAX_DEPTH = 128;
/** Nodes YAML aliases may expand to, all aliases together: a few shared parts, never an alias bomb. */
export const MAX_ALIASES = 10_000;

/** A pointer cut to its first and last segments: a message line stays readable however deep the place. */
export function shortPointer(segments: readonly string[]): string {
  return segments.length <= 12 ? toPointer(segments) : `${toPointer(segments.slice(0, 8))}/…/${toPointer(segments.slice(-3)).slice(1)}`;
}

/** Throws a located error at the first node nested deeper than MAX_DEPTH (an iterative walk: it cannot overflow itself). */
export function checkDepth(value: unknown, locate: (pointer: string) => SourceLocation): void {
  const pending: { node: unknown; segments: string[] }[] = [{ node: value, segments: [] }];
  while (pending.length) {
    const { node, segments } = pending.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (segments.length > MAX_DEPTH) {
      const where = locate(toPointer(segments));
      throw new GeneratorError(`nested more than ${MAX_DEPTH} levels deep: define the inner parts as components and $ref them`, { ...where, pointer: shortPointer(segments) });
    }
    for (const [key, child] of Object.entries(node)) pending.push({ node: child, segments: [...segments, key] });
  }
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Path keys are paths: `/` first, no query or fragment, every `{` closed by a name. Two keys that differ
 * only in template names (`/jobs/{id}`, `/jobs/{job_id}`) are one path (OpenAPI 3.1 §4.8.8); the second is
 * refused when both declare one method, which would route one request two ways. Real contracts split one
 * path's methods across such keys (GitHub: GET `.../{subject_digest}`, DELETE `.../{attestation_id}`),
 * which routes unambiguously, so that is kept.
 */
function checkPaths(document: Obj, locate: (pointer: string) => SourceLocation, problems: Problems): void {
  const paths = isObject(document.paths) ? document.paths : {};
  /** Path keys by shape (`/jobs/{}`), each with the methods it declares. */
  const seen = new Map<string, { key: string; methods: readonly string[] }[]>();
  for (const [key, item] of Object.entries(paths)) {
    // Located only for a message: on a JSON contract, locating parses the file again with positions.
    const at = () => locate(toPointer(['paths', key]));
    const shown = JSON.stringify(key.length > 80 ? `${key.slice(0, 77)}...` : key);
    const unbalanced = key.replace(/\{[^{}/]+\}/g, '').match(/[{}]/);
    const reason = !key.startsWith('/') ? 'does not start with /'
      : /[?#]/.test(key) ? 'holds a query or fragment (parameters go in `parameters`)'
      : unbalanced ? `has a "${unbalanced[0]}" that opens or closes no {name}`
      : undefined;
    if (reason) {
      problems.add(new GeneratorError(`path ${shown} ${reason}`, at()));
      continue;
    }
    const shape = key.replace(/\{[^{}]+\}/g, '{}');
    const earlier = seen.get(shape) ?? [];
    const methods: readonly string[] = isObject(item) ? METHODS.filter((m) => isObject(item[m])) : [];
    const clash = earlier.map((other) => ({ other, method: other.methods.find((m) => methods.includes(m)) })).find((c) => c.method);
    if (clash) {
      problems.add(new GeneratorError(`path ${shown} is path ${JSON.stringify(clash.other.key)} with other template names, and both declare ${clash.method!.toUpperCase()}: keep one`, at()));
    } else seen.set(shape, [...earlier, { key, methods }]);
  }
}

/**
 * Component names a `$ref` must reach: OpenAPI asks for `^[a-zA-Z0-9._-]+$`, which 3.0 contracts often
 * exceed (`Page«User»`, `Foo[Bar]`) harmlessly; refused are only those that a reference cannot carry
 * as written (a slash, space, `~`, `%`, `#`, braces, control characters) and `__proto__`, which hey-api
 * and every object keyed by name read as the prototype.
 */
function checkComponentNames(document: Obj, locate: (pointer: string) => SourceLocation, problems: Problems): void {
  const components = isObject(document.components) ? document.components : {};
  for (const [section, entries] of Object.entries(components)) {
    if (!isObject(entries) || section.startsWith('x-')) continue;
    for (const name of Object.keys(entries)) {
      if (!/[\s/~%#{}\p{Cc}]/u.test(name) && name !== '__proto__') continue;
      const shown = JSON.stringify(name.length > 60 ? `${name.slice(0, 57)}...` : name);
      problems.add(new GeneratorError(`component name ${shown} cannot be referenced as written: use letters, digits, ".", "-" and "_" (OpenAPI's ^[a-zA-Z0-9._-]+$)`, locate(toPointer(['components', section, name]))));
    }
  }
}

/**
 * A parameter named like a member of every object (`__proto__`, `constructor`, `toString`): hey-api reads
 * `__proto__` as the prototype, and in a parameters object a missing value could not be told from the member.
 */
function checkParameterNames(document: Obj, problems: Problems, locate: (pointer: string) => SourceLocation): void {
  const check = (list: unknown, segments: string[]): void => {
    (Array.isArray(list) ? list : []).forEach((raw, i) => {
      const param = isObject(raw) && typeof raw.$ref === 'string' ? resolveFragment(document, raw.$ref) : raw;
      if (isObject(param) && typeof param.name === 'string' && OBJECT_MEMBERS.has(param.name)) {
        problems.add(new GeneratorError(`a parameter named ${JSON.stringify(param.name)} cannot be generated: every object has a member of that name, so a missing value could not be told from it`, locate(toPointer([...segments, String(i)]))));
      }
    });
  };
  for (const [key, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    if (!isObject(item)) continue;
    check(item.parameters, ['paths', key, 'parameters']);
    for (const method of METHODS) if (isObject(item[method])) check((item[method] as Obj).parameters, ['paths', key, method, 'parameters']);
  }
}

/** Keywords through which a schema is its members, not a container of them: a cycle through only these defines nothing. */
const UNGUARDED = ['allOf', 'anyOf', 'oneOf'];

/** The local references a node is made of: its `$ref`, and those of its allOf/anyOf/oneOf members, inline members included. */
function unguardedRefs(node: unknown, found: string[] = []): string[] {
  if (!isObject(node)) return found;
  if (typeof node.$ref === 'string' && node.$ref.startsWith('#')) found.push(node.$ref);
  for (const key of UNGUARDED) for (const member of Array.isArray(node[key]) ? node[key] : []) unguardedRefs(member, found);
  return found;
}

/**
 * A reference that leads back to itself through references and allOf/anyOf/oneOf members alone
 * (`A: {$ref: B}`, `B: {$ref: A}`; `A: {allOf: [{$ref: A}]}`): nothing ever says what it is, and every
 * type written for it is circular. Recursion through properties or items (a tree) is fine.
 */
function checkCycles(document: Obj, locate: (pointer: string) => SourceLocation, problems: Problems): void {
  const targets = new Set<string>();
  const pending: unknown[] = [document];
  while (pending.length) {
    const node = pending.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (isObject(node) && typeof node.$ref === 'string' && node.$ref.startsWith('#')) targets.add(node.$ref);
    // One by one: spreading a list of a million enum values into push() would overflow the stack.
    for (const child of Object.values(node)) pending.push(child);
  }
  const state = new Map<string, 'open' | 'done'>();
  const reported = new Set<string>();
  // Depth-first, iteratively: a chain of thousands of references cannot overflow the stack.
  for (const start of [...targets].sort()) {
    if (state.has(start)) continue;
    state.set(start, 'open');
    const stack = [{ ref: start, next: unguardedRefs(resolveFragment(document, start)) }];
    while (stack.length) {
      const top = stack.at(-1)!;
      const ref = top.next.pop();
      if (ref === undefined) {
        state.set(top.ref, 'done');
        stack.pop();
      } else if (state.get(ref) === 'open') {
        const cycle = stack.slice(stack.findIndex((frame) => frame.ref === ref)).map((frame) => frame.ref);
        const key = [...cycle].sort().join('\0');
        if (reported.has(key)) continue;
        reported.add(key);
        const names = [...cycle, ref].map((r) => (/^#\/components\/\w+\/[^/]+$/.test(r) ? r.split('/').pop() : r)).join(' -> ');
        problems.add(new GeneratorError(`${names}: defined only through itself ($ref, allOf, anyOf, oneOf), so it has no definition`, locate(toPointer(fragmentSegments(ref) ?? []))));
      } else if (!state.has(ref)) {
        state.set(ref, 'open');
        stack.push({ ref, next: unguardedRefs(resolveFragment(document, ref)) });
      }
    }
  }
}

/** Every structural problem of a document (after its references are local), all at once. */
export function checkStructure(document: Obj, locate: (pointer: string) => SourceLocation): void {
  const problems = new Problems();
  checkPaths(document, locate, problems);
  checkComponentNames(document, locate, problems);
  checkParameterNames(document, problems, locate);
  checkCycles(document, locate, problems);
  problems.done();
}
