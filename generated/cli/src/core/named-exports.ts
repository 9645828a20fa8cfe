// Copied verbatim from templates/cli/core/named-exports.ts. DO NOT EDIT: change the template and regenerate.
/**
 * A dynamically imported package's exports. Node gives a CommonJS package's (yaml's, nanospinner's) named
 * exports; esbuild's bundle gives only its default export (module.exports), so `name` is looked up there too.
 */
export function namedExports<Library extends object>(library: Library, name: keyof Library): Library {
  return name in library ? library : (library as { default: Library }).default;
}
