/**
 * MCP target: a package with one tool per operation of the primary contract (minus the contract's
 * exclusions), the tool table in src/tools.ts, and the runtime copied from templates/mcp/core. Tools call
 * the API through the SDK package, so requests, retries, auth and errors are the SDK's own.
 */
import { GeneratorError, toPointer } from '../../errors.js';
import { snakeCase, sortBy } from '../../ir/naming.js';
import type { ContractIR, OperationIR, WaiterIR } from '../../ir/types.js';
import { bodyInline } from '../params.js';
import { header, markdownFile, render } from '../render.js';
import { copyRuntime } from '../runtime.js';
import { operationOrigin, type EmitContext, type EmittedFile } from '../types.js';
import { CURSOR_ARG, inputSchema, outputSchema, plainText, sentencesWithin } from './schema.js';
import { TSC_DEPENDENCIES } from '../sdk/sdk.js';

const MCP_SDK_VERSION = '1.32.2';
const AJV_VERSION = '8.20.0';

/**
 * What a tool's description may cost, notes included: the contract's summary, then whole sentences of its
 * description that fit. Rules every tool shares (idempotency keys, pagination, project scope, errors,
 * secrets) are said once, in the server's instructions (core/budget.ts), not here: each tools/list entry
 * is paid in tokens on every agent request.
 */
export const TOOL_DESCRIPTION_MAX = 110;
/** The instructions say what this prefix means (LIVE_CREDENTIAL_PREFIX in core/budget.ts). */
const LIVE_CREDENTIAL = 'Live credential.';
/**
 * A wait tool's default wait, under the 60 s an MCP client typically allows one request (the TypeScript
 * SDK's default); the agent asks for longer with max_wait_seconds, up to the waiter's own limit.
 */
export const WAIT_DEFAULT_SECONDS = 50;
const MAX_WAIT_ARG = 'max_wait_seconds';

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

/** `completedOk` -> `completed ok`: a waiter's name read as the state it waits for. */
const waiterWords = (waiter: WaiterIR): string => snakeCase(waiter.name).replace(/_/g, ' ');

/** The waiter an operation's `x-codegen-wait` runs, when its polled operation is a tool. */
function waitAfter(ir: ContractIR, op: OperationIR): WaiterIR | undefined {
  const target = op.wait && ir.operations.find((o) => o.id === op.wait!.operationId);
  return target && !target.mcp.exclude ? target.waiters.find((w) => w.name === op.wait!.waiter) : undefined;
}

/**
 * The description without the summary it starts with, when more follows: "Get a project. Returns one
 * project by id." says twice what the tool does (the summary stays the tool's title).
 */
function withoutSummary(op: OperationIR): string {
  const text = plainText(op.mcp.description);
  const summary = op.summary.trim().replace(/([^.!?])$/, '$1.');
  return op.summary && text.startsWith(`${summary} `) ? text.slice(summary.length + 1) : text;
}

function toolDescription(ir: ContractIR, op: OperationIR): string {
  const waiter = waitAfter(ir, op);
  const before = [op.deprecated ? 'Deprecated.' : '', op.mcp.liveCredential ? LIVE_CREDENTIAL : ''].filter(Boolean);
  const after = waiter ? [`Then ${waiter.mcpTool}.`] : [];
  const notes = [...before, ...after].reduce((n, note) => n + note.length + 1, 0);
  // Ends a sentence (summaries often do not): a note after it must not read as its continuation.
  const text = sentencesWithin(withoutSummary(op), TOOL_DESCRIPTION_MAX - notes - 1).replace(/([^.!?…])$/, '$1.');
  return [...before, text, ...after].join(' ');
}

function toolView(ir: ContractIR, op: OperationIR, projectArg: string | undefined) {
  const argProject = op.projectScoped ? projectArg : undefined;
  const argIdempotency = op.idempotency?.kind === 'key' ? IDEMPOTENCY_ARG : undefined;
  // Listings that resume from something other than a parameter of theirs (a next-page link, an offset) take `cursor`.
  const kind = op.pagination?.kind;
  const taken = new Set([...op.parameters.path, ...op.parameters.query, ...op.parameters.header].map((p) => p.name));
  const argCursor = kind === 'link' || kind === 'offset' || kind === 'page' ? (taken.has(CURSOR_ARG) ? `page_${CURSOR_ARG}` : CURSOR_ARG) : undefined;
  const inline = bodyInline(op, [argProject, argIdempotency, argCursor].filter((a): a is string => Boolean(a)));
  const title = op.summary || op.mcp.name;
  // Arguments carrying base64 file content, by path: the runtime decodes them to bytes.
  const files = (op.body?.fields ?? []).filter((f) => f.file).map((f) => (inline ? f.name : `body.${f.name}`));
  const uploads = op.body?.encoding === 'binary' ? ['body'] : files;
  return {
    name: op.mcp.name,
    title,
    description: toolDescription(ir, op),
    inputSchema: inputSchema(ir, op, inline, argProject, argIdempotency, argCursor),
    // null, not absent: templates are strict.
    outputSchema: outputSchema(ir, op) ?? null,
    annotations: annotations(op, title),
    tags: op.tags,
    operationId: op.id,
    bodyInline: inline,
    projectArg: argProject ?? null,
    idempotencyArg: argIdempotency ?? null,
    liveCredential: op.mcp.liveCredential,
    waiter: null as { name: string; maxWaitArg: string; defaultWaitSeconds: number } | null,
    cursorArg: argCursor ?? null,
    uploads: uploads.length ? uploads : null,
  };
}

export type ToolView = ReturnType<typeof toolView>;

/**
 * The tool that runs a waiter: the GET tool's arguments plus how long to wait, its result on success.
 * Agents call it once instead of polling the GET tool by hand.
 */
function waitToolView(ir: ContractIR, op: OperationIR, waiter: WaiterIR, projectArg: string | undefined): ToolView {
  const get = toolView(ir, op, projectArg);
  const defaultWait = Math.min(WAIT_DEFAULT_SECONDS, waiter.maxWaitSeconds);
  const properties = get.inputSchema.properties as Record<string, object>;
  if (MAX_WAIT_ARG in properties) {
    throw new GeneratorError(`MCP tool ${waiter.mcpTool} would have two arguments named "${MAX_WAIT_ARG}"`, {
      file: ir.source.file,
      pointer: toPointer(['paths', op.path, op.method.toLowerCase(), 'x-codegen-waiters', waiter.name]),
    });
  }
  const until = waiter.description ? waiter.description.replace(/^Until\b/, 'until').replace(/\.$/, '') : `until ${waiter.field} is ${waiter.success.join(' or ')}`;
  const title = `Wait until ${waiterWords(waiter)} (${get.title})`;
  return {
    ...get,
    name: waiter.mcpTool,
    title,
    // What it returns, how long it waits and what happens past that: the server's instructions say, once.
    description: sentencesWithin(`Waits ${until}.`, TOOL_DESCRIPTION_MAX),
    inputSchema: {
      ...get.inputSchema,
      properties: {
        ...properties,
        [MAX_WAIT_ARG]: { type: 'integer', minimum: 1, maximum: waiter.maxWaitSeconds, default: defaultWait },
      },
    },
    annotations: { title, readOnlyHint: true, openWorldHint: true },
    liveCredential: false,
    waiter: { name: waiter.name, maxWaitArg: MAX_WAIT_ARG, defaultWaitSeconds: defaultWait },
  };
}

/** The tool table of the primary contract, by tool name: one per operation, one per waiter. */
export function mcpTools(ir: ContractIR): ToolView[] {
  // The same name the CLI gives its per-command project flag (`--project-id` -> `project_id`).
  const projectArg = ir.project ? snakeCase(ir.project.cliFlag) : undefined;
  const tools = ir.operations
    .filter((op) => !op.mcp.exclude)
    .flatMap((op) => [toolView(ir, op, projectArg), ...op.waiters.map((w) => waitToolView(ir, op, w, projectArg))]);
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
      data: tools,
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
    markdownFile('README.md', render('mcp/README.md.hbs', { header: header([ir.source], '<!--'), package: target.package, serverName: target.serverName, sdkPackage, className: primary.className, cli: ctx.config.targets.cli ?? null, tools })),
  ];
}
