/**
 * MCP target: a package with one tool per operation of the primary contract (minus the contract's
 * exclusions), the tool table in src/tools.ts, and the runtime copied from templates/mcp/core. Tools call
 * the API through the SDK package, so requests, retries, auth and errors are the SDK's own.
 */
import { snakeCase, sortBy } from '../../ir/naming.js';
import type { ContractIR, OperationIR } from '../../ir/types.js';
import { bodyInline } from '../params.js';
import { header, render } from '../render.js';
import { copyRuntime } from '../runtime.js';
import { operationOrigin, type EmitContext, type EmittedFile } from '../types.js';
import { CURSOR_ARG, inputSchema, outputSchema } from './schema.js';
import { TSC_DEPENDENCIES } from '../sdk/sdk.js';

const MCP_SDK_VERSION = '1.32.2';
const AJV_VERSION = '8.20.0';

/** GET changes nothing; otherwise say whether it destroys and whether repeating it is harmless. */
function annotations(op: OperationIR, title: string): Record<string, string | boolean> {
  if (op.readOnly) return { title, readOnlyHint: true, openWorldHint: true };
  return {
    title,
    destructiveHint: op.destructive,
    // retrySafe: PUT, DELETE or declared naturally idempotent; an idempotency key makes a retry a no-op too.
    idempotentHint: op.retrySafe || op.idempotency?.kind === 'key',
    openWorldHint: true,
  };
}

/** Makes `idempotentHint` true for agents: a retried call with the same key is answered, not repeated. */
const IDEMPOTENCY_ARG = 'idempotency_key';

function toolView(ir: ContractIR, op: OperationIR, projectArg: string | undefined) {
  const argProject = op.projectScoped ? projectArg : undefined;
  const argIdempotency = op.idempotency?.kind === 'key' ? IDEMPOTENCY_ARG : undefined;
  // Listings that resume from something other than a parameter of theirs (a next-page link, an offset) take `cursor`.
  const kind = op.pagination?.kind;
  const taken = new Set([...op.parameters.path, ...op.parameters.query, ...op.parameters.header].map((p) => p.name));
  const argCursor = kind === 'link' || kind === 'offset' || kind === 'page' ? (taken.has(CURSOR_ARG) ? `page_${CURSOR_ARG}` : CURSOR_ARG) : undefined;
  const inline = bodyInline(op, [argProject, argIdempotency, argCursor].filter((a): a is string => Boolean(a)));
  const description = op.mcp.description.replace(/\s+/g, ' ').trim();
  const title = op.summary || op.mcp.name;
  // Arguments carrying base64 file content, by path: the runtime decodes them to bytes.
  const files = (op.body?.fields ?? []).filter((f) => f.file).map((f) => (inline ? f.name : `body.${f.name}`));
  const uploads = op.body?.encoding === 'binary' ? ['body'] : files;
  return {
    name: op.mcp.name,
    title,
    description: op.deprecated ? `Deprecated. ${description}` : description,
    inputSchema: inputSchema(ir, op, inline, argProject, argIdempotency, argCursor),
    // null, not absent: templates are strict.
    outputSchema: outputSchema(ir, op) ?? null,
    annotations: annotations(op, title),
    tags: op.tags,
    operationId: op.id,
    bodyInline: inline,
    projectArg: argProject ?? null,
    idempotencyArg: argIdempotency ?? null,
    cursorArg: argCursor ?? null,
    uploads: uploads.length ? uploads : null,
  };
}

export type ToolView = ReturnType<typeof toolView>;

/** The tool table of the primary contract, by tool name. */
export function mcpTools(ir: ContractIR): ToolView[] {
  // The same name the CLI gives its per-command project flag (`--project-id` -> `project_id`).
  const projectArg = ir.project ? snakeCase(ir.project.cliFlag) : undefined;
  const tools = ir.operations.filter((op) => !op.mcp.exclude).map((op) => toolView(ir, op, projectArg));
  return sortBy(tools, (tool) => tool.name);
}

export function emitMcp(ctx: EmitContext): EmittedFile[] {
  const target = ctx.config.targets.mcp;
  const primary = ctx.clients[0];
  if (!target || !primary) return [];
  const { ir } = primary;
  const head = header([ir.source]);
  const sdkPackage = ctx.config.targets.sdk.package;
  const { version } = ctx.config;
  const dependencies = Object.fromEntries(
    sortBy(
      Object.entries({ [sdkPackage]: version, '@modelcontextprotocol/sdk': MCP_SDK_VERSION, ajv: AJV_VERSION }),
      ([name]) => name,
    ),
  );
  const tools = mcpTools(ir);
  return [
    ...copyRuntime('mcp/core', 'src/core'),
    // The runtime reaches the SDK through ../sdk.js: here that is the SDK package.
    { path: 'src/sdk.ts', content: `${head}\nexport * from ${JSON.stringify(sdkPackage)};\n` },
    {
      path: 'src/tools.ts',
      content: render('mcp/tools.ts.hbs', { header: head, serverName: target.serverName, version, tools }),
      preformatted: true,
      origins: ir.operations.filter((op) => !op.mcp.exclude).map((op) => operationOrigin(primary, op)),
    },
    { path: 'src/index.ts', content: render('mcp/index.ts.hbs', { header: head }) },
    {
      path: 'package.json',
      content: render('mcp/package.json.hbs', {
        package: target.package,
        version,
        description: target.description ?? `MCP tools generated from ${ir.source.file}`,
        dependencies,
        devDependencies: TSC_DEPENDENCIES,
        sources: [ir.source.file],
      }),
    },
    { path: 'tsconfig.json', content: render('sdk/tsconfig.json.hbs', {}) },
    { path: 'README.md', content: render('mcp/README.md.hbs', { header: header([ir.source], '<!--'), package: target.package, serverName: target.serverName, sdkPackage, className: primary.className, cli: ctx.config.targets.cli ?? null, tools }) },
  ];
}
