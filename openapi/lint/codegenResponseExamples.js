import { createRulesetFunction } from '@stoplight/spectral-core';
import { ERROR_STATUS, deref, isObject, operations, responses } from './oas.js';

/** Each example value of a media type object, with where it is written. */
function exampleValues(doc, media, mediaPath) {
  if (media.example !== undefined) return [{ value: media.example, path: [...mediaPath, 'example'] }];
  if (!isObject(media.examples)) return [];
  return Object.entries(media.examples).flatMap(([name, raw]) => {
    const { value: example, path } = deref(doc, raw, [...mediaPath, 'examples', name]);
    return isObject(example) && example.value !== undefined ? [{ value: example.value, path: [...path, 'value'] }] : [];
  });
}

/**
 * Examples feed the mock server, `gpuaas explain` and the MCP tool descriptions; error examples must
 * show the correlation id every CLI/SDK failure is required to surface.
 */
export default createRulesetFunction({ input: null, options: null }, function codegenResponseExamples(doc) {
  const results = [];
  const errors = doc['x-codegen-errors'];
  const correlationField = isObject(errors) && typeof errors.correlationIdField === 'string' ? errors.correlationIdField : undefined;
  const checked = new Set(); // a shared components/responses entry is reported once, naming its first user
  for (const entry of operations(doc)) {
    for (const { status, response, path } of responses(doc, entry)) {
      const key = JSON.stringify(path);
      if (!isObject(response) || !isObject(response.content) || checked.has(key)) continue;
      checked.add(key);
      for (const [mediaType, media] of Object.entries(response.content)) {
        if (!isObject(media)) continue;
        const mediaPath = [...path, 'content', mediaType];
        const hasExamples = isObject(media.examples) && Object.keys(media.examples).length > 0;
        if (media.example === undefined && !hasExamples) {
          results.push({ message: `${entry.label} response ${status} ${mediaType} has no example or examples`, path: mediaPath });
          continue;
        }
        if (correlationField === undefined || !ERROR_STATUS.test(status)) continue;
        for (const example of exampleValues(doc, media, mediaPath)) {
          const id = isObject(example.value) ? example.value[correlationField] : undefined;
          if (typeof id !== 'string' || id === '') {
            results.push({ message: `${entry.label} response ${status}: the example has no non-empty "${correlationField}"`, path: example.path });
          }
        }
      }
    }
  }
  return results;
});
