/**
 * Pydantic v2 models and type expressions from the IR's schemas (docs/architecture.md says why they are
 * emitted here rather than by datamodel-code-generator). A component object becomes a model class, an
 * enum a `Literal` alias, anything else an alias of its type; an inline object with properties becomes a
 * model named after where it sits (`SharedRuntimeLimits`). Unknown shapes are `object`, never `Any`.
 */
import { pyDocText, pyFieldName, pyTypeName, sortBy } from '../../ir/naming.js';
import { deref, refName, schemaTypes } from '../../ir/schema.js';
import type { JsonSchema } from '../../ir/types.js';

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A Python literal for a JSON value (strings as JSON strings, which Python reads the same). */
export function pyLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'None';
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(pyLiteral).join(', ')}]`;
  return `{${Object.entries(value as Obj).map(([k, v]) => `${JSON.stringify(k)}: ${pyLiteral(v)}`).join(', ')}}`;
}

/** A docstring body: `"""` and backslashes escaped, so contract text cannot end the string or inject code. */
export const pyDocstring = (text: string, indent = ''): string => {
  const body = pyDocText(text);
  if (!body) return '';
  const lines = body.split('\n').map((line, i) => (i === 0 || !line ? line : `${indent}${line}`));
  return `${indent}"""${lines.join('\n')}${lines.length > 1 ? `\n${indent}` : ''}"""`;
};

export interface ModelField {
  /** Python attribute name. */
  name: string;
  /** The wire name, when it differs. */
  alias?: string;
  type: string;
  required: boolean;
  doc: string;
}

export interface ModelClass {
  kind: 'model';
  name: string;
  doc: string;
  fields: ModelField[];
}

export interface TypeAlias {
  kind: 'alias';
  name: string;
  doc: string;
  type: string;
  /** Component names the alias's expression reads at import time (they must come first). */
  uses: string[];
}

export type ModelDecl = ModelClass | TypeAlias;

/** The `Literal[...]` of an enum; null among the values makes it Optional. */
function literal(values: readonly unknown[]): string {
  const members = values.filter((v) => v !== null && ['string', 'number', 'boolean'].includes(typeof v)).map(pyLiteral);
  const type = members.length ? `Literal[${members.join(', ')}]` : 'None';
  return values.includes(null) && members.length ? `Optional[${type}]` : type;
}

const SCALARS: Record<string, string> = { string: 'str', integer: 'int', number: 'float', boolean: 'bool', null: 'None' };

/** Builds the declarations of a contract's schemas, collecting inline models as it meets them. */
export class ModelBuilder {
  readonly decls = new Map<string, ModelDecl>();
  private readonly names = new Map<string, string>();

  /** `reserved`: names the generated modules import, which no model may take. */
  constructor(private readonly schemas: Readonly<Record<string, JsonSchema>>, reserved: ReadonlySet<string> = new Set()) {
    const taken = new Set<string>(reserved);
    for (const name of sortBy(Object.keys(schemas), (n) => n)) {
      const base = reserved.has(pyTypeName(name)) ? `${pyTypeName(name)}Model` : pyTypeName(name);
      let py = base;
      for (let n = 2; taken.has(py); n++) py = `${base}${n}`;
      taken.add(py);
      this.names.set(name, py);
    }
  }

  /** The Python name of a component schema. */
  nameOf(component: string): string {
    return this.names.get(component) ?? pyTypeName(component);
  }

  /** Every component, declared. */
  build(): ModelDecl[] {
    for (const name of sortBy(Object.keys(this.schemas), (n) => n)) this.declare(this.nameOf(name), this.schemas[name]!);
    return this.ordered();
  }

  /** Aliases after what they read at import time (models are lazy: `from __future__ import annotations`). */
  private ordered(): ModelDecl[] {
    const out: ModelDecl[] = [];
    const done = new Set<string>();
    const visit = (decl: ModelDecl, stack: Set<string>): void => {
      if (done.has(decl.name) || stack.has(decl.name)) return;
      stack.add(decl.name);
      if (decl.kind === 'alias') for (const use of decl.uses) {
        const dep = this.decls.get(use);
        if (dep) visit(dep, stack);
      }
      done.add(decl.name);
      out.push(decl);
    };
    for (const decl of sortBy([...this.decls.values()], (d) => d.name)) visit(decl, new Set());
    return out;
  }

  private declare(name: string, schema: JsonSchema): void {
    if (this.decls.has(name)) return;
    const doc = typeof schema.description === 'string' ? schema.description : '';
    const fields = this.objectProperties(schema);
    if (fields) {
      const model: ModelClass = { kind: 'model', name, doc, fields: [] };
      this.decls.set(name, model);
      model.fields = this.modelFields(name, fields);
      return;
    }
    const uses: string[] = [];
    const type = this.typeOf(schema, name, uses);
    this.decls.set(name, { kind: 'alias', name, doc, type, uses });
  }

  /** An object's properties (its allOf members' merged), or undefined when it is no object with properties. */
  private objectProperties(schema: JsonSchema): { properties: Obj; required: Set<string> } | undefined {
    const properties: Obj = {};
    const required = new Set<string>();
    const seen = new Set<unknown>();
    const collect = (node: unknown): void => {
      const resolved = deref(node, this.schemas);
      if (seen.has(resolved) || seen.size > 64) return;
      seen.add(resolved);
      for (const member of Array.isArray(resolved.allOf) ? resolved.allOf : []) collect(member);
      for (const key of Array.isArray(resolved.required) ? resolved.required : []) if (typeof key === 'string') required.add(key);
      if (isObject(resolved.properties)) Object.assign(properties, resolved.properties);
    };
    const types = schemaTypes(schema);
    if (schema.oneOf !== undefined || schema.anyOf !== undefined || (types.length && !types.includes('object'))) return undefined;
    collect(schema);
    return Object.keys(properties).length ? { properties, required } : undefined;
  }

  private modelFields(owner: string, { properties, required }: { properties: Obj; required: Set<string> }): ModelField[] {
    const taken = new Set<string>();
    return Object.entries(properties).map(([wire, property]) => {
      let name = pyFieldName(wire);
      for (let n = 2; taken.has(name); n++) name = `${pyFieldName(wire)}_${n}`;
      taken.add(name);
      const schema = isObject(property) ? (property as JsonSchema) : {};
      const own = typeof schema.description === 'string' ? schema.description : '';
      return {
        name,
        ...(name === wire ? {} : { alias: wire }),
        type: this.typeOf(schema, `${owner} ${wire}`, []),
        required: required.has(wire),
        doc: own,
      };
    });
  }

  /**
   * The type expression of a schema. `context` names an inline model made for it; `uses` collects the
   * components it reads.
   */
  typeOf(schema: unknown, context: string, uses: string[]): string {
    if (!isObject(schema)) return 'object';
    const ref = refName(schema);
    if (ref !== undefined) {
      uses.push(this.nameOf(ref));
      return this.nameOf(ref);
    }
    const nullable = schemaTypes(schema).includes('null') || schema.nullable === true;
    const wrap = (type: string): string => (nullable && type !== 'None' && type !== 'object' && !type.startsWith('Optional[') ? `Optional[${type}]` : type);
    if (Array.isArray(schema.enum)) return wrap(literal(schema.enum));
    if (schema.const !== undefined) return wrap(literal([schema.const]));
    const union = (Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : undefined) as unknown[] | undefined;
    if (union) {
      const members = [...new Set(union.map((member, i) => this.typeOf(member, `${context} ${i + 1}`, uses)))];
      if (members.includes('object')) return 'object';
      const hasNone = members.includes('None');
      const rest = members.filter((m) => m !== 'None');
      const type = rest.length === 1 ? rest[0]! : `Union[${rest.join(', ')}]`;
      return hasNone || nullable ? wrap(type.startsWith('Optional[') ? type : `Optional[${type}]`) : type;
    }
    if (Array.isArray(schema.allOf) && schema.allOf.length === 1 && !isObject(schema.properties)) return wrap(this.typeOf(schema.allOf[0], context, uses));
    if (this.objectProperties(schema as JsonSchema)) {
      const name = pyTypeName(context);
      this.declare(name, schema as JsonSchema);
      return wrap(name);
    }
    const types = schemaTypes(schema).filter((t) => t !== 'null');
    if (types.length > 1) return wrap(`Union[${types.map((t) => this.scalarOrContainer(t, schema, context, uses)).join(', ')}]`);
    const type = types[0] ?? (schema.items !== undefined ? 'array' : schema.additionalProperties !== undefined ? 'object' : undefined);
    return type ? wrap(this.scalarOrContainer(type, schema, context, uses)) : nullable ? 'None' : 'object';
  }

  private scalarOrContainer(type: string, schema: Obj, context: string, uses: string[]): string {
    if (type === 'array') return `List[${this.typeOf(schema.items ?? {}, `${context} item`, uses)}]`;
    if (type === 'object') {
      const extra = schema.additionalProperties;
      return `Dict[str, ${isObject(extra) ? this.typeOf(extra, `${context} value`, uses) : 'object'}]`;
    }
    return SCALARS[type] ?? 'object';
  }
}
