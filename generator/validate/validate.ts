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
import { GeneratorError, Problems } from '../errors.js';
import type { LoadedSpec } from '../load/load.js';
import { listOperations } from '../load/operations.js';

export const EXTENSION_PREFIX = 'x-codegen-';
export { HTTP_METHODS, listOperations, type OperationRef } from '../load/operations.js';

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
        : typeof error.params.propertyName === 'string'
          ? ` (${JSON.stringify(error.params.propertyName.length > 60 ? `${error.params.propertyName.slice(0, 57)}...` : error.params.propertyName)})`
          : '';
  return `${where}${error.message ?? 'is invalid'}${extra}`.trim();
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

/**
 * The problems Ajv found, one per place: an error whose path lies inside another error's path says the
 * same thing less precisely (Ajv's if/then and oneOf branches add such follow-ups), so only the deepest stay.
 */
function schemaProblems(errors: readonly ErrorObject[]): ErrorObject[] {
  const deepest = [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length);
  const kept: ErrorObject[] = [];
  for (const error of deepest) {
    if (kept.some((k) => k.instancePath === error.instancePath || k.instancePath.startsWith(`${error.instancePath}/`))) continue;
    kept.push(error);
  }
  return kept.sort((a, b) => (a.instancePath < b.instancePath ? -1 : a.instancePath > b.instancePath ? 1 : 0));
}

/** Keywords whose values are data, not schemas: a key named `schema` inside them is no Schema Object. */
const DATA_KEYWORDS = new Set(['example', 'examples', 'enum', 'const', 'default']);
const JSON_SCHEMA_2020 = 'https://json-schema.org/draft/2020-12/schema';
let metaValidator: Ajv2020 | undefined;

/**
 * OpenAPI 3.1's own schema leaves Schema Objects to their dialect, so `type: null` or `required: "id"`
 * pass it; every Schema Object (under a `schema` key or in components.schemas) is checked here against
 * JSON Schema 2020-12, the default dialect. A document that declares another dialect is left to it.
 */
function checkSchemas31(spec: LoadedSpec, problems: Problems): void {
  const dialect = spec.document.jsonSchemaDialect;
  if (!spec.document.openapi.startsWith('3.1') || (dialect !== undefined && dialect !== JSON_SCHEMA_2020)) return;
  metaValidator ??= new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  const check = (schema: unknown, pointer: string): void => {
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) {
      if (typeof schema !== 'boolean') problems.add(new GeneratorError('a schema must be an object or a boolean', spec.locate(pointer)));
      return;
    }
    // Its own `$schema` would make Ajv look for another meta-schema; the document's dialect applies.
    const { $schema: _dialect, ...rest } = schema as Record<string, unknown>;
    if (metaValidator!.validateSchema(rest) !== true) {
      const error = metaValidator!.errors?.[0];
      if (error) problems.add(new GeneratorError(`not a valid JSON Schema 2020-12 schema: ${describeAjvError(error)}`, spec.locate(`${pointer}${error.instancePath}`)));
    }
  };
  const visit = (node: unknown, pointer: string, parentKey?: string): void => {
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      const at = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (DATA_KEYWORDS.has(key) || key.startsWith('x-')) continue;
      if (key === 'schema' && parentKey !== 'properties') check(value, at);
      else if (parentKey === 'schemas' && pointer === '/components/schemas') check(value, at);
      else visit(value, at, key);
    }
  };
  visit(spec.document.paths, '/paths');
  visit(spec.document.components, '/components');
  visit(spec.document.webhooks, '/webhooks');
}

/** Every problem of the document in one run (see errors.ts Problems); throws them together. */
/**
 * One OpenAPI validator for the process: it compiles the meta-schema of each OpenAPI version once (the
 * costly part), and keeps nothing else between documents that a later validation reads.
 */
let openApiValidator: Validator | undefined;

export async function validateSpec(spec: LoadedSpec, validators: ExtensionValidators): Promise<void> {
  const problems = new Problems();
  const result = await (openApiValidator ??= new Validator()).validate(spec.document as unknown as Parameters<Validator['validate']>[0]);
  if (!result.valid) {
    const errors = (Array.isArray(result.errors) ? result.errors : []) as ErrorObject[];
    if (!errors.length) problems.add(new GeneratorError(`not a valid OpenAPI ${spec.document.openapi} document: ${String(result.errors)}`, spec.locate('')));
    for (const error of schemaProblems(errors)) {
      problems.add(new GeneratorError(`not a valid OpenAPI ${spec.document.openapi} document: ${describeAjvError(error)}`, spec.locate(error.instancePath)));
    }
  }
  checkSchemas31(spec, problems);
  problems.attempt(() => checkExtensions(spec.document, '', spec, validators), undefined);
  for (const { operation, pointer } of listOperations(spec.document)) {
    problems.attempt(() => checkExtensions(operation, pointer, spec, validators), undefined);
  }
  problems.done();
}
