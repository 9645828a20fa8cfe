/**
 * Python target: the `gpuaas` distribution. Per contract a client pair (`Gpuaas`, `AsyncGpuaas`), one module
 * per top-level resource holding its sync, async and raw-response classes, the static operation specs,
 * and the pydantic models; the runtime copied verbatim from templates/python/core. The primary contract's
 * client sits at the package root, every other one in a subpackage named after it (`gpuaas.keycloak`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pyArgumentNames, pyIdentifier, pySdkLocation, pyTypeName, snakeCase, sortBy } from '../../ir/naming.js';
import { deref } from '../../ir/schema.js';
import type { ContractIR, OperationIR } from '../../ir/types.js';
import { bodyInline } from '../params.js';
import { header, markdownFile, render, TEMPLATES_DIR } from '../render.js';
import { operationOrigin, type ClientModel, type EmitContext, type EmittedFile } from '../types.js';
import { ruffFormat } from './format.js';
import { ModelBuilder, pyDocstring, pyLiteral, type ModelDecl } from './models.js';

/** Dependency ranges of the published package (pyproject.toml); the dev lock pins versions inside them. */
export const PYTHON_DEPENDENCIES = ['httpx>=0.27,<1', 'pydantic>=2.7,<3', 'typing-extensions>=4.10,<5'];
/** Names every generated module imports from typing or the runtime: a model must not take them. */
const PY_TAKEN = new Set(['Any', 'Callable', 'Dict', 'List', 'Literal', 'Optional', 'Union', 'BaseModel', 'Field', 'NotGiven', 'Headers', 'Timeout', 'FileTypes', 'FileContent']);

/** Runtime modules: every `.py` under templates/python/core but tests, conftest and the test-only package marker. */
function copyPythonRuntime(to: string): EmittedFile[] {
  const dir = path.join(TEMPLATES_DIR, 'python/core');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.py') && !name.startsWith('test_') && name !== 'conftest.py' && name !== '__init__.py')
    .sort()
    .map((name) => ({
      path: `${to}/${name}`,
      verbatim: true,
      content: `# Copied verbatim from templates/python/core/${name}. DO NOT EDIT: change the template and regenerate.\n${readFileSync(path.join(dir, name), 'utf8')}`,
    }));
}

interface Argument {
  /** `name: Type = default`, as written in a signature. */
  decl: string;
  /** `"wire": name`, for the dict the runtime receives. */
  entry: string;
}

interface MethodView {
  name: string;
  /** The operation's spec in the client's _operations module. */
  constant: string;
  docstring: string;
  positional: string[];
  keywords: string[];
  /** The runtime call's arguments after the spec and the result type. */
  callArgs: string;
  /** `request` or `request_page`. */
  runtime: string;
  /** Second argument of the runtime call: the result (or item) type. */
  castTo: string;
  resultType: string;
  paginated: boolean;
  waiters: { name: string; docstring: string; spec: string; passThrough: string }[];
  /** The keywords of a waiter on this method: the poll's, less its per-request limits. */
  waitKeywords: string[];
}

interface ResourceView {
  segments: string[];
  className: string;
  methods: MethodView[];
  children: { attribute: string; className: string }[];
}

const optional = (type: string): string => `Union[${type}, NotGiven]`;

/** The raw schema of a body property, its `$ref` kept (the IR's field schemas are resolved at their top). */
function rawProperty(ir: ContractIR, schema: unknown, name: string, depth = 0): unknown {
  const resolved = deref(schema, ir.schemas);
  const props = resolved.properties as Record<string, unknown> | undefined;
  if (props && Object.prototype.hasOwnProperty.call(props, name)) return props[name];
  for (const member of Array.isArray(resolved.allOf) && depth < 8 ? resolved.allOf : []) {
    const found = rawProperty(ir, member, name, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

function methodView(ir: ContractIR, op: OperationIR, models: ModelBuilder, constants: Map<string, string>): MethodView {
  const { method } = pySdkLocation(op.sdk);
  const typeOf = (schema: unknown, context: string) => models.typeOf(schema, context, []);
  const inline = bodyInline(op);
  const body = op.body;
  const inputs = [
    ...op.parameters.path.map((p) => ({ name: p.name, location: 'path' })),
    ...op.parameters.query.map((p) => ({ name: p.name, location: 'query' })),
    ...op.parameters.header.map((p) => ({ name: p.name, location: 'header' })),
    ...(body && inline ? body.fields.map((f) => ({ name: f.name, location: 'body' })) : body ? [{ name: 'body', location: 'body' }] : []),
  ];
  const reserved = new Set(['self', 'extra_headers', 'timeout', 'max_retries', ...(op.projectScoped ? ['project_id'] : []), ...(op.idempotency?.kind === 'key' ? ['idempotency_key'] : [])]);
  const names = pyArgumentNames(inputs, reserved);
  let index = 0;
  const next = () => names[index++]!;
  const positional: string[] = [];
  const keywords: string[] = [];
  const groups: Record<'path' | 'query' | 'headers' | 'body', string[]> = { path: [], query: [], headers: [], body: [] };
  for (const p of op.parameters.path) {
    const name = next();
    positional.push(`${name}: ${typeOf(p.schema, `${op.id} ${p.name}`)}`);
    groups.path.push(`${JSON.stringify(p.name)}: ${name}`);
  }
  for (const [location, params] of [['query', op.parameters.query], ['headers', op.parameters.header]] as const) {
    for (const p of params) {
      const name = next();
      const type = typeOf(p.schema, `${op.id} ${p.name}`);
      keywords.push(p.required ? `${name}: ${type}` : `${name}: ${optional(type)} = NOT_GIVEN`);
      groups[location].push(`${JSON.stringify(p.name)}: ${name}`);
    }
  }
  const fileFields: string[] = [];
  let bodyArg = '';
  if (body && inline) {
    for (const f of body.fields) {
      const name = next();
      const type = f.file ? (f.file === 'array' ? 'List[FileTypes]' : 'FileTypes') : typeOf(rawProperty(ir, body.schema, f.name) ?? f.schema, `${op.id} ${f.name}`);
      if (f.file) fileFields.push(JSON.stringify(f.name));
      keywords.push(f.required ? `${name}: ${type}` : `${name}: ${optional(type)} = NOT_GIVEN`);
      groups.body.push(`${JSON.stringify(f.name)}: ${name}`);
    }
    bodyArg = `given({${groups.body.join(', ')}})`;
  } else if (body) {
    const name = next();
    const model = body.encoding === 'text' || body.encoding === 'binary' ? 'FileContent' : body.schemaName ? models.nameOf(body.schemaName) : typeOf(body.schema, `${op.id} body`);
    const type = model === 'object' || model === 'FileContent' ? model : `Union[${model}, Dict[str, object]]`;
    keywords.push(body.required ? `${name}: ${type}` : `${name}: ${optional(type)} = NOT_GIVEN`);
    bodyArg = name;
    for (const f of body.fields) if (f.file) fileFields.push(JSON.stringify(f.name));
  }
  if (op.projectScoped) keywords.push(`project_id: ${optional('str')} = NOT_GIVEN`);
  if (op.idempotency?.kind === 'key') keywords.push(`idempotency_key: ${optional('str')} = NOT_GIVEN`);
  keywords.push('extra_headers: Optional[Headers] = None', `timeout: ${optional('Timeout')} = NOT_GIVEN`, `max_retries: ${optional('int')} = NOT_GIVEN`);

  const call = [
    groups.path.length ? `path={${groups.path.join(', ')}}` : '',
    groups.query.length ? `query={${groups.query.join(', ')}}` : '',
    groups.headers.length ? `headers={${groups.headers.join(', ')}}` : '',
    bodyArg ? `body=${bodyArg}` : '',
    fileFields.length ? `file_fields=(${fileFields.join(', ')},)` : '',
    op.projectScoped ? 'project_id=project_id' : '',
    op.idempotency?.kind === 'key' && !op.pagination ? 'idempotency_key=idempotency_key' : '',
    'extra_headers=extra_headers',
    'timeout=timeout',
    'max_retries=max_retries',
  ].filter(Boolean);

  const success = op.success?.schema;
  const resultType = success ? typeOf(op.success?.schemaName ? { $ref: `#/components/schemas/${op.success.schemaName}` } : success, `${op.id} response`) : 'None';
  let castTo = resultType === 'None' ? 'type(None)' : resultType;
  if (op.pagination) {
    const p = op.pagination;
    castTo = typeOf(p.itemSchemaName ? { $ref: `#/components/schemas/${p.itemSchemaName}` } : p.itemSchema, `${op.id} item`);
  }
  // A type expression that is not a class (Optional[...], List[...]) is passed as a value the checker reads as a type.
  const isClass = /^[A-Za-z_][A-Za-z0-9_]*$/.test(castTo) || castTo === 'type(None)';
  const castArg = isClass ? castTo : `cast("Type[${castTo}]", ${castTo})`;

  const lines = [op.summary, op.description && op.description !== op.summary ? op.description : '', `${op.method} ${op.path}`].filter(Boolean);
  const passThrough = [
    ...op.parameters.path.map((_p, i) => names[i]!),
    ...[...op.parameters.query, ...op.parameters.header].map((_p, i) => `${names[op.parameters.path.length + i]!}=${names[op.parameters.path.length + i]!}`),
    ...(op.projectScoped ? ['project_id=project_id'] : []),
    'extra_headers=extra_headers',
  ].join(', ');
  const getter = method;
  return {
    name: method,
    constant: constants.get(op.id)!,
    docstring: pyDocstring(`${lines.join('\n\n')}${op.deprecated ? '\n\nDeprecated.' : ''}`, '        '),
    positional,
    keywords,
    callArgs: call.join(', '),
    runtime: op.pagination ? 'request_page' : 'request',
    castTo: castArg,
    resultType,
    paginated: Boolean(op.pagination),
    waitKeywords: keywords.filter((k) => !/^(timeout|max_retries):/.test(k)),
    waiters: op.waiters.map((w) => ({
      name: `wait_until_${pyIdentifier(w.name)}`,
      docstring: pyDocstring(
        `${w.description || `Poll ${getter}() until ${w.field} is ${w.success.join(' or ')}.`}\n\nPolls ${getter}() until ${w.field} is ${w.success.join(' or ')}${w.failure.length ? ` (WaiterError on ${w.failure.join(' or ')})` : ''}; \`timeout\` is the whole wait in seconds (default ${w.maxWaitSeconds}), WaiterTimeoutError after it. \`on_poll(state, response, attempt)\` is called after every poll.`,
        '        ',
      ),
      spec: `${constants.get(op.id)!}_WAITERS[${JSON.stringify(w.name)}]`,
      passThrough,
    })),
  };
}

function resourceTree(client: ClientModel, models: ModelBuilder, constants: Map<string, string>, reserved: ReadonlySet<string>): ResourceView[] {
  const nodes = new Map<string, ResourceView>();
  const { ir } = client;
  for (const op of ir.operations) {
    const { resource } = pySdkLocation(op.sdk);
    for (let depth = 1; depth <= resource.length; depth++) {
      const segments = resource.slice(0, depth);
      const key = segments.join('.');
      if (!nodes.has(key)) {
        const className = pyTypeName(segments.join(' '));
        nodes.set(key, { segments, className: reserved.has(className) || PY_TAKEN.has(className) ? `${className}Resource` : className, methods: [], children: [] });
        if (depth > 1) nodes.get(segments.slice(0, -1).join('.'))!.children.push({ attribute: segments.at(-1)!, className: nodes.get(key)!.className });
      }
    }
    nodes.get(resource.join('.'))!.methods.push(methodView(ir, op, models, constants));
  }
  for (const node of nodes.values()) {
    node.methods = sortBy(node.methods, (m) => m.name);
    node.children = sortBy(node.children, (c) => c.attribute);
  }
  return sortBy([...nodes.values()], (n) => n.segments.join('.'));
}

function specLiteral(ir: ContractIR, op: OperationIR): string {
  const args: string[] = [`id=${pyLiteral(op.id)}`, `method=${pyLiteral(op.method)}`, `path=${pyLiteral(op.path)}`];
  if (op.body) args.push(`body_media_type=${pyLiteral(op.body.mediaType)}`, `body_encoding=${pyLiteral(op.body.encoding)}`);
  if (!op.auth) args.push('auth=False');
  if (op.auth && op.credential) {
    const c = op.credential;
    args.push(`credential=CredentialSpec(location=${pyLiteral(c.in)}, name=${pyLiteral(c.name)}${c.prefix ? `, prefix=${pyLiteral(c.prefix)}` : ''})`);
  }
  if (op.projectScoped && ir.project) args.push(`project_header=${pyLiteral(ir.project.header)}`);
  if (op.idempotency?.kind === 'key') args.push(`idempotency_header=${pyLiteral(op.idempotency.header)}`);
  if (op.retrySafe) args.push('retry_safe=True');
  if (op.pagination) {
    const p = op.pagination;
    const fields = Object.entries({
      kind: p.kind,
      items_field: p.itemsField,
      cursor_param: p.cursorParam,
      page_size_param: p.pageSizeParam,
      next_cursor_field: p.nextCursorField,
      has_more_field: p.hasMoreField,
      id_field: p.idField,
      default_page_size: p.defaultPageSize,
    }).filter(([, v]) => v !== undefined);
    args.push(`pagination=PaginationSpec(${fields.map(([k, v]) => `${k}=${pyLiteral(v)}`).join(', ')})`);
  }
  return `OperationSpec(${args.join(', ')})`;
}

function operationConstants(ir: ContractIR): Map<string, string> {
  const taken = new Set<string>(['CONTRACT']);
  const result = new Map<string, string>();
  for (const op of sortBy(ir.operations, (o) => o.id)) {
    let name = snakeCase(op.id).toUpperCase().replace(/[^A-Z0-9_]/g, '') || 'OPERATION';
    if (/^[0-9]/.test(name)) name = `OP_${name}`;
    for (let n = 2; taken.has(name) || taken.has(`${name}_WAITERS`); n++) name = `${name}_${n}`;
    taken.add(name);
    result.set(op.id, name);
  }
  return result;
}

function operationsModule(client: ClientModel, ctx: EmitContext, constants: Map<string, string>, envPrefix: string | undefined, pkg: string): string {
  const { ir } = client;
  const { correlationIdRequestHeader, schemaName: _schemaName, ...errors } = ir.errors;
  const errorArgs = Object.entries({
    code_field: errors.codeField,
    message_field: errors.messageField,
    message_fallback_field: errors.messageFallbackField,
    correlation_id_field: errors.correlationIdField,
    details_field: errors.detailsField,
    correlation_id_response_header: errors.correlationIdResponseHeader,
  })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${pyLiteral(v)}`);
  const contract = [
    `default_base_url=${pyLiteral(ir.defaultBaseUrl)}`,
    `user_agent=${pyLiteral(`${ctx.config.targets.python!.package}-python/${ctx.config.version}`)}`,
    `errors=ErrorEnvelopeSpec(${errorArgs.join(', ')})`,
    ...(correlationIdRequestHeader ? [`correlation_id_request_header=${pyLiteral(correlationIdRequestHeader)}`] : []),
    ...(envPrefix ? [`env_prefix=${pyLiteral(envPrefix)}`] : []),
  ];
  const operations = sortBy(ir.operations, (o) => o.id).map((op) => ({
    constant: constants.get(op.id)!,
    spec: specLiteral(ir, op),
    waiters: op.waiters.length
      ? `{${op.waiters
          .map(
            (w) =>
              `${pyLiteral(w.name)}: WaiterSpec(name=${pyLiteral(w.name)}, field=${pyLiteral(w.field)}, success=(${w.success.map(pyLiteral).join(', ')},), failure=(${w.failure.map(pyLiteral).join(', ')}${w.failure.length ? ',' : ''}), min_delay_seconds=${w.minDelaySeconds}, max_delay_seconds=${w.maxDelaySeconds}, max_wait_seconds=${w.maxWaitSeconds})`,
          )
          .join(', ')}}`
      : '',
  }));
  return render('python/operations.py.hbs', { header: header([ir.source], '#'), pkg, contract: contract.join(', '), operations });
}

function typesModule(client: ClientModel, decls: ModelDecl[], pkg: string): string {
  const view = decls.map((d) =>
    d.kind === 'alias'
      ? { alias: true, name: d.name, type: d.type, docstring: pyDocstring(d.doc) }
      : {
          alias: false,
          name: d.name,
          docstring: pyDocstring(d.doc, '    '),
          fields: d.fields.map((f) => {
            const args = [...(f.required ? [] : ['default=None']), ...(f.alias ? [`alias=${pyLiteral(f.alias)}`] : [])];
            const type = f.required ? f.type : f.type.startsWith('Optional[') || f.type === 'None' || f.type === 'object' ? f.type : `Optional[${f.type}]`;
            const value = f.alias ? ` = Field(${args.join(', ')})` : f.required ? '' : ' = None';
            return { line: `${f.name}: ${type}${value}`, docstring: pyDocstring(f.doc, '    ') };
          }),
        },
  );
  return render('python/types.py.hbs', { header: header([client.ir.source], '#'), pkg, decls: view, models: decls.filter((d) => d.kind === 'model').map((d) => d.name) });
}

/** The refresh operation can back a token provider when a refresh token is all its body needs (as in the TS SDK). */
function refreshView(ir: ContractIR): object | undefined {
  const op = ir.operations.find((o) => o.id === ir.auth?.operations.refresh);
  const field = ir.auth?.tokenFields.refreshToken;
  if (!op || !field || !op.body || op.parameters.path.length || op.projectScoped || !bodyInline(op)) return undefined;
  if (op.body.fields.some((f) => f.required && f.name !== field) || !op.body.fields.some((f) => f.name === field)) return undefined;
  const { resource, method } = pySdkLocation(op.sdk);
  const fields = ir.auth!.tokenFields;
  return {
    call: [...resource, method].join('.'),
    argument: pyIdentifier(field),
    accessToken: pyLiteral(fields.accessToken),
    refreshToken: pyLiteral(fields.refreshToken),
    expiresIn: fields.expiresIn ? pyLiteral(fields.expiresIn) : '',
  };
}

interface ClientBuild {
  files: EmittedFile[];
  className: string;
  module: string;
  resources: ResourceView[];
}

function clientFiles(client: ClientModel, ctx: EmitContext, primary: boolean): ClientBuild {
  const target = ctx.config.targets.python!;
  const pkg = target.package;
  const sub = primary ? '' : pyIdentifier(client.name);
  const module = sub ? `${pkg}.${sub}` : pkg;
  const dir = sub ? `${pkg}/${sub}` : pkg;
  const { ir } = client;
  const models = new ModelBuilder(ir.schemas, PY_TAKEN);
  const constants = operationConstants(ir);
  const className = pyTypeName(client.className);
  const resources = resourceTree(client, models, constants, new Set([className, `Async${className}`]));
  // Inline models met while typing methods are declared too: build after the resources.
  const decls = models.build();
  const head = header([ir.source], '#');
  const envPrefix = primary ? (target.envPrefix ?? snakeCase(client.name).toUpperCase()) : undefined;
  const tops = resources.filter((r) => r.segments.length === 1);
  const origins = ir.operations.map((op) => operationOrigin(client, op));
  const files: EmittedFile[] = [
    { path: `${dir}/types.py`, content: typesModule(client, decls, pkg) },
    { path: `${dir}/_operations.py`, content: operationsModule(client, ctx, constants, envPrefix, pkg), origins },
  ];
  for (const top of tops) {
    const subtree = resources.filter((r) => r.segments[0] === top.segments[0]).reverse();
    files.push({
      path: `${dir}/resources/${top.segments[0]}.py`,
      origins,
      content: render('python/resource.py.hbs', {
        header: head,
        pkg,
        module,
        models: decls.map((d) => d.name),
        variants: [
          { async: false, prefix: '', base: 'SyncAPIResource', raw: 'to_raw_response_wrapper', page: 'SyncPage', wait: 'wait_for', aw: '', def: 'def' },
          { async: true, prefix: 'Async', base: 'AsyncAPIResource', raw: 'async_to_raw_response_wrapper', page: 'AsyncPaginator', wait: 'async_wait_for', aw: 'await ', def: 'async def' },
        ],
        resources: subtree,
      }),
    });
  }
  files.push({ path: `${dir}/resources/__init__.py`, content: render('python/resources-init.py.hbs', { header: head, pkg, module, resources: tops.map((t) => ({ file: t.segments[0], className: t.className })) }) });
  const title = ir.title ? `${ir.title} client.${ir.description ? `\n\n${ir.description}` : ''}` : `${className} client.`;
  files.push({
    path: `${dir}/_client.py`,
    content: render('python/client.py.hbs', {
      header: head,
      pkg,
      module,
      className,
      docstring: pyDocstring(title, '    '),
      resources: tops.map((t) => ({ attribute: t.segments[0], className: t.className, file: t.segments[0] })),
      refresh: refreshView(ir) ?? null,
    }),
  });
  if (sub) files.push({ path: `${dir}/__init__.py`, content: render('python/subpackage-init.py.hbs', { header: head, pkg, module, className }) });
  return { files, className, module, resources };
}

export function emitPython(ctx: EmitContext): EmittedFile[] {
  const target = ctx.config.targets.python;
  const [primary] = ctx.clients;
  if (!target || !primary) return [];
  const pkg = target.package;
  const built = ctx.clients.map((client, i) => clientFiles(client, ctx, i === 0));
  const sources = ctx.clients.map((c) => c.ir.source);
  const files: EmittedFile[] = [...copyPythonRuntime(pkg), ...built.flatMap((b) => b.files)];
  files.push({ path: `${pkg}/py.typed`, content: '' });
  files.push({
    path: `${pkg}/__init__.py`,
    content: render('python/init.py.hbs', {
      header: header(sources, '#'),
      pkg,
      version: pyLiteral(ctx.config.version),
      clients: built.map((b) => ({ module: b.module === pkg ? `${pkg}._client` : b.module, className: b.className })),
      secondary: built.slice(1).map((b) => b.module.split('.').pop()),
    }),
  });
  files.push({
    path: 'pyproject.toml',
    content: render('python/pyproject.toml.hbs', {
      header: header(sources, '#'),
      pkg,
      version: ctx.config.version,
      description: JSON.stringify(target.description ?? `Python SDK generated from ${primary.ir.source.file}`),
      dependencies: PYTHON_DEPENDENCIES.map((d) => JSON.stringify(d)).join(', '),
    }),
  });
  const main = built[0]!;
  files.push(
    markdownFile(
      'README.md',
      render('python/README.md.hbs', {
        header: header(sources, '<!--'),
        pkg,
        className: main.className,
        envPrefix: target.envPrefix ?? snakeCase(primary.name).toUpperCase(),
        secondary: built.slice(1).map((b) => ({ className: b.className, module: b.module })),
        resources: main.resources.map((r) => ({ path: r.segments.join('.'), methods: r.methods.map((m) => m.name).join(', ') })),
        errors: primary.ir.errors,
      }),
    ),
  );
  return ruffFormat(files);
}
