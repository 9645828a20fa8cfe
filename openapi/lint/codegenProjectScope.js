import { createRulesetFunction } from '@stoplight/spectral-core';
import { findParameter, isObject, operations, parameters } from './oas.js';

/**
 * The server applies no default project, so a project-scoped operation must require the project
 * header, and the clients must know exactly which operations send it (CLI --project, SDK option).
 */
export default createRulesetFunction({ input: null, options: null }, function codegenProjectScope(doc) {
  const results = [];
  const root = doc['x-codegen-project'];
  const header = isObject(root) && typeof root.header === 'string' ? root.header : undefined;

  for (const entry of operations(doc)) {
    const scoped = entry.op['x-codegen-project-scoped'] === true;
    const at = [...entry.path, 'x-codegen-project-scoped'];
    if (header === undefined) {
      if (scoped) {
        results.push({ message: `${entry.label} is project-scoped but the document has no x-codegen-project naming the project header`, path: at });
      }
      continue;
    }
    const declared = findParameter(parameters(doc, entry), header, 'header');
    if (scoped && !declared) {
      results.push({ message: `${entry.label} is project-scoped but does not declare the ${header} header parameter`, path: at });
    } else if (scoped && declared.param.required !== true) {
      results.push({ message: `${entry.label}: the ${header} header must be required: true (the server applies no default project)`, path: declared.at });
    } else if (!scoped && declared) {
      results.push({ message: `${entry.label} declares the ${header} header but is not marked x-codegen-project-scoped: true`, path: declared.at });
    }
  }
  return results;
});
