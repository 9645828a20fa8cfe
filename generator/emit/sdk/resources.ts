/**
 * SDK view model: the resource tree (`client.sharedRuntimes.attachments`) and, per operation, the
 * TypeScript shapes its method exposes. Types come from hey-api's `types.gen.ts`; this module only
 * decides how they are combined.
 */
import { GeneratorError, GeneratorExit } from '../../errors.js';
import { fileName, operationTypeName, pascalCase, propertyKey, sortBy, tsIdentifier, tsSdkLocation, tsTypeName } from '../../ir/naming.js';
import type { ContractIR, OperationIR } from '../../ir/types.js';
import { bodyInline } from '../params.js';

export interface MethodView {
  operationId: string;
  name: string;
  summary: string;
  description: string;
  httpLine: string;
  deprecated: boolean;
  opRef: string;
  pathArgs: { identifier: string; key: string }[];
  paramsType: string;
  paramsTypeDecl: string;
  paramsOptional: boolean;
  projectScoped: boolean;
  bodyInline: boolean;
  paginated: boolean;
  resultType: string;
  itemType: string;
  waiters: { methodName: string; waiterRef: string; description: string }[];
}

export interface ResourceNode {
  segments: string[];
  className: string;
  /** Module path under resources/, without extension. */
  file: string;
  methods: MethodView[];
  children: { property: string; node: ResourceNode }[];
}

/** `obj["key"]` or `obj.key`: an indexed access that is valid whatever the key is. */
export const member = (object: string, key: string): string => (propertyKey(key) === key ? `${object}.${key}` : `${object}[${JSON.stringify(key)}]`);
const indexType = (type: string, key: string): string => `${type}[${JSON.stringify(key)}]`;
/** The type at a dotted field path (`meta.items`), '' being the type itself. */
const fieldType = (type: string, path: string): string =>
  path === '' ? type : path.split('.').reduce((inner, key) => `NonNullable<${indexType(inner, key)}>`, type);

/** The body type of a method: hey-api's model, with uploads widened to what the runtime reads (Uploadable). */
function bodyType(op: OperationIR, data: string): string {
  const body = op.body!;
  if (body.encoding === 'text' || body.encoding === 'binary') return 'Uploadable';
  const model = `NonNullable<${indexType(data, 'body')}>`;
  const files = body.fields.filter((f) => f.file).map((f) => JSON.stringify(f.name));
  return body.encoding === 'multipart' && files.length ? `WithUploads<${model}, ${files.join(' | ')}>` : model;
}

function methodView(ir: ContractIR, op: OperationIR, exportedTypes: ReadonlySet<string>): MethodView {
  const { method } = tsSdkLocation(op.sdk);
  const data = `T.${operationTypeName(op.id, 'Data')}`;
  const paramsType = operationTypeName(op.id, 'Params');
  const parts: string[] = [];
  const queryNames = op.parameters.query.map((p) => p.name);
  const headerParams = op.parameters.header;
  if (queryNames.length) parts.push(`NonNullable<${indexType(data, 'query')}>`);
  // Only the headers the caller gives: the project, idempotency, correlation and content headers are the client's.
  if (headerParams.length) parts.push(`Pick<NonNullable<${indexType(data, 'headers')}>, ${headerParams.map((h) => JSON.stringify(h.name)).join(' | ')}>`);
  const inline = bodyInline(op);
  if (op.body) {
    const type = bodyType(op, data);
    const whole = op.body.encoding === 'multipart' ? `${type} | FormData` : type;
    parts.push(inline ? type : `{ body${op.body.required ? '' : '?'}: ${whole} }`);
  }
  if (op.projectScoped) parts.push("{\n/** Overrides the client's projectId for this call. */\nprojectId?: string;\n}");
  const required =
    op.parameters.query.some((p) => p.required) ||
    headerParams.some((p) => p.required) ||
    (op.body !== undefined && op.body.required && (!inline || op.body.fields.some((f) => f.required)));

  const response = operationTypeName(op.id, 'Response');
  const responses = operationTypeName(op.id, 'Responses');
  const anyResult = op.success && exportedTypes.has(response) ? `T.${response}` : 'void';
  // A page is the success status's body alone: the union over every 2xx (GitHub's lists also answer 204)
  // has no items to index.
  const status = op.success && /^\d+$/.test(op.success.status) ? op.success.status : JSON.stringify(op.success?.status);
  const severalSuccesses = op.responses.filter((r) => !r.isError).length > 1;
  const resultType = op.pagination && severalSuccesses && anyResult !== 'void' && exportedTypes.has(responses) ? `T.${responses}[${status}]` : anyResult;
  const itemType = op.pagination ? `${fieldType(resultType, op.pagination.itemsField)}[number]` : resultType;
  return {
    operationId: op.id,
    name: method,
    summary: op.summary,
    description: op.description === op.summary ? '' : op.description,
    httpLine: `${op.method} ${op.path}`,
    deprecated: op.deprecated,
    opRef: member('operations', op.id),
    pathArgs: op.parameters.path.map((p) => ({ identifier: tsIdentifier(p.name), key: JSON.stringify(p.name) })),
    paramsType,
    paramsTypeDecl: parts.length ? parts.join(' & ') : 'Record<string, never>',
    paramsOptional: !required,
    projectScoped: op.projectScoped,
    bodyInline: inline,
    paginated: Boolean(op.pagination),
    resultType,
    itemType,
    waiters: op.waiters.map((w) => ({
      methodName: `waitUntil${pascalCase(w.name)}`,
      waiterRef: member(member('waiters', op.id), w.name),
      description: w.description || `Poll ${method}() until ${w.field} is ${w.success.join(' or ')}${w.failure.length ? `; fails on ${w.failure.join(' or ')}` : ''}.`,
    })),
  };
}

/** `reserved`: class names a resource must not take (the client's own). */
export function resourceTree(ir: ContractIR, exportedTypes: ReadonlySet<string>, reserved: ReadonlySet<string> = new Set()): ResourceNode {
  const root: ResourceNode = { segments: [], className: '', file: '', methods: [], children: [] };
  for (const op of ir.operations) {
    const dataType = operationTypeName(op.id, 'Data');
    if (!exportedTypes.has(dataType)) {
      throw new GeneratorError(`hey-api produced no type ${dataType} for operation ${op.id}`, { file: ir.source.file }, GeneratorExit.internal);
    }
    let node = root;
    for (const segment of tsSdkLocation(op.sdk).resource) {
      const property = segment;
      let child = node.children.find((c) => c.property === property)?.node;
      if (!child) {
        const segments = [...node.segments, property];
        const className = tsTypeName(segments.join(' '));
        child = { segments, className: reserved.has(className) ? `${className}Resource` : className, file: segments.map(fileName).join('/'), methods: [], children: [] };
        node.children.push({ property, node: child });
      }
      node = child;
    }
    node.methods.push(methodView(ir, op, exportedTypes));
  }
  const sortTree = (node: ResourceNode): void => {
    node.methods = sortBy(node.methods, (m) => m.name);
    node.children = sortBy(node.children, (c) => c.property);
    node.children.forEach((c) => sortTree(c.node));
  };
  sortTree(root);
  if (root.methods.length) {
    throw new GeneratorError(`operations ${root.methods.map((m) => m.name).join(', ')} have no SDK resource (set x-codegen-sdk.resource)`, { file: ir.source.file });
  }
  return root;
}

export function flatten(node: ResourceNode): ResourceNode[] {
  return node.children.flatMap((c) => [c.node, ...flatten(c.node)]);
}
