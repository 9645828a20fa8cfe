/**
 * The generator's only project-specific input: which contracts, which targets, which package names.
 * Nothing in generator/ knows the product it generates for.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { GeneratorError, GeneratorExit } from './errors.js';

export interface PackageTarget { dir: string; package: string; description?: string }
export interface CodegenConfig {
  version: string;
  extensions: string;
  /** Where the generated manifest goes (default: manifest.json in the target folders' common parent). */
  manifest?: string;
  clients: { name: string; spec: string; className: string }[];
  targets: {
    sdk: PackageTarget;
    cli?: PackageTarget & { bin: string; envPrefix: string; configDirName: string };
    mcp?: PackageTarget & { serverName: string };
  };
}

const SCHEMA_FILE = fileURLToPath(new URL('./config.schema.json', import.meta.url));

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
