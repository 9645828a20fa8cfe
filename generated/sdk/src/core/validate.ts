// Copied verbatim from templates/sdk/core/validate.ts. DO NOT EDIT: change the template and regenerate.
/**
 * The contract's constraints on an operation's inputs (OperationSpec.checks), checked before any request:
 * type, enum, minLength, maxLength, pattern, minimum, maximum of each parameter and top-level body field,
 * and that an object body is an object. The CLI (always, naming flags), the MCP server (always) and the
 * SDK in strict mode run the same checks, so a value refused by one is refused by all.
 */
import type { InputProblem } from './errors.js';
import type { OperationSpec, RequestInput, ValueCheck } from './operation.js';

const patterns = new Map<string, RegExp | null>();

/** A contract pattern as an ECMAScript regex (unanchored, as JSON Schema reads it); null when it does not compile. */
function compiled(pattern: string): RegExp | null {
  const known = patterns.get(pattern);
  if (known !== undefined) return known;
  let regex: RegExp | null = null;
  // Unicode mode first (JSON Schema's reading); many contracts write escapes only the legacy mode accepts.
  for (const flags of ['u', '']) {
    try {
      regex = new RegExp(pattern, flags);
      break;
    } catch {
      regex = null;
    }
  }
  patterns.set(pattern, regex);
  return regex;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(value: unknown, types: readonly string[]): boolean {
  const actual = jsonType(value);
  return types.includes(actual) || (actual === 'integer' && types.includes('number'));
}

/** What is wrong with one value, or undefined. Messages read after the input's name: `must be …`. */
export function valueProblem(value: unknown, check: ValueCheck): string | undefined {
  if (value === undefined) return undefined;
  if (check.type && !typeMatches(value, check.type)) return `must be ${check.type.join(' or ')}, got ${jsonType(value)}`;
  if (check.enum && !check.enum.some((allowed) => allowed === value)) {
    return `must be one of ${check.enum.map((v) => JSON.stringify(v)).join(', ')}`;
  }
  if (typeof value === 'string') {
    // JSON Schema counts characters (code points), not UTF-16 units.
    const length = [...value].length;
    if (check.minLength !== undefined && length < check.minLength) return `must be at least ${check.minLength} character${check.minLength === 1 ? '' : 's'} long`;
    if (check.maxLength !== undefined && length > check.maxLength) return `must be at most ${check.maxLength} character${check.maxLength === 1 ? '' : 's'} long`;
    const regex = check.pattern === undefined ? null : compiled(check.pattern);
    if (regex && !regex.test(value)) return `must match the pattern ${check.pattern}`;
  }
  if (typeof value === 'number') {
    if (check.minimum !== undefined && value < check.minimum) return `must be >= ${check.minimum}`;
    if (check.maximum !== undefined && value > check.maximum) return `must be <= ${check.maximum}`;
  }
  if (Array.isArray(value) && check.items) {
    for (const [i, item] of value.entries()) {
      const problem = valueProblem(item, check.items);
      if (problem) return `item ${i} ${problem}`;
    }
  }
  return undefined;
}

/** Every input of the request that breaks a constraint of the operation; empty when all hold. */
export function inputProblems(op: OperationSpec, input: RequestInput): InputProblem[] {
  const { checks } = op;
  if (!checks) return [];
  const problems: InputProblem[] = [];
  const scan = (where: 'path' | 'query' | 'header', values: Record<string, unknown> | undefined) => {
    for (const [name, check] of Object.entries(checks[where] ?? {})) {
      const message = valueProblem(values?.[name], check);
      if (message) problems.push({ in: where, name, message });
    }
  };
  scan('path', input.path);
  scan('query', input.query);
  scan('header', input.headers);
  const body = checks.body;
  if (body && input.body !== undefined) {
    const isObject = typeof input.body === 'object' && input.body !== null && !Array.isArray(input.body);
    if (body.object && !isObject && !(input.body instanceof Uint8Array) && !(input.body instanceof Blob)) {
      problems.push({ in: 'body', message: `must be a JSON object, got ${jsonType(input.body)}` });
    } else if (isObject) {
      for (const [name, check] of Object.entries(body.fields ?? {})) {
        const message = valueProblem((input.body as Record<string, unknown>)[name], check);
        if (message) problems.push({ in: 'body', name, message });
      }
    }
  }
  return problems;
}

/** `query tenant_hint must be …; body must be a JSON object`: the problems as one line. */
export function describeProblems(problems: readonly InputProblem[]): string {
  return problems.map((p) => `${p.name === undefined ? p.in : `${p.in} ${p.name}`} ${p.message}`).join('; ');
}
