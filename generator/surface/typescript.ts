/**
 * What the SDK's surface extractor needs from TypeScript: the emitted files of one target in an in-memory
 * program, declarations printed as written, and data literals read back as values.
 *
 * Only syntax and module resolution (the checker's export and alias tables) are used, never type
 * inference: the program has no lib files (`noLib`) and no node_modules, which keeps the surface step in
 * the low hundreds of milliseconds and makes the printed surface independent of the type printer.
 * The compiler API is used directly: a wrapper library (ts-morph) costs more to load and walk than the
 * extraction itself.
 */
import { createRequire } from 'node:module';
import type ts from 'typescript';
import type { EmittedFile } from '../emit/types.js';

/**
 * Required, not imported: an ES import of TypeScript's 9 MB CommonJS file lexes it for its export names
 * and detects its module format first, twice the time of loading it.
 */
export const typescript = createRequire(import.meta.url)('typescript') as typeof ts;

const OPTIONS: ts.CompilerOptions = {
  noLib: true,
  skipLibCheck: true,
  types: [],
  target: typescript.ScriptTarget.ES2022,
  module: typescript.ModuleKind.ESNext,
  // Resolves the generated `./x.js` specifiers to their .ts sources without a package.json.
  moduleResolution: typescript.ModuleResolutionKind.Bundler,
};

export interface InMemoryProgram {
  checker: ts.TypeChecker;
  /** The source file at `/<path>`; a generator bug when missing. */
  sourceFile(file: string): ts.SourceFile;
}

/** The target's TypeScript files at `/<path>`, in a program over an in-memory file system. */
export function inMemoryProgram(files: readonly EmittedFile[]): InMemoryProgram {
  const texts = new Map(files.filter((f) => f.path.endsWith('.ts')).map((f) => [`/${f.path}`, f.content]));
  const parsed = new Map<string, ts.SourceFile>();
  const host: ts.CompilerHost = {
    getSourceFile: (name, target) => {
      const text = texts.get(name);
      if (text === undefined) return undefined;
      let file = parsed.get(name);
      if (!file) parsed.set(name, (file = typescript.createSourceFile(name, text, target, true)));
      return file;
    },
    getDefaultLibFileName: () => '/lib.d.ts',
    writeFile: () => undefined,
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) => texts.has(name),
    readFile: (name) => texts.get(name),
    directoryExists: (dir) => [...texts.keys()].some((name) => name.startsWith(`${dir.replace(/\/$/, '')}/`)),
    getDirectories: () => [],
  };
  const program = typescript.createProgram({ rootNames: [...texts.keys()], options: OPTIONS, host });
  return {
    checker: program.getTypeChecker(),
    sourceFile: (file) => program.getSourceFile(file) ?? unreachable(`no ${file} among the emitted files`),
  };
}

function unreachable(message: string): never {
  throw new Error(`generator/surface: ${message}`);
}

const printer = typescript.createPrinter({ removeComments: true });

/** A node as the compiler prints it without comments, on one line. */
export function oneLine(node: ts.Node): string {
  return printer
    .printNode(typescript.EmitHint.Unspecified, node, node.getSourceFile())
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The value of a literal made only of data (objects, arrays, strings, numbers, booleans, null), as the
 * generator emits tables. `as const` / `satisfies` wrappers are looked through; anything else (a call,
 * an identifier, a spread) is `undefined`, so callers can tell data from code.
 */
export function literalValue(node: ts.Node | undefined): unknown {
  const t = typescript;
  if (!node) return undefined;
  if (t.isAsExpression(node) || t.isSatisfiesExpression(node) || t.isParenthesizedExpression(node)) return literalValue(node.expression);
  if (t.isStringLiteral(node) || t.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (t.isNumericLiteral(node)) return numberValue(node);
  if (t.isPrefixUnaryExpression(node) && node.operator === t.SyntaxKind.MinusToken) {
    const operand = literalValue(node.operand);
    return typeof operand === 'number' ? -operand : undefined;
  }
  if (node.kind === t.SyntaxKind.TrueKeyword) return true;
  if (node.kind === t.SyntaxKind.FalseKeyword) return false;
  if (node.kind === t.SyntaxKind.NullKeyword) return null;
  if (t.isArrayLiteralExpression(node)) return node.elements.map((element) => literalValue(element));
  if (t.isObjectLiteralExpression(node)) {
    const out: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (!t.isPropertyAssignment(property)) continue;
      const name = property.name;
      const key = t.isStringLiteral(name) ? name.text : t.isNumericLiteral(name) ? String(numberValue(name)) : name.getText();
      out[key] = literalValue(property.initializer);
    }
    return out;
  }
  return undefined;
}

/** As written: `1.5` a float, anything else read as a decimal integer. */
const numberValue = (node: ts.NumericLiteral): number => (node.text.includes('.') ? parseFloat(node.text) : parseInt(node.text, 10));
