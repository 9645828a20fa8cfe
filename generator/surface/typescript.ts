/**
 * What the SDK's surface extractor needs from TypeScript: the emitted files of one target in an in-memory
 * ts-morph project, declarations printed as written, and data literals read back as values.
 *
 * Only syntax and module resolution are used, never type inference: the project has no lib files
 * (`noLib`) and no node_modules, which keeps the surface step in the low hundreds of milliseconds and
 * makes the printed surface independent of the TypeScript version's type printer.
 */
import { Node, Project, ts } from 'ts-morph';
import type { EmittedFile } from '../emit/types.js';

export function inMemoryProject(files: readonly EmittedFile[]): Project {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    compilerOptions: {
      noLib: true,
      skipLibCheck: true,
      types: [],
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      // Resolves the generated `./x.js` specifiers to their .ts sources without a package.json.
      moduleResolution: ts.ModuleResolutionKind.Bundler,
    },
  });
  for (const file of files) if (file.path.endsWith('.ts')) project.createSourceFile(`/${file.path}`, file.content);
  return project;
}

const printer = ts.createPrinter({ removeComments: true });

/** A node as the compiler prints it without comments, on one line. */
export function oneLine(node: Node): string {
  return printer
    .printNode(ts.EmitHint.Unspecified, node.compilerNode, node.getSourceFile().compilerNode)
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The value of a literal made only of data (objects, arrays, strings, numbers, booleans, null), as the
 * generator emits tables. `as const` / `satisfies` wrappers are looked through; anything else (a call,
 * an identifier, a spread) is `undefined`, so callers can tell data from code.
 */
export function literalValue(node: Node | undefined): unknown {
  if (!node) return undefined;
  if (Node.isAsExpression(node) || Node.isSatisfiesExpression(node) || Node.isParenthesizedExpression(node))
    return literalValue(node.getExpression());
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
  if (Node.isNumericLiteral(node)) return node.getLiteralValue();
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === ts.SyntaxKind.MinusToken) {
    const operand = literalValue(node.getOperand());
    return typeof operand === 'number' ? -operand : undefined;
  }
  if (Node.isTrueLiteral(node)) return true;
  if (Node.isFalseLiteral(node)) return false;
  if (Node.isNullLiteral(node)) return null;
  if (Node.isArrayLiteralExpression(node)) return node.getElements().map((element) => literalValue(element));
  if (Node.isObjectLiteralExpression(node)) {
    const out: Record<string, unknown> = {};
    for (const property of node.getProperties()) {
      if (!Node.isPropertyAssignment(property)) continue;
      const nameNode = property.getNameNode();
      const name =
        Node.isStringLiteral(nameNode) || Node.isNumericLiteral(nameNode)
          ? String(nameNode.getLiteralValue())
          : nameNode.getText();
      out[name] = literalValue(property.getInitializer());
    }
    return out;
  }
  return undefined;
}
