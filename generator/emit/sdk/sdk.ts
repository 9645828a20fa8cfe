/**
 * SDK target: one client class per contract, one resource class per resource node, the static operation
 * descriptions, hey-api's model types, and the runtime copied from templates/sdk/core.
 */
import { camelCase, schemaTypeName, tsSdkLocation } from '../../ir/naming.js';
import type { ContractIR, OperationIR, PaginationIR } from '../../ir/types.js';
import { inputChecks, responseSpecs } from '../checks.js';
import { header, markdownFile, render } from '../render.js';
import { copyRuntime, exportedNames } from '../runtime.js';
import { operationOrigin, type ClientModel, type EmitContext, type EmittedFile } from '../types.js';
import { flatten, resourceTree, type ResourceNode } from './resources.js';

const UNDICI_VERSION = '7.30.2';
/**
 * ESM in dist/, CommonJS in dist/cjs/. The CommonJS tree gets its own package.json (package.cjs.json):
 * `type` makes Node and TypeScript read it, declarations included, as CommonJS, and its `imports` map
 * picks the default transport there as the package's own map does for the ESM tree.
 */
const BUILD_SCRIPT = [
  'tsc -p tsconfig.json',
  'tsc -p tsconfig.cjs.json',
  `node -e "require('node:fs').copyFileSync('package.cjs.json', 'dist/cjs/package.json')"`,
].join(' && ');
/** What `npm run build` (tsc) needs where the package is built on its own, outside this repository. */
export const TSC_DEPENDENCIES = { typescript: '6.0.3', '@types/node': '20.19.43' };
const GLOBALS = ['Error', 'Object', 'Array', 'Promise', 'Date', 'Map', 'Set', 'Record', 'Response', 'Request', 'Headers', 'URL', 'Symbol', 'Function'];

/** The runtime's PaginationSpec: what the IR says of the listing, without the schemas. */
export function paginationSpec(pagination: PaginationIR): object {
  const { kind, cursorParam, pageSizeParam, itemsField, nextCursorField, hasMoreField, idField, defaultPageSize } = pagination;
  return Object.fromEntries(
    Object.entries({ kind, cursorParam, pageSizeParam, itemsField, nextCursorField, hasMoreField, idField, defaultPageSize }).filter(([, v]) => v !== undefined),
  );
}

function operationSpec(ir: ContractIR, op: OperationIR): object {
  return {
    id: op.id,
    method: op.method,
    path: op.path,
    pathParams: op.parameters.path.map((p) => p.name),
    query: op.parameters.query.map((p) => p.name),
    headers: op.parameters.header.map((p) => p.name),
    ...(op.body ? { body: { mediaType: op.body.mediaType, encoding: op.body.encoding, required: op.body.required } } : {}),
    auth: op.auth,
    ...(op.auth && op.credential ? { credential: op.credential } : {}),
    ...(op.projectScoped && ir.project ? { projectHeader: ir.project.header } : {}),
    ...(op.idempotency?.kind === 'key' ? { idempotency: { header: op.idempotency.header, required: op.idempotency.required } } : {}),
    retrySafe: op.retrySafe,
    ...(op.pagination ? { pagination: paginationSpec(op.pagination) } : {}),
    responses: responseSpecs(ir, op),
    ...(inputChecks(op) ? { checks: inputChecks(op) } : {}),
  };
}

/** The per-contract module of static operation specs, waiters and contract facts (also what tests load alone). */
export function operationsFile(client: ClientModel, version: string, packageName: string): string {
  const { ir } = client;
  const operations = Object.fromEntries(ir.operations.map((op) => [op.id, operationSpec(ir, op)]));
  const waiters = Object.fromEntries(
    ir.operations.filter((op) => op.waiters.length).map((op) => [op.id, Object.fromEntries(op.waiters.map(({ description: _d, mcpTool: _t, ...w }) => [w.name, w]))]),
  );
  const { schemaName: _schemaName, correlationIdRequestHeader, ...errors } = ir.errors;
  const contract = {
    errors,
    ...(correlationIdRequestHeader ? { correlationIdRequestHeader } : {}),
    defaultBaseUrl: ir.defaultBaseUrl,
    userAgent: `${packageName}/${version}`,
  };
  return render('sdk/operations.ts.hbs', {
    header: header([ir.source]),
    operations: JSON.stringify(operations, null, 2),
    waiters: JSON.stringify(waiters, null, 2),
    contract: JSON.stringify(contract, null, 2),
  });
}

/** The refresh operation can back a token provider when a refresh token is all its body needs. */
function refreshView(ir: ContractIR): object | undefined {
  const refreshId = ir.auth?.operations.refresh;
  const op = ir.operations.find((o) => o.id === refreshId);
  const field = ir.auth?.tokenFields.refreshToken;
  if (!op || !field || !op.body || op.parameters.path.length || op.projectScoped) return undefined;
  if (op.body.fields.some((f) => f.required && f.name !== field) || !op.body.fields.some((f) => f.name === field)) return undefined;
  const { resource, method } = tsSdkLocation(op.sdk);
  return {
    refreshCall: [...resource, method].join('.'),
    refreshArgs: `{ ${JSON.stringify(field)}: refreshToken }`,
    fields: ir.auth!.tokenFields,
  };
}

/** Per resource module, the params types it can export without clashing with a name already `taken`. */
function exportedParams(tree: ResourceNode, taken: ReadonlySet<string>): { file: string; params: string[] }[] {
  return flatten(tree)
    .filter((n) => n.methods.length)
    .map((n) => ({ file: n.file, params: n.methods.map((m) => m.paramsType).filter((p) => !taken.has(p)) }));
}

function clientFiles(client: ClientModel, ctx: EmitContext, runtimeNames: ReadonlySet<string>): { files: EmittedFile[]; tree: ResourceNode } {
  const { ir } = client;
  const exportedTypes = exportedNames(client.modelTypes);
  const tree = resourceTree(ir, exportedTypes, new Set([client.className]));
  const head = header([ir.source]);
  const dir = `src/${client.name}`;
  const files: EmittedFile[] = [
    { path: `${dir}/types.gen.ts`, content: `${head}\n${client.modelTypes}`, preformatted: true },
    { path: `${dir}/operations.ts`, content: operationsFile(client, ctx.config.version, ctx.config.targets.sdk.package), preformatted: true, origins: ir.operations.map((op) => operationOrigin(client, op)) },
    {
      path: `${dir}/client.ts`,
      content: render('sdk/client.ts.hbs', {
        header: head,
        title: ir.title ? `${ir.title} client.${ir.description ? `\n\n${ir.description}` : ''}` : `${client.className} client.`,
        className: client.className,
        projectScoped: ir.operations.some((op) => op.projectScoped),
        resources: tree.children,
        auth: refreshView(ir),
      }),
    },
  ];
  for (const node of flatten(tree)) {
    const depth = node.segments.length;
    files.push({
      path: `${dir}/resources/${node.file}.ts`,
      origins: node.methods.map((m) => operationOrigin(client, ir.operations.find((o) => o.id === m.operationId)!)),
      content: render('sdk/resource.ts.hbs', {
        header: head,
        toSrc: '../'.repeat(depth + 1),
        toClient: '../'.repeat(depth),
        className: node.className,
        methods: node.methods,
        // The upload types only where a method takes a file or bytes.
        uploadTypes: ['Uploadable', 'WithUploads'].filter((name) => node.methods.some((m) => m.paramsTypeDecl.includes(`${name}`))).join(', '),
        // A child module sits in the folder named after this node: strip the parent folders this file is already in.
        children: node.children.map((c) => ({ ...c, relativeFile: c.node.file.split('/').slice(depth - 1).join('/') })),
      }),
    });
  }
  if (client !== ctx.clients[0]) {
    const resources = exportedParams(tree, runtimeNames);
    files.push({ path: `${dir}/namespace.ts`, content: render('sdk/namespace.ts.hbs', { header: head, className: client.className, resources }) });
  }
  return { files, tree };
}

export function emitSdk(ctx: EmitContext): EmittedFile[] {
  const target = ctx.config.targets.sdk;
  const runtime = copyRuntime('sdk/core', 'src/core');
  const runtimeNames = new Set(runtime.flatMap((f) => [...exportedNames(f.content)]));
  const [primary, ...secondary] = ctx.clients;
  if (!primary) return [];
  const files = [...runtime];
  const built = ctx.clients.map((client) => ({ client, ...clientFiles(client, ctx, runtimeNames) }));
  for (const b of built) files.push(...b.files);
  const primaryTree = built[0]!.tree;
  const primaryIr = primary.ir;
  // Names a model must not take at the package root: the runtime's, the client's, and JavaScript globals.
  const taken = new Set([...GLOBALS, ...runtimeNames, primary.className, `${primary.className}Error`, 'operations', 'waiters', 'contract', 'Types', 'ClientOptions']);
  const resources = exportedParams(primaryTree, taken);
  resources.forEach((r) => r.params.forEach((p) => taken.add(p)));
  const modelTypes = exportedNames(primary.modelTypes);
  const models = Object.keys(primaryIr.schemas)
    .map(schemaTypeName)
    .filter((name) => modelTypes.has(name) && !taken.has(name));
  const sources = ctx.clients.map((c) => c.ir.source);
  files.push({
    path: 'src/index.ts',
    content: render('sdk/index.ts.hbs', {
      header: header(sources),
      primary,
      models,
      resources: resources.filter((r) => r.params.length),
      secondary: secondary.map((c) => ({ className: c.className, name: c.name, namespace: camelCase(c.name) })),
    }),
  });
  files.push({
    path: 'package.json',
    content: render('sdk/package.json.hbs', {
      package: target.package,
      version: ctx.config.version,
      description: target.description ?? `TypeScript SDK generated from ${primaryIr.source.file}`,
      undiciVersion: UNDICI_VERSION,
      buildScript: BUILD_SCRIPT,
      devDependencies: TSC_DEPENDENCIES,
      sources: sources.map((s) => s.file),
    }),
  });
  files.push({ path: 'tsconfig.json', content: render('sdk/tsconfig.json.hbs', {}) });
  files.push({ path: 'tsconfig.cjs.json', content: render('sdk/tsconfig.cjs.json.hbs', {}) });
  files.push({ path: 'package.cjs.json', content: render('sdk/package.cjs.json.hbs', {}) });
  files.push(markdownFile('README.md', render('sdk/README.md.hbs', { header: header(sources, '<!--'), package: target.package, className: primary.className, errors: primaryIr.errors, project: primaryIr.project ?? null, refresh: Boolean(refreshView(primaryIr)), resources: flatten(primaryTree).filter((n) => n.methods.length) })));
  return files;
}
