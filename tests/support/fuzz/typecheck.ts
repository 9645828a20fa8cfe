/**
 * Type-checks many generated outputs in one TypeScript program, cheaply: a file identical to the same file
 * of a baseline output (the runtimes, copied verbatim, are most of every package) is read once, from the
 * baseline, by every output that has it; only what the contract changed is checked per output. The
 * packages' own imports of each other (`fz-sdk`, `fz-mcp`, `#default-transport`) resolve to their sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Output folder -> the type errors found in it, `file(line,col): message` each. */
export type TypeErrors = Map<string, string[]>;

const PACKAGE_ENTRIES: Record<string, string> = {
  'fz-sdk': 'sdk/src/index.ts',
  'fz-sdk/core': 'sdk/src/core/index.ts',
  'fz-mcp': 'mcp/src/index.ts',
  '#default-transport': 'sdk/src/core/transport-web.ts',
};

/** The provenance header names the contract file, which differs between outputs that are otherwise equal. */
const withoutHeader = (text: string): string => text.replace(/^\/\/ Code generated from .*\n/, '');

export function sourceFiles(out: string): string[] {
  return readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.d.ts') && !e.parentPath.includes('node_modules'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Where an import of `file` (in output `out`) lands inside that output, if it does. */
function importTarget(out: string, file: string, specifier: string): string | undefined {
  const entry = PACKAGE_ENTRIES[specifier];
  if (entry) return path.join(out, entry);
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(file), specifier).replace(/\.js$/, '');
  return [`${base}.ts`, path.join(base, 'index.ts')].find((candidate) => ts.sys.fileExists(candidate));
}

/**
 * The files of an output that may be read from the baseline instead: equal to the baseline's, and
 * importing (transitively) only such files, so every type they see is the same as in the baseline.
 */
function sharedFiles(out: string, baselineText: ReadonlyMap<string, string>): Set<string> {
  const texts = new Map(sourceFiles(out).map((file) => [file, readFileSync(file, 'utf8')]));
  const shared = new Set([...texts].filter(([file, text]) => baselineText.get(path.relative(out, file)) === withoutHeader(text)).map(([file]) => file));
  const imports = new Map([...shared].map((file) => [file, ts.preProcessFile(texts.get(file)!, true, true).importedFiles.map((i) => importTarget(out, file, i.fileName))]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const file of shared) {
      if (imports.get(file)!.some((target) => target !== undefined && !shared.has(target))) {
        shared.delete(file);
        changed = true;
      }
    }
  }
  return shared;
}

export function typecheckOutputs(baseline: string, outputs: readonly string[]): TypeErrors {
  const config = ts.readConfigFile(path.join(baseline, 'cli/tsconfig.json'), ts.sys.readFile);
  const options = ts.parseJsonConfigFileContent(config.config, ts.sys, path.join(baseline, 'cli')).options;
  options.noEmit = true;
  const baselineText = new Map(sourceFiles(baseline).map((file) => [path.relative(baseline, file), withoutHeader(readFileSync(file, 'utf8'))]));
  const sharedOf = new Map(outputs.map((out) => [out, sharedFiles(out, baselineText)]));
  const outOf = (file: string): string | undefined => outputs.find((out) => file.startsWith(`${out}${path.sep}`));
  /** A file of an output, or the baseline's copy when the output may share it. */
  const shared = (file: string): string => {
    const out = outOf(file);
    return out && sharedOf.get(out)!.has(file) ? path.join(baseline, path.relative(out, file)) : file;
  };
  const host = ts.createCompilerHost(options);
  host.resolveModuleNameLiterals = (literals, containingFile, redirected, opts) =>
    literals.map((literal) => {
      const entry = PACKAGE_ENTRIES[literal.text];
      const root = outOf(containingFile) ?? (containingFile.startsWith(`${baseline}${path.sep}`) ? baseline : undefined);
      if (entry && root) return { resolvedModule: { resolvedFileName: shared(path.join(root, entry)), extension: ts.Extension.Ts, isExternalLibraryImport: false } };
      const found = ts.resolveModuleName(literal.text, containingFile, opts, host, undefined, redirected).resolvedModule;
      return { resolvedModule: found ? { ...found, resolvedFileName: shared(found.resolvedFileName) } : undefined };
    });
  const roots = new Set([...baselineText.keys()].map((rel) => path.join(baseline, rel)));
  for (const out of outputs) for (const file of sourceFiles(out)) roots.add(shared(file));
  const program = ts.createProgram({ rootNames: [...roots], options, host });
  const errors: TypeErrors = new Map([baseline, ...outputs].map((out) => [out, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName;
    const owner = file ? (outOf(file) ?? (file.startsWith(`${baseline}${path.sep}`) ? baseline : undefined)) : undefined;
    const where = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
    const line = `${file ? path.relative(owner ?? '', file) : '(program)'}${where ? `(${where.line + 1},${where.character + 1})` : ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    // A problem outside every output (a library's types, the options) belongs to all of them.
    for (const target of owner ? [owner] : errors.keys()) errors.get(target)!.push(line);
  }
  return errors;
}
