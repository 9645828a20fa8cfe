/**
 * JSON Schema keywords that hold subschemas, for walks over a schema. Free of runtime imports: the
 * generator's tool-schema compaction (generator/emit/mcp/schema.ts) walks with the same sets.
 */
/** A map of subschemas. */
export const SCHEMA_MAPS: ReadonlySet<string> = new Set(['properties', 'patternProperties', 'dependentSchemas']);
/** A list of subschemas. */
export const SCHEMA_LISTS: ReadonlySet<string> = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);
/** One subschema (or, for `items`, also a list). */
export const SCHEMA_VALUES: ReadonlySet<string> = new Set(['items', 'additionalItems', 'additionalProperties', 'unevaluatedProperties', 'unevaluatedItems', 'not', 'if', 'then', 'else', 'contains', 'propertyNames']);
