import { createRulesetFunction } from '@stoplight/spectral-core';
import { MUTATING_METHODS, findParameter, isObject, operations, parameters } from './oas.js';

/**
 * Retries are only safe when the contract says how a mutation is deduplicated (a key header) or why
 * it need not be (an exemption), so the SDK never guesses whether to send a key or retry a POST.
 */
export default createRulesetFunction({ input: null, options: null }, function codegenIdempotency(doc) {
  const results = [];
  for (const entry of operations(doc)) {
    const idempotency = entry.op['x-codegen-idempotency'];
    const at = [...entry.path, 'x-codegen-idempotency'];
    if (!MUTATING_METHODS.has(entry.method)) {
      if (idempotency !== undefined) {
        results.push({ message: `${entry.label}: x-codegen-idempotency belongs on POST/PUT/PATCH/DELETE only`, path: at });
      }
      continue;
    }
    if (idempotency === undefined) {
      results.push({ message: `${entry.label} declares no x-codegen-idempotency (a key header, or an exemption with its reason)`, path: entry.path });
      continue;
    }
    if (!isObject(idempotency) || typeof idempotency.header !== 'string') continue;

    const header = findParameter(parameters(doc, entry), idempotency.header, 'header');
    if (!header) {
      results.push({ message: `${entry.label}: idempotency header "${idempotency.header}" is not declared as a header parameter`, path: [...at, 'header'] });
    } else if (typeof idempotency.required === 'boolean' && (header.param.required === true) !== idempotency.required) {
      results.push({
        message: `${entry.label}: x-codegen-idempotency.required is ${idempotency.required} but header parameter "${header.param.name}" has required: ${header.param.required === true}`,
        path: [...at, 'required'],
      });
    }
  }
  return results;
});
