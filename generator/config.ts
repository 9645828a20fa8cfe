/**
 * The generator's only project-specific input: which contracts, which targets, which package names.
 * Nothing in generator/ knows the product it generates for. A config comes from a `*.codegen.json` file,
 * or is made up from one contract and an output folder (`generate --spec FILE --out DIR`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { GeneratorError, GeneratorExit } from './errors.js';
import { kebabCase, pascalCase, snakeCase } from './ir/naming.js';

export interface PackageTarget { dir: string; package: string; description?: string }
export interface CodegenConfig {
  version: string;
  /** Folder of the x-codegen-* extension schemas (default: the ones the generator ships). */
  extensions?: string;
  /** Where the generated manifest goes (default: manifest.json in the target folders' common parent). */
  manifest?: string;
  /** Folders besides each contract's own that its file `$ref`s may read (default: none). */
  refRoots?: string[];
  clients: { name: string; spec: string; className: string }[];
  targets: {
    sdk: PackageTarget;
    cli?: PackageTarget & { bin: string; envPrefix: string; configDirName: string };
    mcp?: PackageTarget & { serverName: string };
    /** `package` is the distribution and import name; `envPrefix` names the client's environment defaults. */
    python?: PackageTarget & { envPrefix?: string };
  };
}

const SCHEMA_FILE = fileURLToPath(new URL('./config.schema.json', import.meta.url));
/** The extension schemas the generator ships: what a contract of any project is checked against. */
export const DEFAULT_EXTENSIONS = fileURLToPath(new URL('../openapi/extensions', import.meta.url));

export const extensionsDir = (config: CodegenConfig, cwd: string): string =>
  config.extensions ? path.resolve(cwd, config.extensions) : DEFAULT_EXTENSIONS;

export async function loadConfig(file: string, cwd = process.cwd()): Promise<CodegenConfig> {
  const display = path.relative(cwd, path.resolve(cwd, file)) || file;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path.resolve(cwd, file), 'utf8'));
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'config file not found' : `config is not valid JSON: ${(err as Error).message}`;
    throw new GeneratorError(reason, { file: display }, GeneratorExit.usage);
  }
  const validate = new Ajv2020({ strict: false }).compile(JSON.parse(await readFile(SCHEMA_FILE, 'utf8')) as object);
  if (!validate(raw)) {
    const error = validate.errors?.[0];
    throw new GeneratorError(`config ${error?.instancePath || '/'} ${error?.message ?? 'is invalid'}`, { file: display, pointer: error?.instancePath ?? '' }, GeneratorExit.usage);
  }
  return raw as CodegenConfig;
}

/** A package, command and class name from a file name: `api.github.com.json` -> `api-github-com`. */
export function projectName(specFile: string): string {
  const base = path.basename(specFile).replace(/\.(ya?ml|json)$/i, '');
  const name = kebabCase(base).replace(/^[^a-z]+/, '');
  return name || 'api';
}

/**
 * The config `--spec FILE --out DIR` stands for: every target, in DIR/sdk, DIR/cli and DIR/mcp, named
 * after `name` (default: the spec's file name).
 */
export function specConfig(spec: string, out: string, name = projectName(spec)): CodegenConfig {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) {
    throw new GeneratorError(`--name ${JSON.stringify(name)} must be lowercase letters, digits and dashes, starting with a letter`, {}, GeneratorExit.usage);
  }
  const dir = (target: string) => path.join(out, target);
  return {
    version: '0.1.0',
    clients: [{ name, spec, className: pascalCase(name) }],
    targets: {
      sdk: { dir: dir('sdk'), package: `${name}-sdk` },
      cli: { dir: dir('cli'), package: `${name}-cli`, bin: name, envPrefix: snakeCase(name).toUpperCase(), configDirName: name },
      mcp: { dir: dir('mcp'), package: `${name}-mcp`, serverName: name },
    },
  };
}
