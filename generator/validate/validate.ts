/**
 * Validate stage: the document against the OpenAPI JSON Schema, every x-codegen-* extension against its
 * own schema, and the cross-references the IR relies on. The first problem found stops generation with
 * a located message; the Spectral ruleset (npm run lint:contract) reports the rest of the style rules.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { GeneratorError, toPointer } from '../errors.js';
import type { LoadedSpec } from '../load/load.js';

export const EXTENSION_PREFIX = 'x-codegen-';
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type ExtensionValidators = ReadonlyMap<string, ValidateFunction>;

export async function loadExtensionSchemas(dir: string): Promise<ExtensionValidators> {
  const ajv = new Ajv2020({ allErrors: false, strict: true, strictRequired: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const validators = new Map<string, ValidateFunction>();
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.schema.json')).sort();
  } catch {
    throw new GeneratorError('extension schema folder not found', { file: dir });
  }
  for (const name of names) {
    const schema = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as object;
    validators.set(name.replace(/\.schema\.json$/, ''), ajv.compile(schema));
  }
  return validators;
}

function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath ? `${error.instancePath} ` : '';
  const extra =
    error.keyword === 'additionalProperties'
      ? ` (${String(error.params.additionalProperty)})`
      : error.keyword === 'enum'
        ? ` (${(error.params.allowedValues as unknown[]).join(', ')})`
        : '';
  return `${where}${error.message ?? 'is invalid'}${extra}`.trim();
}

export interface OperationRef {
  pathKey: string;
  method: (typeof HTTP_METHODS)[number];
  operation: Record<string, unknown>;
  pointer: string;
}

export function listOperations(document: LoadedSpec['document']): OperationRef[] {
  const result: OperationRef[] = [];
  for (const [pathKey, item] of Object.entries(document.paths ?? {})) {
    if (typeof item !== 'object' || item === null) continue;
    for (const method of HTTP_METHODS) {
      const operation = (item as Record<string, unknown>)[method];
      if (typeof operation === 'object' && operation !== null) {
        result.push({ pathKey, method, operation: operation as Record<string, unknown>, pointer: toPointer(['paths', pathKey, method]) });
      }
    }
  }
  return result;
}

function checkExtensions(node: Record<string, unknown>, pointer: string, spec: LoadedSpec, validators: ExtensionValidators): void {
  for (const [key, value] of Object.entries(node)) {
    if (!key.startsWith(EXTENSION_PREFIX)) continue;
    const at = `${pointer}/${key}`;
    const validate = validators.get(key);
    if (!validate) {
      throw new GeneratorError(`unknown extension ${key} (known: ${[...validators.keys()].join(', ')})`, spec.locate(at));
    }
    if (!validate(value)) {
      const error = validate.errors?.[0];
      throw new GeneratorError(`${key} ${error ? describeAjvError(error) : 'is invalid'}`, spec.locate(`${at}${error?.instancePath ?? ''}`));
    }
  }
}

export async function validateSpec(spec: LoadedSpec, validators: ExtensionValidators): Promise<void> {
  const result = await new Validator().validate(spec.document as unknown as Parameters<Validator["validate"]>[0]);
  if (!result.valid) {
    const errors = (Array.isArray(result.errors) ? result.errors : []) as ErrorObject[];
    // Ajv's if/then branches add vague follow-up errors; the deepest one names the real problem.
    const error = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
    throw new GeneratorError(
      `not a valid OpenAPI ${spec.document.openapi} document: ${error ? describeAjvError(error) : String(result.errors)}`,
      spec.locate(error?.instancePath ?? ''),
    );
  }

  checkExtensions(spec.document, '', spec, validators);
  const seen = new Map<string, string>();
  for (const { operation, pointer } of listOperations(spec.document)) {
    checkExtensions(operation, pointer, spec, validators);
    const id = operation.operationId;
    if (typeof id !== 'string' || id === '') {
      throw new GeneratorError('operation has no operationId (every operation needs one to be named in the clients)', spec.locate(pointer));
    }
    const first = seen.get(id);
    if (first !== undefined) {
      throw new GeneratorError(`duplicate operationId "${id}" (first used at #${first})`, spec.locate(`${pointer}/operationId`));
    }
    seen.set(id, pointer);
  }
}
