/**
 * IR stage: turn a validated contract into the normalized ContractIR. Extension values were checked
 * against their schemas by validate/; here we resolve references between them and fill in defaults.
 */
import { GeneratorError, toPointer } from '../errors.js';
import { resolvePointer, type LoadedSpec } from '../load/load.js';
import { listOperations } from '../validate/validate.js';
import {
  cliFlagName,
  kebabCase,
  mcpToolName,
  mcpWaitToolName,
  sdkLocation,
  sortBy,
} from './naming.js';
import { inlineRefs, isFlaggable, refName } from './schema.js';
import type {
  AuthIR,
  BodyIR,
  ContractIR,
  ErrorEnvelopeIR,
  HttpMethod,
  IdempotencyIR,
  JsonSchema,
  OperationIR,
  PaginationIR,
  ParameterIR,
  ParameterLocation,
  ResponseIR,
  WaiterIR,
} from './types.js';

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
/** A summary ("Create an allocation") as the first sentence of a longer text. */
const sentence = (text: string): string => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

interface CliExtension { command: string; aliases?: string[]; positionals?: string[]; flags?: Record<string, string>; columns?: string[]; confirm?: boolean; hidden?: boolean }
interface WaiterExtension { description?: string; field: string; success: string[]; failure?: string[]; minDelaySeconds?: number; maxDelaySeconds?: number; maxWaitSeconds?: number }

const WAITER_DEFAULTS = { minDelaySeconds: 2, maxDelaySeconds: 120, maxWaitSeconds: 600 };
const JSON_MEDIA = /^application\/(.+\+)?json$/;

class Builder {
  private readonly document: Obj;
  constructor(private readonly spec: LoadedSpec) {
    this.document = spec.document;
  }

  fail(message: string, pointer: string): never {
    throw new GeneratorError(message, this.spec.locate(pointer));
  }

  /** Follow `$ref` chains of parameters, request bodies and responses (schemas are inlined separately). */
  deref(value: unknown): Obj {
    let node = obj(value);
    for (let hops = 0; typeof node.$ref === 'string' && hops < 20; hops++) node = obj(resolvePointer(this.document, node.$ref.slice(1)));
    return node;
  }

  inline(schema: unknown): JsonSchema {
    return inlineRefs(schema ?? {}, this.document);
  }

  errors(): ErrorEnvelopeIR {
    const ext = obj(this.document['x-codegen-errors']);
    const schemaName = refName({ $ref: ext.schema });
    return {
      ...(schemaName ? { schemaName } : {}),
      codeField: str(ext.codeField) || 'code',
      messageField: str(ext.messageField) || 'message',
      ...pick(ext, ['correlationIdField', 'detailsField', 'correlationIdResponseHeader', 'correlationIdRequestHeader']),
    };
  }

  build(): ContractIR {
    const info = obj(this.document.info);
    const errors = this.errors();
    const projectExt = obj(this.document['x-codegen-project']);
    const project = projectExt.header ? { header: str(projectExt.header), cliFlag: str(projectExt.cliFlag) || kebabCase(str(projectExt.header)) } : undefined;
    const authExt = this.document['x-codegen-auth'] as AuthIR | undefined;
    const operations = listOperations(this.spec.document).map(({ pathKey, method, operation, pointer }) =>
      this.operation(pathKey, method, operation, pointer, errors, project),
    );
    this.checkCrossReferences(operations, authExt);
    const schemas: Record<string, JsonSchema> = {};
    for (const [name, schema] of sortBy(Object.entries(obj(obj(this.document.components).schemas)), ([n]) => n)) {
      schemas[name] = this.inline(schema);
    }
    return {
      source: { file: this.spec.file, sha256: this.spec.sha256 },
      title: str(info.title),
      version: str(info.version),
      description: str(info.description),
      defaultBaseUrl: this.defaultBaseUrl(),
      errors,
      ...(project ? { project } : {}),
      ...(authExt ? { auth: { tokenFields: authExt.tokenFields, operations: authExt.operations ?? {} } } : {}),
      operations: sortBy(operations, (op) => `${op.cli.command.join(' ')}\0${op.id}`),
      schemas,
    };
  }

  defaultBaseUrl(): string {
    const server = obj((this.document.servers as unknown[] | undefined)?.[0]);
    let url = str(server.url) || 'http://localhost';
    for (const [name, variable] of Object.entries(obj(server.variables))) url = url.replaceAll(`{${name}}`, str(obj(variable).default));
    return url;
  }

  operation(pathKey: string, lowerMethod: string, op: Obj, pointer: string, errors: ErrorEnvelopeIR, project?: ContractIR['project']): OperationIR {
    const id = str(op.operationId);
    const method = lowerMethod.toUpperCase() as HttpMethod;
    const cliExt = (op['x-codegen-cli'] as CliExtension | undefined) ?? {
      command: `${kebabCase(str((op.tags as string[] | undefined)?.[0]) || 'api')} ${kebabCase(id)}`,
    };
    const flagOverrides = cliExt.flags ?? {};
    const projectScoped = op['x-codegen-project-scoped'] === true;
    if (projectScoped && !project) this.fail('operation is project-scoped but the document has no x-codegen-project', `${pointer}/x-codegen-project-scoped`);
    const idempotency = this.idempotency(op['x-codegen-idempotency']);

    const separateHeaders = new Set(
      [projectScoped ? project?.header : undefined, idempotency?.kind === 'key' ? idempotency.header : undefined, errors.correlationIdRequestHeader]
        .filter((h): h is string => Boolean(h))
        .map((h) => h.toLowerCase()),
    );
    const parameters: Record<ParameterLocation, ParameterIR[]> = { path: [], query: [], header: [], cookie: [] };
    const pathItem = obj(resolvePointer(this.document, toPointer(['paths', pathKey])));
    const merged = new Map<string, Obj>();
    for (const raw of [...((pathItem.parameters as unknown[]) ?? []), ...((op.parameters as unknown[]) ?? [])]) {
      const param = this.deref(raw);
      merged.set(`${str(param.in)}:${str(param.name)}`, param);
    }
    for (const param of merged.values()) {
      const location = str(param.in) as ParameterLocation;
      const name = str(param.name);
      if (location === 'header' && separateHeaders.has(name.toLowerCase())) continue;
      const schema = this.inline(param.schema);
      parameters[location].push({
        name,
        location,
        required: location === 'path' || param.required === true,
        description: str(param.description) || str(schema.description),
        schema,
        ...(schema.default !== undefined ? { default: schema.default } : {}),
        ...(Array.isArray(schema.enum) ? { enum: schema.enum as string[] } : {}),
        cliFlag: cliFlagName(name, flagOverrides),
      });
    }
    // Path parameters keep their order in the path: they are the SDK's positional arguments.
    const order = [...pathKey.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    parameters.path.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
    for (const name of order) {
      if (!parameters.path.some((p) => p.name === name)) this.fail(`path template names {${name}} but no path parameter declares it`, pointer);
    }

    const body = this.body(op.requestBody, flagOverrides, `${pointer}/requestBody`);
    const responses = this.responses(op.responses, errors);
    const success = responses.find((r) => !r.isError && r.status.startsWith('2'));
    const pagination = this.pagination(op['x-codegen-pagination'], success, parameters, pointer);
    const security = (op.security ?? this.document.security) as Obj[] | undefined;
    const command = cliExt.command.split(' ');
    const sdkExt = obj(op['x-codegen-sdk']) as { resource?: string; method?: string };
    const mcpExt = obj(op['x-codegen-mcp']);
    const toolName = mcpToolName(id, str(mcpExt.name) || undefined);
    const summary = str(op.summary);
    const description = str(op.description);
    const naturallyIdempotent = idempotency?.kind === 'exempt' && idempotency.naturallyIdempotent;
    const knownNames = new Set([...Object.values(parameters).flat().map((p) => p.name), ...(body?.fields.map((f) => f.name) ?? []), ...(projectScoped && project ? [project.header] : [])]);
    for (const name of [...Object.keys(flagOverrides), ...(cliExt.positionals ?? [])]) {
      if (!knownNames.has(name)) this.fail(`x-codegen-cli names "${name}", which is neither a parameter nor a body field`, `${pointer}/x-codegen-cli`);
    }
    const flagOwners = new Map<string, string>();
    for (const { name, cliFlag } of [...Object.values(parameters).flat(), ...(body?.fields.filter((f) => f.flaggable) ?? [])]) {
      const owner = flagOwners.get(cliFlag);
      if (owner) this.fail(`CLI flag --${cliFlag} would be used by both "${owner}" and "${name}" (set x-codegen-cli.flags)`, `${pointer}/x-codegen-cli`);
      flagOwners.set(cliFlag, name);
    }

    return {
      id,
      method,
      path: pathKey,
      summary,
      description,
      tags: (op.tags as string[] | undefined) ?? [],
      deprecated: op.deprecated === true,
      parameters,
      ...(body ? { body } : {}),
      responses,
      ...(success ? { success } : {}),
      auth: Array.isArray(security) && security.some((requirement) => Object.keys(obj(requirement)).length > 0),
      projectScoped,
      ...(idempotency ? { idempotency } : {}),
      retrySafe: ['GET', 'PUT', 'DELETE'].includes(method) || naturallyIdempotent === true,
      readOnly: method === 'GET',
      destructive: method === 'DELETE' || cliExt.confirm === true,
      ...(pagination ? { pagination } : {}),
      waiters: this.waiters(op['x-codegen-waiters'], toolName),
      ...(op['x-codegen-wait'] ? { wait: op['x-codegen-wait'] as OperationIR['wait'] } : {}),
      cli: {
        command,
        aliases: cliExt.aliases ?? [],
        positionals: cliExt.positionals ?? [],
        columns: cliExt.columns ?? defaultColumns(pagination?.itemSchema ?? success?.schema),
        confirm: cliExt.confirm === true,
        hidden: cliExt.hidden === true,
      },
      sdk: sdkLocation(command, sdkExt),
      mcp: {
        name: toolName,
        ...(mcpExt.exclude ? { exclude: str(mcpExt.exclude) } : {}),
        description: str(mcpExt.description) || (summary && description ? `${sentence(summary)} ${description}` : summary || description) || id,
        liveCredential: mcpExt.liveCredential === true,
      },
    };
  }

  idempotency(ext: unknown): IdempotencyIR | undefined {
    const value = obj(ext);
    if (typeof value.header === 'string') {
      return { kind: 'key', header: value.header, required: value.required === true, keyLifetimeSeconds: Number(value.keyLifetimeSeconds) };
    }
    if (typeof value.exempt === 'string') return { kind: 'exempt', reason: value.exempt, naturallyIdempotent: value.naturallyIdempotent === true };
    return undefined;
  }

  body(raw: unknown, flagOverrides: Record<string, string>, pointer: string): BodyIR | undefined {
    if (raw === undefined) return undefined;
    const requestBody = this.deref(raw);
    const content = obj(requestBody.content);
    const mediaType = Object.keys(content).find((m) => JSON_MEDIA.test(m))
      ? 'application/json'
      : 'application/x-www-form-urlencoded' in content
        ? 'application/x-www-form-urlencoded'
        : undefined;
    if (!mediaType) this.fail(`request body media types ${Object.keys(content).join(', ')} are not supported (JSON or form-urlencoded)`, pointer);
    const media = obj(content[Object.keys(content).find((m) => m === mediaType || JSON_MEDIA.test(m)) ?? mediaType]);
    const schema = this.inline(media.schema);
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const fields = Object.entries(obj(schema.properties)).map(([name, propertySchema]) => {
      const field = obj(propertySchema) as JsonSchema;
      return {
        name,
        required: required.has(name),
        description: str(field.description),
        schema: field,
        ...(field.default !== undefined ? { default: field.default } : {}),
        ...(Array.isArray(field.enum) ? { enum: field.enum as string[] } : {}),
        cliFlag: cliFlagName(name, flagOverrides),
        flaggable: isFlaggable(field),
      };
    });
    const example = media.example ?? obj(Object.values(obj(media.examples))[0]).value;
    const schemaName = refName(media.schema);
    return {
      mediaType,
      required: requestBody.required === true,
      ...(schemaName ? { schemaName } : {}),
      schema,
      fields,
      ...(example !== undefined ? { example } : {}),
    };
  }

  responses(raw: unknown, errors: ErrorEnvelopeIR): ResponseIR[] {
    return sortBy(Object.entries(obj(raw)), ([status]) => status).map(([status, value]) => {
      const response = this.deref(value);
      const content = obj(response.content);
      const mediaKey = Object.keys(content).find((m) => JSON_MEDIA.test(m)) ?? Object.keys(content)[0];
      const media = obj(mediaKey ? content[mediaKey] : undefined);
      const schemaName = refName(media.schema);
      const isError = /^[45]/.test(status) || (status === 'default' && schemaName === errors.schemaName);
      return {
        status,
        description: str(response.description),
        isError,
        ...(schemaName ? { schemaName } : {}),
        ...(media.schema ? { schema: this.inline(media.schema) } : {}),
        exampleNames: media.examples ? Object.keys(obj(media.examples)) : media.example !== undefined ? ['default'] : [],
        headers: Object.keys(obj(response.headers)).sort(),
      };
    });
  }

  pagination(ext: unknown, success: ResponseIR | undefined, parameters: Record<ParameterLocation, ParameterIR[]>, pointer: string): PaginationIR | undefined {
    if (ext === undefined) return undefined;
    const value = ext as Omit<PaginationIR, 'itemSchema' | 'itemSchemaName'>;
    const at = `${pointer}/x-codegen-pagination`;
    for (const param of [value.cursorParam, value.pageSizeParam]) {
      if (!parameters.query.some((p) => p.name === param)) this.fail(`pagination names query parameter "${param}", which the operation does not declare`, at);
    }
    const properties = obj(success?.schema?.properties);
    const items = obj(properties[value.itemsField]);
    if (items.type !== 'array') this.fail(`pagination names items field "${value.itemsField}", which the success response does not have as an array`, at);
    if (!(value.nextCursorField in properties)) this.fail(`pagination names next-cursor field "${value.nextCursorField}", which the success response does not have`, at);
    const rawItems = obj(obj(obj(this.successSchemaRaw(pointer)).properties)[value.itemsField]).items;
    const itemSchemaName = refName(rawItems);
    return { ...value, ...(itemSchemaName ? { itemSchemaName } : {}), itemSchema: obj(items.items) };
  }

  /** The success response schema before inlining (to learn component names of list items). */
  successSchemaRaw(pointer: string): unknown {
    const responses = obj(obj(resolvePointer(this.document, pointer)).responses);
    const status = Object.keys(responses).filter((s) => s.startsWith('2')).sort()[0];
    const content = obj(this.deref(status ? responses[status] : undefined).content);
    const mediaKey = Object.keys(content).find((m) => JSON_MEDIA.test(m));
    return this.deref(obj(mediaKey ? content[mediaKey] : undefined).schema);
  }

  waiters(ext: unknown, toolName: string): WaiterIR[] {
    return sortBy(Object.entries(obj(ext) as Record<string, WaiterExtension>), ([name]) => name).map(([name, w]) => ({
      name,
      description: w.description ?? '',
      field: w.field,
      success: w.success,
      failure: w.failure ?? [],
      minDelaySeconds: w.minDelaySeconds ?? WAITER_DEFAULTS.minDelaySeconds,
      maxDelaySeconds: w.maxDelaySeconds ?? WAITER_DEFAULTS.maxDelaySeconds,
      maxWaitSeconds: w.maxWaitSeconds ?? WAITER_DEFAULTS.maxWaitSeconds,
      mcpTool: mcpWaitToolName(toolName, name),
    }));
  }

  checkCrossReferences(operations: OperationIR[], auth?: AuthIR): void {
    const byId = new Map(operations.map((op) => [op.id, op]));
    const unique = (key: (op: OperationIR) => string | string[] | undefined, what: string): void => {
      const seen = new Map<string, string>();
      for (const op of operations) {
        for (const value of [key(op) ?? []].flat()) {
          const first = seen.get(value);
          if (first) this.fail(`${what} "${value}" is used by both ${first} and ${op.id}`, this.pointerOf(op));
          seen.set(value, op.id);
        }
      }
    };
    unique((op) => op.cli.command.join(' '), 'CLI command');
    // Wait tools share the namespace: `wait_allocation_active` must not collide with an operation's tool.
    unique((op) => (op.mcp.exclude ? undefined : [op.mcp.name, ...op.waiters.map((w) => w.mcpTool)]), 'MCP tool name');
    unique((op) => [...op.sdk.resource, op.sdk.method].join('.'), 'SDK method');
    for (const op of operations) {
      if (!op.wait) continue;
      const target = byId.get(op.wait.operationId);
      if (!target) this.fail(`x-codegen-wait names operation "${op.wait.operationId}", which does not exist`, `${this.pointerOf(op)}/x-codegen-wait`);
      if (!target.waiters.some((w) => w.name === op.wait?.waiter)) {
        this.fail(`x-codegen-wait names waiter "${op.wait.waiter}", which ${target.id} does not define`, `${this.pointerOf(op)}/x-codegen-wait`);
      }
    }
    for (const [role, id] of Object.entries(auth?.operations ?? {})) {
      if (id && !byId.has(id)) this.fail(`x-codegen-auth.operations.${role} names operation "${id}", which does not exist`, '/x-codegen-auth');
    }
  }

  pointerOf(op: OperationIR): string {
    return toPointer(['paths', op.path, op.method.toLowerCase()]);
  }
}

function pick(source: Obj, keys: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) if (typeof source[key] === 'string') out[key] = source[key];
  return out;
}

/** Without a mapping, show the scalar fields of the result, in schema order, at most six. */
function defaultColumns(schema: JsonSchema | undefined): string[] {
  const properties = Object.entries(obj(schema?.properties)).filter(([, s]) => isFlaggable(obj(s)));
  return properties.slice(0, 6).map(([name]) => name);
}

export function buildIR(spec: LoadedSpec): ContractIR {
  return new Builder(spec).build();
}

