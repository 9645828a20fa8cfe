// Copied verbatim from templates/cli/core/index.ts. DO NOT EDIT: change the template and regenerate.
// The CLI runtime, copied verbatim into the generated CLI as src/core/. Generated commands import from here.
export * from './colour.js';
export * from './config.js';
export * from './confirm.js';
export * from './debug.js';
export * from './errors.js';
export * from './exit-codes.js';
export * from './flags.js';
export * from './headers.js';
export * from './identity.js';
export * from './output.js';
export * from './progress.js';
export * from './suggest.js';
export * from './terminal-text.js';
