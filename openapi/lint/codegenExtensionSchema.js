import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { createRulesetFunction } from '@stoplight/spectral-core';
import { HTTP_METHODS, isObject, operationLabel } from './oas.js';

const PREFIX = 'x-codegen-';
const ROOT_EXTENSIONS = new Set(['x-codegen-errors', 'x-codegen-project', 'x-codegen-auth']); // the rest are per operation
/** Keys whose values are data or names, not OpenAPI objects: an `x-codegen-*` key there is not an extension. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const', 'properties', 'patternProperties']);

const validatorsByDir = new Map();
/** One Ajv validator per `<name>.schema.json`, compiled once per folder. */
function validators(dir) {
  if (!validatorsByDir.has(dir)) {
    // strictRequired off: x-codegen-mcp's `not: {required}` names properties declared one level up.
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    addFormats(ajv);
    let files;
    try {
      files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
    } catch {
      throw new Error(`extension schema folder ${dir} not found`);
    }
    validatorsByDir.set(dir, new Map(files.map((f) => [f.slice(0, -'.schema.json'.length), ajv.compile(JSON.parse(readFileSync(join(dir, f), 'utf8')))])));
  }
  return validatorsByDir.get(dir);
}

/** Of a failed oneOf keep only the branch that came closest; the other branches' complaints are noise. */
function relevantErrors(errors) {
  let kept = errors;
  for (const oneOf of errors.filter((e) => e.keyword === 'oneOf')) {
    const prefix = `${oneOf.schemaPath}/`;
    const inBranch = (e) => e.schemaPath.startsWith(prefix);
    if (oneOf.params.passingSchemas) {
      kept = kept.filter((e) => !inBranch(e)); // several branches matched: the oneOf error says so
      continue;
    }
    const counts = new Map();
    for (const e of kept.filter(inBranch)) {
      const branch = e.schemaPath.slice(prefix.length).split('/')[0];
      counts.set(branch, (counts.get(branch) ?? 0) + 1);
    }
    const best = [...counts].sort((a, b) => a[1] - b[1])[0]?.[0];
    kept = kept.filter((e) => e !== oneOf && (!inBranch(e) || e.schemaPath.startsWith(`${prefix}${best}/`)));
  }
  return kept;
}

function describe(error) {
  const extra =
    error.keyword === 'additionalProperties' ? ` (${error.params.additionalProperty})`
    : error.keyword === 'enum' ? ` (${error.params.allowedValues.join(', ')})`
    : '';
  return `${error.instancePath || '/'} ${error.message}${extra}`;
}

/** Every `x-codegen-*` key in the document, with where it sits: the root, an operation, or elsewhere. */
function findExtensions(node, path, where, out) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => findExtensions(child, [...path, i], 'elsewhere', out));
    return out;
  }
  if (!isObject(node)) return out;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith(PREFIX)) {
      out.push({ key, value, path: [...path, key], where });
    } else if (!DATA_KEYS.has(key)) {
      const isOperation = path.length === 2 && path[0] === 'paths' && HTTP_METHODS.includes(key);
      findExtensions(value, [...path, key], isOperation ? 'operation' : 'elsewhere', out);
    } else if (key === 'properties' || key === 'patternProperties') {
      // property names are data, their schemas are not
      for (const [name, schema] of Object.entries(isObject(value) ? value : {})) findExtensions(schema, [...path, key, name], 'elsewhere', out);
    }
  }
  return out;
}

/**
 * The generator trusts the shape of every x-codegen-* value; each must validate against its JSON
 * Schema in openapi/extensions/ (schemasDir, relative to this ruleset file, like functionsDir).
 */
export default createRulesetFunction(
  {
    input: null,
    options: { type: 'object', additionalProperties: false, required: ['schemasDir'], properties: { schemasDir: { type: 'string' } } },
  },
  function codegenExtensionSchema(doc, options, context) {
    // Rollup bundles this file into a string Spectral evaluates, so import.meta.url is unavailable; the
    // ruleset's own path is the anchor (the CLI reports it as <ruleset dir>/.spectral.js).
    const rulesetFile = context.rule.owner.source;
    if (typeof rulesetFile !== 'string') throw new Error('codegen-extension-schema needs a ruleset loaded from a file');
    const known = validators(resolve(dirname(rulesetFile), options.schemasDir));

    const results = [];
    for (const { key, value, path, where } of findExtensions(doc, [], 'root', [])) {
      const [, pathKey, method] = path;
      const on = where === 'operation' ? `${operationLabel(method, pathKey, doc.paths[pathKey][method])}: ` : '';
      const validate = known.get(key);
      const expected = ROOT_EXTENSIONS.has(key) ? 'root' : 'operation';
      if (!validate) {
        results.push({ message: `${on}unknown extension ${key} (known: ${[...known.keys()].sort().join(', ')})`, path });
      } else if (where !== expected) {
        results.push({ message: `${on}${key} belongs on ${expected === 'root' ? 'the document root' : 'an operation'}`, path });
      } else if (!validate(value)) {
        for (const error of relevantErrors(validate.errors)) {
          const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
          results.push({ message: `${on}${key} ${describe(error)}`, path: [...path, ...segments] });
        }
      }
    }
    return results;
  },
);
