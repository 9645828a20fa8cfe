/**
 * Tool arguments are checked against the tool's own input schema before any request, so a mistake costs
 * the agent one local round trip and the message names the argument to fix.
 */
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import type { ToolDefinition } from './tool.js';

let ajv: Promise<Ajv2020> | undefined;
/**
 * Loaded on the first tool call, not at start-up: ajv is the largest module the server needs, and
 * initialize and tools/list need none of it. Formats are the server's business (no ajv-formats
 * dependency); unknown OpenAPI keywords are tolerated.
 */
const validatorCompiler = (): Promise<Ajv2020> =>
  (ajv ??= import('ajv/dist/2020.js').then((ajvModule) => {
    // A CommonJS module: Node names its exports, a bundler's interop may give only `default` (the class itself).
    const Ajv = ajvModule.Ajv2020 ?? (ajvModule.default as unknown as typeof ajvModule.Ajv2020);
    return new Ajv({ strict: false, allErrors: true, validateFormats: false });
  }));
/** What validation needs of a tool: generated tools and dynamic mode's meta-tools alike. */
type Validated = Pick<ToolDefinition, 'inputSchema'>;
const validators = new WeakMap<Validated, ValidateFunction>();
const MAX_PROBLEMS = 10;

async function validatorFor(tool: Validated): Promise<ValidateFunction> {
  let validate = validators.get(tool);
  if (!validate) {
    // Compiled on first call: a server offering many tools starts without compiling them all.
    validate = (await validatorCompiler()).compile(tool.inputSchema);
    validators.set(tool, validate);
  }
  return validate;
}

/** `/body/labels/0` -> `body.labels.0`: the argument as the agent wrote it. */
function argumentPath(instancePath: string, child?: unknown): string {
  const segments = instancePath === '' ? [] : instancePath.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (typeof child === 'string') segments.push(child);
  return segments.join('.');
}

function problem(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `missing required argument "${argumentPath(error.instancePath, params.missingProperty)}"`;
    case 'additionalProperties':
      return `unknown argument "${argumentPath(error.instancePath, params.additionalProperty)}"`;
    case 'enum':
      return `argument "${argumentPath(error.instancePath)}" must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  }
  const at = argumentPath(error.instancePath);
  return at ? `argument "${at}" ${error.message ?? 'is invalid'}` : `arguments ${error.message ?? 'are invalid'}`;
}

/** What is wrong with the arguments, one line per problem; empty when they are valid. */
export async function argumentProblems(tool: Validated, args: Record<string, unknown>): Promise<string[]> {
  const validate = await validatorFor(tool);
  if (validate(args)) return [];
  // anyOf/oneOf branches can report the same problem more than once.
  return [...new Set((validate.errors ?? []).map(problem))].slice(0, MAX_PROBLEMS);
}
