/**
 * IR stage: turn a validated contract into the normalized ContractIR. Extension values were checked
 * against their schemas by validate/; here we resolve references between them, fill in defaults and, where
 * a contract has no extension, infer what it would say (infer.ts). Every problem is collected: one run
 * reports all of them (errors.ts Problems).
 */
import { GeneratorError, Problems, toPointer } from '../errors.js';
import { resolvePointer, type LoadedSpec } from '../load/load.js';
import { listOperations } from '../load/operations.js';
import { inferErrors, inferIdempotency, inferPagination } from './infer.js';
import {
  RESERVED_CLI_FLAGS,
  CLI_FLAGS,
  assignFlags,
  defaultCommands,
  kebabCase,
  mcpToolName,
  mcpWaitToolName,
  sdkLocation,
  sortBy,
  uniqueToolNames,
  type FlagInput,
} from './naming.js';
import { isBinary, isFlaggable, normalizeSchema, objectFields, refName, resolveTop, schemaTypes } from './schema.js';
import type {
  AuthIR,
  BodyEncoding,
  CredentialIR,
  BodyFieldIR,
  BodyIR,
  ContractIR,
  ErrorEnvelopeIR,
  HttpMethod,
  IdempotencyIR,
  InferenceIR,
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

interface CliExtension { command?: string; aliases?: string[]; positionals?: string[]; flags?: Record<string, string>; columns?: (string | { field: string; priority?: number; wrap?: boolean })[]; confirm?: boolean; hidden?: boolean; terminal?: { command: string; urlField: string; tokenField: string } }
interface WaiterExtension { description?: string; field: string; success: string[]; failure?: string[]; minDelaySeconds?: number; maxDelaySeconds?: number; maxWaitSeconds?: number }

const WAITER_DEFAULTS = { minDelaySeconds: 2, maxDelaySeconds: 120, maxWaitSeconds: 600 };
export const JSON_MEDIA = /^application\/([\w.-]+\+)?json(;.*)?$/i;
const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];
/** Set by the client from the body or its own logic: never an input of the operation. */
const RUNTIME_HEADERS = new Set(['content-type', 'content-length']);

/** How a request body media type is sent, in the order a body offering several is sent in. */
function encodingOf(mediaType: string, schema: JsonSchema): BodyEncoding | undefined {
  const type = mediaType.toLowerCase().split(';')[0]!.trim();
  if (JSON_MEDIA.test(type) || type === 'application/json-patch+json' || /\/[\w.-]*json$/.test(type)) return 'json';
  if (type === 'application/x-www-form-urlencoded') return 'form';
  if (type.startsWith('multipart/')) return 'multipart';
  if (type.startsWith('text/') || type === 'application/xml' || type.endsWith('+xml') || type === 'application/x-ndjson') return isBinary(schema) ? 'binary' : 'text';
  // A wildcard that is not JSON-shaped, or any other type: bytes as they are.
  if (type === '*/*' && schemaTypes(schema).includes('object')) return 'json';
  return 'binary';
}
const ENCODING_ORDER: readonly BodyEncoding[] = ['json', 'form', 'multipart', 'text', 'binary'];

/** A wildcard cannot be a Content-Type: what is sent instead. */
function sentMediaType(mediaType: string, encoding: BodyEncoding): string {
  if (!mediaType.includes('*')) return mediaType;
  return { json: 'application/json', form: 'application/x-www-form-urlencoded', multipart: 'multipart/form-data', text: 'text/plain', binary: 'application/octet-stream' }[encoding];
}

class Builder {
  private readonly document: Obj;
  readonly problems = new Problems();
  readonly inferred: InferenceIR[] = [];
  /** components.schemas in IR form (their references point back into this map). */
  readonly schemas: Record<string, JsonSchema> = {};

  constructor(private readonly spec: LoadedSpec) {
    this.document = spec.document;
    for (const [name, schema] of sortBy(Object.entries(obj(obj(this.document.components).schemas)), ([n]) => n)) {
      this.schemas[name] = normalizeSchema(schema, this.document);
    }
  }

  fail(message: string, pointer: string): never {
    throw new GeneratorError(message, this.spec.locate(pointer));
  }

  note(subject: InferenceIR['subject'], detail: string, operationId?: string): void {
    this.inferred.push({ subject, ...(operationId ? { operationId } : {}), detail });
  }

  /** Follow `$ref` chains of parameters, request bodies and responses (schemas keep theirs). */
  deref(value: unknown): Obj {
    let node = obj(value);
    for (let hops = 0; typeof node.$ref === 'string' && hops < 20; hops++) node = obj(resolvePointer(this.document, node.$ref));
    return node;
  }

  schema(raw: unknown): JsonSchema {
    return normalizeSchema(raw ?? {}, this.document);
  }

  /** A schema resolved at its top level (and items): what parameters and fields carry. */
  topSchema(raw: unknown): JsonSchema {
    return resolveTop(this.schema(raw), this.schemas);
  }

  build(): ContractIR {
    const info = obj(this.document.info);
    for (const { pointer, id, duplicateOf, unusable } of this.spec.derivedIds) {
      const op = obj(resolvePointer(this.document, pointer));
      const why = duplicateOf ? `duplicate operationId "${duplicateOf}"` : unusable !== undefined ? `operationId ${JSON.stringify(unusable.slice(0, 80))} cannot name code` : 'no operationId';
      this.note('operation-id', `${why}: "${id}", from the method and path`, str(op.operationId));
    }
    const errors = this.problems.attempt(() => this.errors(), { codeField: 'code', messageField: 'message' } as ErrorEnvelopeIR);
    const projectExt = obj(this.document['x-codegen-project']);
    const project = projectExt.header ? { header: str(projectExt.header), cliFlag: str(projectExt.cliFlag) || kebabCase(str(projectExt.header)) } : undefined;
    const authExt = this.document['x-codegen-auth'] as AuthIR | undefined;
    const refs = listOperations(this.spec.document);
    const commands = this.defaultCommands(refs);
    const built = refs.map(({ pathKey, method, operation, pointer }) =>
      this.problems.attempt(() => this.operation(pathKey, method, operation, pointer, errors, commands, project), undefined),
    );
    const operations = this.uniqueTools(built.filter((op): op is OperationIR => op !== undefined));
    this.problems.attempt(() => this.checkCrossReferences(operations, authExt), undefined);
    this.problems.done();
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
      schemas: this.schemas,
      inferred: this.inferred,
    };
  }

  /** Command paths for operations without an x-codegen-cli command (naming.ts defaultCommands). */
  defaultCommands(refs: ReturnType<typeof listOperations>): Map<string, string[]> {
    const declared = new Set<string>();
    const pending = [];
    for (const { pathKey, method, operation } of refs) {
      const command = str(obj(operation['x-codegen-cli']).command);
      if (command) declared.add(command);
      else pending.push({ id: str(operation.operationId), method, path: pathKey, tag: str((operation.tags as unknown[] | undefined)?.[0]) || undefined, declaredId: !this.spec.derivedIds.some((d) => d.id === operation.operationId) });
    }
    return defaultCommands(pending, declared);
  }

  errors(): ErrorEnvelopeIR {
    const ext = this.document['x-codegen-errors'];
    if (ext === undefined) {
      const { envelope, detail } = inferErrors(this.document, this.schemas);
      this.note('errors', detail);
      return envelope;
    }
    const value = obj(ext);
    const schemaName = refName({ $ref: value.schema });
    return {
      ...(schemaName ? { schemaName } : {}),
      codeField: str(value.codeField) || 'code',
      messageField: str(value.messageField) || 'message',
      ...pick(value, ['correlationIdField', 'detailsField', 'correlationIdResponseHeader', 'correlationIdRequestHeader']),
    };
  }

  defaultBaseUrl(): string {
    const server = obj((this.document.servers as unknown[] | undefined)?.[0]);
    let url = str(server.url) || 'http://localhost';
    for (const [name, variable] of Object.entries(obj(server.variables))) url = url.replaceAll(`{${name}}`, str(obj(variable).default));
    // A relative server URL (`/api/v3`, Swagger's basePath) is relative to where the contract is served: unknown here.
    if (!/^https?:\/\//i.test(url)) url = `http://localhost${url.startsWith('/') ? '' : '/'}${url}`;
    return url.replace(/\/+$/, '') || 'http://localhost';
  }

  operation(
    pathKey: string,
    lowerMethod: string,
    op: Obj,
    pointer: string,
    errors: ErrorEnvelopeIR,
    commands: ReadonlyMap<string, string[]>,
    project?: ContractIR['project'],
  ): OperationIR {
    const id = str(op.operationId);
    const method = lowerMethod.toUpperCase() as HttpMethod;
    const cliExt = obj(op['x-codegen-cli']) as CliExtension;
    const command = cliExt.command ? cliExt.command.split(' ') : (commands.get(id) ?? ['api', kebabCase(id) || 'call']);
    const flagOverrides = cliExt.flags ?? {};
    const projectScoped = op['x-codegen-project-scoped'] === true;
    if (projectScoped && !project) this.fail('operation is project-scoped but the document has no x-codegen-project', `${pointer}/x-codegen-project-scoped`);

    const pathItem = obj(resolvePointer(this.document, toPointer(['paths', pathKey])));
    const merged = new Map<string, Obj>();
    for (const raw of [...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []), ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
      const param = this.deref(raw);
      if (!LOCATIONS.includes(str(param.in) as ParameterLocation) || !str(param.name)) continue;
      merged.set(`${str(param.in)}:${str(param.name)}`, param);
    }
    const declaredIdempotency = this.idempotency(op['x-codegen-idempotency']);
    const idempotencyHeader = declaredIdempotency ? undefined : inferIdempotency(method, [...merged.values()]);
    const idempotency: IdempotencyIR | undefined = declaredIdempotency ?? idempotencyHeader;
    if (idempotencyHeader?.kind === 'key') this.note('idempotency', `${idempotencyHeader.header} header: a key per call, reused by its retries`, id);

    const separateHeaders = new Set(
      [projectScoped ? project?.header : undefined, idempotency?.kind === 'key' ? idempotency.header : undefined, errors.correlationIdRequestHeader]
        .filter((h): h is string => Boolean(h))
        .map((h) => h.toLowerCase()),
    );
    const parameters: Record<ParameterLocation, ParameterIR[]> = { path: [], query: [], header: [], cookie: [] };
    for (const param of merged.values()) {
      const location = str(param.in) as ParameterLocation;
      const name = str(param.name);
      if (location === 'header' && (separateHeaders.has(name.toLowerCase()) || RUNTIME_HEADERS.has(name.toLowerCase()))) continue;
      // A parameter may describe its value with `content` instead of `schema`.
      const rawSchema = param.schema ?? obj(Object.values(obj(param.content))[0]).schema;
      const schema = this.topSchema(rawSchema);
      parameters[location].push({
        name,
        location,
        required: location === 'path' || param.required === true,
        description: str(param.description) || str(schema.description),
        schema,
        ...(schema.default !== undefined ? { default: schema.default } : {}),
        ...(Array.isArray(schema.enum) ? { enum: schema.enum as string[] } : {}),
        cliFlag: '',
      });
    }
    // Path parameters keep their order in the path: they are the SDK's positional arguments.
    const order = [...pathKey.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    for (const name of order) {
      if (parameters.path.some((p) => p.name === name)) continue;
      // A template variable nobody declared: still a required string, or the operation could not be called.
      parameters.path.push({ name, location: 'path', required: true, description: '', schema: { type: 'string' }, cliFlag: '' });
      this.note('parameter', `path template names {${name}} but no parameter declares it: taken as a required string`, id);
    }
    parameters.path = parameters.path.filter((p) => order.includes(p.name));
    parameters.path.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));

    const body = this.body(op.requestBody, `${pointer}/requestBody`);
    const responses = this.responses(op.responses, errors);
    const success = responses.find((r) => !r.isError && r.status.startsWith('2'));
    const pagination = this.pagination(op['x-codegen-pagination'], method, success, parameters, pointer, id);
    const security = (op.security ?? this.document.security) as Obj[] | undefined;
    const sdkExt = obj(op['x-codegen-sdk']) as { resource?: string; method?: string };
    const mcpExt = obj(op['x-codegen-mcp']);
    const toolName = mcpToolName(id, str(mcpExt.name) || undefined);
    const summary = str(op.summary);
    const description = str(op.description);
    const naturallyIdempotent = idempotency?.kind === 'exempt' && idempotency.naturallyIdempotent;
    this.assignFlags(id, parameters, body, pagination, flagOverrides, `${pointer}/x-codegen-cli`);
    const knownNames = new Set([...Object.values(parameters).flat().map((p) => p.name), ...(body?.fields.map((f) => f.name) ?? []), ...(projectScoped && project ? [project.header] : [])]);
    for (const key of Object.keys(flagOverrides)) {
      const name = /^(path|query|header|cookie|body)\./.test(key) && !knownNames.has(key) ? key.slice(key.indexOf('.') + 1) : key;
      if (!knownNames.has(name)) this.fail(`x-codegen-cli.flags names "${key}", which is neither a parameter nor a body field`, `${pointer}/x-codegen-cli/flags`);
    }
    for (const name of cliExt.positionals ?? []) {
      if (!knownNames.has(name)) this.fail(`x-codegen-cli.positionals names "${name}", which is neither a parameter nor a body field`, `${pointer}/x-codegen-cli/positionals`);
    }

    return {
      id,
      method,
      path: pathKey,
      summary,
      description,
      tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
      deprecated: op.deprecated === true,
      parameters,
      ...(body ? { body } : {}),
      responses,
      ...(success ? { success } : {}),
      auth: Array.isArray(security) && security.some((requirement) => Object.keys(obj(requirement)).length > 0),
      ...this.credential(security),
      projectScoped,
      ...(idempotency ? { idempotency } : {}),
      retrySafe: ['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE'].includes(method) || naturallyIdempotent === true,
      readOnly: method === 'GET' || method === 'HEAD' || method === 'OPTIONS',
      destructive: method === 'DELETE' || cliExt.confirm === true,
      ...(pagination ? { pagination } : {}),
      waiters: this.waiters(op['x-codegen-waiters'], toolName),
      ...(op['x-codegen-wait'] ? { wait: op['x-codegen-wait'] as OperationIR['wait'] } : {}),
      cli: {
        command,
        aliases: cliExt.aliases ?? [],
        positionals: cliExt.positionals ?? [],
        columns: (cliExt.columns ?? this.defaultColumns(pagination?.itemSchema ?? success?.schema)).map((column) =>
          typeof column === 'string' ? { field: column, priority: 1, wrap: false } : { field: column.field, priority: column.priority ?? 1, wrap: column.wrap === true },
        ),
        confirm: cliExt.confirm === true,
        hidden: cliExt.hidden === true,
        ...(cliExt.terminal ? { terminal: { ...cliExt.terminal, command: cliExt.terminal.command.split(' ') } } : {}),
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

  /** Flag names for every input (naming.ts assignFlags); paging parameters take the CLI's paging names. */
  assignFlags(id: string, parameters: Record<ParameterLocation, ParameterIR[]>, body: BodyIR | undefined, pagination: PaginationIR | undefined, overrides: Record<string, string>, at: string): void {
    const params = [...parameters.path, ...parameters.query, ...parameters.header, ...parameters.cookie];
    const fields = body?.fields.filter((f) => f.flaggable) ?? [];
    const cursorNamed = pagination && (pagination.kind === 'cursor' || pagination.kind === 'has-more');
    const fixedOf = (p: ParameterIR): string | undefined => {
      if (p.location !== 'query' || !pagination) return undefined;
      if (cursorNamed && p.name === pagination.cursorParam) return CLI_FLAGS.cursor;
      if (p.name === pagination.pageSizeParam) return CLI_FLAGS.pageSize;
      return undefined;
    };
    const inputs: FlagInput[] = [
      ...params.map((p) => ({ name: p.name, location: p.location, ...(fixedOf(p) ? { fixed: fixedOf(p)! } : {}) })),
      ...fields.map((f) => ({ name: f.name, location: 'body' as const })),
    ];
    // The flags the CLI adds to this command are taken as well.
    const own = new Set<string>([CLI_FLAGS.body, CLI_FLAGS.file, CLI_FLAGS.idempotencyKey, CLI_FLAGS.wait, ...(pagination ? [CLI_FLAGS.all, CLI_FLAGS.maxItems, CLI_FLAGS.cursor, CLI_FLAGS.pageSize] : [])]);
    const fixedNames = new Set(inputs.flatMap((i) => (i.fixed ? [i.fixed] : [])));
    const reserved = new Set([...RESERVED_CLI_FLAGS, ...[...own].filter((f) => !fixedNames.has(f))]);
    const { flags, conflicts, renamed } = assignFlags(inputs, overrides, reserved);
    if (conflicts.length) this.fail(conflicts.join('; '), at);
    for (const line of renamed) this.note('flag', line, id);
    params.forEach((p, i) => (p.cliFlag = flags[i]!));
    fields.forEach((f, i) => (f.cliFlag = flags[params.length + i]!));
    for (const field of body?.fields ?? []) if (!field.cliFlag) field.cliFlag = kebabCase(field.name);
  }

  /** MCP tool names unique across the contract (naming.ts uniqueToolNames); a declared name that repeats is the contract's mistake. */
  uniqueTools(operations: OperationIR[]): OperationIR[] {
    const tools = operations.filter((op) => !op.mcp.exclude);
    const fixed = new Map<string, string>();
    for (const op of tools) {
      if (!str(obj(obj(resolvePointer(this.document, this.pointerOf(op)))['x-codegen-mcp']).name)) continue;
      const first = fixed.get(op.mcp.name);
      if (first) this.problems.add(new GeneratorError(`MCP tool name "${op.mcp.name}" is used by both ${first} and ${op.id}`, this.spec.locate(`${this.pointerOf(op)}/x-codegen-mcp/name`)));
      fixed.set(op.mcp.name, op.id);
    }
    const names = uniqueToolNames(tools.map((op) => ({ id: op.id, name: op.mcp.name, fixed: fixed.get(op.mcp.name) === op.id })));
    for (const op of tools) {
      const name = names.get(op.id)!;
      if (name !== op.mcp.name) this.note('mcp-tool', `tool name "${op.mcp.name}" is taken: "${name}"`, op.id);
      op.mcp.name = name;
      // Wait tools are named after the tool they poll: after the name it finally has.
      for (const waiter of op.waiters) waiter.mcpTool = mcpWaitToolName(name, waiter.name);
    }
    return operations;
  }

  /** The credential of the operation's first security requirement, when it is not a bearer token. */
  credential(security: Obj[] | undefined): { credential?: CredentialIR } {
    const requirement = (Array.isArray(security) ? security : []).find((r) => Object.keys(obj(r)).length > 0);
    const name = requirement ? Object.keys(obj(requirement))[0] : undefined;
    const scheme = name === undefined ? {} : this.deref(obj(obj(obj(this.document.components).securitySchemes)[name]));
    if (scheme.type === 'apiKey' && (scheme.in === 'header' || scheme.in === 'query') && str(scheme.name)) {
      return { credential: { in: scheme.in, name: str(scheme.name) } };
    }
    if (scheme.type === 'http' && str(scheme.scheme).toLowerCase() === 'basic') return { credential: { in: 'header', name: 'Authorization', prefix: 'Basic' } };
    return {};
  }

  idempotency(ext: unknown): IdempotencyIR | undefined {
    const value = obj(ext);
    if (typeof value.header === 'string') {
      return { kind: 'key', header: value.header, required: value.required === true, ...(typeof value.keyLifetimeSeconds === 'number' ? { keyLifetimeSeconds: value.keyLifetimeSeconds } : {}) };
    }
    if (typeof value.exempt === 'string') return { kind: 'exempt', reason: value.exempt, naturallyIdempotent: value.naturallyIdempotent === true };
    return undefined;
  }

  body(raw: unknown, pointer: string): BodyIR | undefined {
    if (raw === undefined) return undefined;
    const requestBody = this.deref(raw);
    const content = obj(requestBody.content);
    const offered = Object.entries(content).map(([mediaType, media]) => {
      const schema = this.schema(obj(media).schema);
      return { mediaType, media: obj(media), schema, encoding: encodingOf(mediaType, resolveTop(schema, this.schemas)) };
    });
    const chosen = sortBy(
      offered.filter((o) => o.encoding !== undefined),
      (o) => `${ENCODING_ORDER.indexOf(o.encoding!)}`,
    )[0];
    if (!chosen) {
      if (offered.length === 0) return undefined;
      this.fail(`request body media types ${Object.keys(content).join(', ')} cannot be sent`, pointer);
    }
    const encoding = chosen.encoding!;
    const top = resolveTop(chosen.schema, this.schemas);
    const objectBody = encoding === 'json' || encoding === 'form' || encoding === 'multipart';
    const encodings = obj(chosen.media.encoding);
    const fields: BodyFieldIR[] = objectBody
      ? objectFields(top, this.schemas).map(({ name, schema, required }) => {
          const partType = str(obj(encodings[name]).contentType);
          const items = obj(schema.items) as JsonSchema;
          const partIsBytes = partType !== '' && !/^(text\/|application\/json)/.test(partType);
          const file = encoding !== 'multipart' ? undefined : isBinary(schema) || (partIsBytes && !schemaTypes(schema).includes('array')) ? 'single' : schemaTypes(schema).includes('array') && (isBinary(items) || partIsBytes) ? 'array' : undefined;
          return {
            name,
            required,
            description: str(schema.description),
            schema,
            ...(schema.default !== undefined ? { default: schema.default } : {}),
            ...(Array.isArray(schema.enum) ? { enum: schema.enum as string[] } : {}),
            cliFlag: '',
            flaggable: !file && isFlaggable(schema),
            ...(file ? { file } : {}),
          };
        })
      : [];
    const example = chosen.media.example ?? obj(Object.values(obj(chosen.media.examples))[0]).value;
    const schemaName = refName(chosen.media.schema);
    return {
      mediaType: sentMediaType(chosen.mediaType, encoding),
      encoding,
      required: requestBody.required === true,
      ...(schemaName ? { schemaName } : {}),
      schema: top,
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
      const isError = /^[45]/.test(status) || (status === 'default' && (schemaName === undefined || schemaName === errors.schemaName));
      return {
        status,
        description: str(response.description),
        isError,
        ...(mediaKey ? { mediaType: mediaKey } : {}),
        ...(schemaName ? { schemaName } : {}),
        ...(media.schema ? { schema: this.schema(media.schema) } : {}),
        exampleNames: media.examples ? Object.keys(obj(media.examples)) : media.example !== undefined ? ['default'] : [],
        headers: Object.keys(obj(response.headers)).sort(),
      };
    });
  }

  pagination(ext: unknown, method: HttpMethod, success: ResponseIR | undefined, parameters: Record<ParameterLocation, ParameterIR[]>, pointer: string, id: string): PaginationIR | undefined {
    if (ext === undefined) {
      if (method !== 'GET' || !success?.schema) return undefined;
      const inferred = inferPagination(success, parameters.query, this.schemas);
      if (inferred) this.note('pagination', inferred.detail, id);
      return inferred?.pagination;
    }
    const value = ext as { cursorParam: string; pageSizeParam: string; itemsField: string; nextCursorField: string; defaultPageSize: number; maxPageSize: number };
    const at = `${pointer}/x-codegen-pagination`;
    for (const param of [value.cursorParam, value.pageSizeParam]) {
      if (!parameters.query.some((p) => p.name === param)) this.fail(`pagination names query parameter "${param}", which the operation does not declare`, at);
    }
    const schema = resolveTop(success?.schema, this.schemas);
    const properties = obj(schema.properties);
    const items = resolveTop(properties[value.itemsField], this.schemas);
    if (items.type !== 'array') this.fail(`pagination names items field "${value.itemsField}", which the success response does not have as an array`, at);
    if (!(value.nextCursorField in properties)) this.fail(`pagination names next-cursor field "${value.nextCursorField}", which the success response does not have`, at);
    const itemSchemaName = refName(obj(properties[value.itemsField]).items ?? items.items);
    return {
      kind: 'cursor',
      cursorParam: value.cursorParam,
      pageSizeParam: value.pageSizeParam,
      itemsField: value.itemsField,
      nextCursorField: value.nextCursorField,
      defaultPageSize: value.defaultPageSize,
      maxPageSize: value.maxPageSize,
      ...(itemSchemaName ? { itemSchemaName } : {}),
      itemSchema: resolveTop(items.items, this.schemas),
      declared: true,
    };
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
          if (first) this.problems.add(new GeneratorError(`${what} "${value}" is used by both ${first} and ${op.id}`, this.spec.locate(this.pointerOf(op))));
          seen.set(value, op.id);
        }
      }
    };
    unique((op) => op.cli.command.join(' '), 'CLI command');
    // Operation tools are unique by now (uniqueTools); a wait tool must not take one of their names either.
    unique((op) => (op.mcp.exclude ? undefined : [op.mcp.name, ...op.waiters.map((w) => w.mcpTool)]), 'MCP tool name');
    unique((op) => [...op.sdk.resource, op.sdk.method].join('.'), 'SDK method');
    for (const op of operations) {
      if (!op.wait) continue;
      const target = byId.get(op.wait.operationId);
      const at = `${this.pointerOf(op)}/x-codegen-wait`;
      if (!target) this.problems.add(new GeneratorError(`x-codegen-wait names operation "${op.wait.operationId}", which does not exist`, this.spec.locate(at)));
      else if (!target.waiters.some((w) => w.name === op.wait?.waiter)) {
        this.problems.add(new GeneratorError(`x-codegen-wait names waiter "${op.wait.waiter}", which ${target.id} does not define`, this.spec.locate(at)));
      }
    }
    for (const [role, id] of Object.entries(auth?.operations ?? {})) {
      if (id && !byId.has(id)) this.problems.add(new GeneratorError(`x-codegen-auth.operations.${role} names operation "${id}", which does not exist`, this.spec.locate('/x-codegen-auth')));
    }
  }

  /** Without a mapping, show the scalar fields of the result, in schema order, at most six. */
  defaultColumns(schema: JsonSchema | undefined): string[] {
    const resolved = resolveTop(schema, this.schemas);
    return objectFields(resolved, this.schemas)
      .filter((field) => isFlaggable(field.schema))
      .slice(0, 6)
      .map((field) => field.name);
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

export function buildIR(spec: LoadedSpec): ContractIR {
  return new Builder(spec).build();
}
