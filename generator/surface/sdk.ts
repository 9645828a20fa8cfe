/**
 * The SDK's public API as a committed, reviewable file: every declaration the package entry exports
 * (re-exports and namespaces followed) and every class it exposes without exporting (the resources
 * behind `client.jobs`), one line per declaration and per public member, as written in the source,
 * sorted. A removed or changed line is an API change; the drift check keeps the file current.
 */
import type ts from 'typescript';
import { sortBy } from '../ir/naming.js';
import type { EmittedFile } from '../emit/types.js';
import { inMemoryProgram, literalValue, oneLine, typescript as t } from './typescript.js';

type Member = { key: string; line: string };
const K = t.SyntaxKind;

/** The kind's name (`ClassDeclaration`), not a marker sharing its number (`FirstStatement`). */
const KIND_NAMES = new Map<number, string>();
for (const [name, kind] of Object.entries(t.SyntaxKind)) if (typeof kind === 'number' && !/^(First|Last)/.test(name) && !KIND_NAMES.has(kind)) KIND_NAMES.set(kind, name);
const kindName = (node: ts.Node): string => KIND_NAMES.get(node.kind) ?? String(node.kind);

/** A declaration's name as written (`'x-id'` keeps its quotes); undefined for an anonymous one. */
const nameOf = (node: ts.Node): string | undefined => {
  const name = (node as { name?: ts.Node }).name;
  return name ? name.getText() : undefined;
};

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind): boolean =>
  t.canHaveModifiers(node) && (t.getModifiers(node) ?? []).some((m) => m.kind === kind);

type Typed = ts.Node & { type?: ts.TypeNode; initializer?: ts.Expression };

/** `: Type` as written; without one, a literal initializer (`= 'AbortError'`, `= 2`) says what the value is. */
const typeText = (node: Typed): string => {
  if (node.type) return `: ${oneLine(node.type)}`;
  const initializer = node.initializer;
  const value = literalValue(initializer);
  // Scalars only: a table (`operations`) is data the contract diff covers, not a signature.
  return initializer && value !== undefined && (value === null || typeof value !== 'object') ? ` = ${oneLine(initializer)}` : '';
};

const typeParams = (node: ts.Node): string => {
  const params = (node as { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }).typeParameters ?? [];
  return params.length ? `<${params.map(oneLine).join(', ')}>` : '';
};

const parametersOf = (node: ts.Node): readonly ts.ParameterDeclaration[] | undefined => (node as { parameters?: ts.NodeArray<ts.ParameterDeclaration> }).parameters;

function parameters(node: ts.Node): string {
  const params = parametersOf(node);
  if (!params) return '()';
  const list = params.map((p) => {
    const optional = p.questionToken || p.initializer ? '?' : '';
    return `${p.dotDotDotToken ? '...' : ''}${oneLine(p.name)}${optional}${typeText(p)}`;
  });
  return `(${list.join(', ')})`;
}

const returns = (node: ts.SignatureDeclaration): string => (node.type ? `: ${oneLine(node.type)}` : '');

const isPublic = (node: ts.Node): boolean =>
  !hasModifier(node, K.PrivateKeyword) && !hasModifier(node, K.ProtectedKeyword) && !nameOf(node)?.startsWith('#');

const MODIFIERS = [
  ['static', K.StaticKeyword],
  ['abstract', K.AbstractKeyword],
  ['readonly', K.ReadonlyKeyword],
] as const;
const prefix = (node: ts.Node): string =>
  MODIFIERS.filter(([, kind]) => hasModifier(node, kind))
    .map(([text]) => `${text} `)
    .join('');

const hasBody = (node: ts.Node): boolean => (node as { body?: ts.Node }).body !== undefined;

/**
 * Overloaded functions, methods and constructors are described by their overloads (the bodiless
 * declarations of the same name before the implementation), not the implementation.
 */
function signatures<T extends ts.Node>(node: T, siblings: readonly ts.Node[]): T[] {
  if (!hasBody(node)) return [node];
  const index = siblings.indexOf(node);
  const name = nameOf(node);
  const overloads = siblings
    .slice(0, index)
    .filter((s): s is T => s.kind === node.kind && !hasBody(s) && nameOf(s) === name && hasModifier(s, K.StaticKeyword) === hasModifier(node, K.StaticKeyword));
  return overloads.length ? overloads : [node];
}

/** Class members as listed: overload signatures are described through their implementation. */
const classMembersOf = (node: ts.ClassDeclaration): ts.ClassElement[] =>
  node.members.filter((m) => !((t.isMethodDeclaration(m) || t.isConstructorDeclaration(m)) && !m.body));

function typeMembers(owner: string, members: readonly ts.TypeElement[]): Member[] {
  return members.flatMap((member): Member[] => {
    if (t.isPropertySignature(member)) {
      const name = nameOf(member)!;
      return [{ key: name, line: `${prefix(member)}${owner}.${name}${member.questionToken ? '?' : ''}${typeText(member)}` }];
    }
    if (t.isMethodSignature(member)) {
      const name = nameOf(member)!;
      return [{ key: name, line: `${owner}.${name}${member.questionToken ? '?' : ''}${typeParams(member)}${parameters(member)}${returns(member)}` }];
    }
    // Index, call and construct signatures have no name: they sort first, as printed.
    return [{ key: '', line: `${owner}${oneLine(member)}` }];
  });
}

function classMembers(owner: string, node: ts.ClassDeclaration): Member[] {
  const members: Member[] = [];
  const listed = classMembersOf(node);
  for (const ctor of listed.filter(t.isConstructorDeclaration).flatMap((c) => signatures(c, node.members))) {
    members.push({ key: 'constructor', line: `${owner}.constructor${parameters(ctor)}` });
    // Public parameter properties (`readonly status: number`) are members too.
    for (const p of ctor.parameters.filter((p) => t.isParameterPropertyDeclaration(p, ctor) && isPublic(p))) {
      members.push({ key: nameOf(p)!, line: `${prefix(p)}${owner}.${nameOf(p)}${typeText(p)}` });
    }
  }
  for (const member of listed.filter(isPublic)) {
    const name = nameOf(member)!;
    if (t.isPropertyDeclaration(member)) {
      members.push({ key: name, line: `${prefix(member)}${owner}.${name}${member.questionToken ? '?' : ''}${typeText(member)}` });
    } else if (t.isMethodDeclaration(member)) {
      for (const sig of signatures(member, node.members))
        members.push({ key: name, line: `${prefix(sig)}${owner}.${name}${typeParams(sig)}${parameters(sig)}${returns(sig)}` });
    } else if (t.isGetAccessorDeclaration(member) || t.isSetAccessorDeclaration(member)) {
      const kind = t.isGetAccessorDeclaration(member) ? 'get' : 'set';
      members.push({ key: name, line: `${prefix(member)}${kind} ${owner}.${name}${parameters(member)}${returns(member)}` });
    }
  }
  return members;
}

function heritage(node: ts.Node): string {
  const clauses = t.isClassDeclaration(node) || t.isInterfaceDeclaration(node) ? (node.heritageClauses ?? []) : [];
  return clauses.map((c) => ` ${oneLine(c)}`).join('');
}

const declarationKind = (decl: ts.VariableDeclaration): string => {
  const list = decl.parent;
  if (!t.isVariableDeclarationList(list) || !t.isVariableStatement(list.parent)) return 'const';
  return list.flags & t.NodeFlags.Const ? 'const' : list.flags & t.NodeFlags.Let ? 'let' : 'var';
};

/** The head line and the member lines of one exported declaration, under the (qualified) name it is exported as. */
function describe(exported: string, name: string, decl: ts.Node): string[] {
  const declared = nameOf(decl) ?? exported;
  if (declared !== exported) return [`${name}: alias of ${kindName(decl).replace(/Declaration$/, '').toLowerCase()} ${declared}`];
  const head = (kind: string, rest = ''): string => `${kind} ${name}${typeParams(decl)}${rest}`;
  const sorted = (members: Member[]): string[] => sortBy(members, (m) => m.key).map((m) => m.line);
  if (t.isClassDeclaration(decl))
    return [head(hasModifier(decl, K.AbstractKeyword) ? 'abstract class' : 'class', heritage(decl)), ...sorted(classMembers(name, decl))];
  if (t.isInterfaceDeclaration(decl)) return [head('interface', heritage(decl)), ...sorted(typeMembers(name, decl.members))];
  if (t.isTypeAliasDeclaration(decl)) {
    const type = decl.type;
    // An object type lists its members, so a changed field is one changed line.
    if (t.isTypeLiteralNode(type)) return [head('type', ' = {…}'), ...sorted(typeMembers(name, type.members))];
    return [head('type', ` = ${oneLine(type)}`)];
  }
  if (t.isFunctionDeclaration(decl)) {
    if (!decl.body) return [];
    const siblings = (decl.parent as ts.SourceFile | ts.ModuleBlock).statements;
    return signatures(decl, siblings).map((sig) => `function ${name}${typeParams(sig)}${parameters(sig)}${returns(sig)}`);
  }
  if (t.isVariableDeclaration(decl)) return [`${declarationKind(decl)} ${name}${typeText(decl)}`];
  if (t.isEnumDeclaration(decl)) {
    return [`enum ${name}`, ...decl.members.map((m) => `${name}.${nameOf(m)}${m.initializer ? ` = ${oneLine(m.initializer)}` : ''}`)];
  }
  return [`${name}: ${kindName(decl)}`];
}

interface Entry {
  /** The name the module exports it under. */
  exported: string;
  /** That name qualified by its namespaces (`keycloak.Types.Token`). */
  name: string;
  decl: ts.Node;
}

/** The declarations behind one export, through re-exports, imports and namespace exports. */
function* declarationsOf(checker: ts.TypeChecker, declaration: ts.Node): Generator<ts.Node> {
  const ofSymbol = function* (symbol: ts.Symbol | undefined): Generator<ts.Node> {
    for (const d of symbol?.declarations ?? []) yield* declarationsOf(checker, d);
  };
  const aliased = (symbol: ts.Symbol | undefined): ts.Symbol | undefined =>
    symbol && symbol.flags & t.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  if (t.isExportSpecifier(declaration)) yield* ofSymbol(checker.getExportSpecifierLocalTargetSymbol(declaration));
  else if (t.isExportAssignment(declaration)) {
    if (t.isIdentifier(declaration.expression)) yield* ofSymbol(checker.getSymbolAtLocation(declaration.expression));
    else yield declaration.expression;
  } else if (t.isImportSpecifier(declaration) || t.isNamespaceImport(declaration) || t.isNamespaceExport(declaration)) {
    yield* ofSymbol(aliased(checker.getSymbolAtLocation(declaration.name)));
  } else if (t.isImportClause(declaration)) {
    if (declaration.name) yield* ofSymbol(aliased(checker.getSymbolAtLocation(declaration.name)));
  } else yield declaration;
}

/** The module's exports, namespaces (`export * as x`) expanded under `x.`. */
function exportedEntries(checker: ts.TypeChecker, file: ts.SourceFile, prefix = ''): Entry[] {
  const moduleSymbol = checker.getSymbolAtLocation(file);
  const byName = new Map<string, ts.Node[]>();
  for (const symbol of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
    for (const declaration of symbol.declarations ?? []) {
      byName.set(symbol.getName(), [...(byName.get(symbol.getName()) ?? []), ...declarationsOf(checker, declaration)]);
    }
  }
  return [...byName].flatMap(([exported, decls]) =>
    decls.flatMap((decl): Entry[] => {
      const name = `${prefix}${exported}`;
      return t.isSourceFile(decl) ? [{ exported, name, decl }, ...exportedEntries(checker, decl, `${name}.`)] : [{ exported, name, decl }];
    }),
  );
}

/** The parts of a declaration a caller sees: heritage and public signatures, not method bodies. */
function visibleParts(decl: ts.Node): ts.Node[] {
  if (!t.isClassDeclaration(decl)) return [decl];
  return [
    ...(decl.heritageClauses ?? []),
    ...classMembersOf(decl)
      .filter(isPublic)
      .flatMap((m): (ts.Node | undefined)[] => {
        const params = parametersOf(m);
        return params ? [...params, (m as ts.SignatureDeclaration).type] : [m];
      }),
  ].filter((n): n is ts.Node => n !== undefined);
}

const DESCRIBED: readonly ts.SyntaxKind[] = [K.ClassDeclaration, K.InterfaceDeclaration, K.TypeAliasDeclaration, K.EnumDeclaration];

/** Names of the type references below `node` (itself excluded), in source order. */
function referenceNames(node: ts.Node): ts.Node[] {
  const names: ts.Node[] = [];
  const typeRefs: ts.Node[] = [];
  const heritageRefs: ts.Node[] = [];
  const visit = (child: ts.Node): void => {
    if (t.isTypeReferenceNode(child)) typeRefs.push(child.typeName);
    else if (t.isExpressionWithTypeArguments(child)) heritageRefs.push(child.expression);
    child.forEachChild(visit);
  };
  node.forEachChild(visit);
  names.push(...typeRefs, ...heritageRefs);
  return names;
}

/** Declarations the visible parts name by type (`readonly jobs: Jobs`) that the package declares. */
function referenced(checker: ts.TypeChecker, decl: ts.Node): ts.Node[] {
  const names = visibleParts(decl).flatMap((part) => [...(t.isTypeReferenceNode(part) ? [part.typeName] : []), ...referenceNames(part)]);
  return names.flatMap((nameNode) => {
    const symbol = checker.getSymbolAtLocation(nameNode);
    const target = symbol && symbol.flags & t.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    return (target?.declarations ?? []).filter((d) => DESCRIBED.includes(d.kind));
  });
}

/**
 * Every line of one entry point's surface: its exports (names prefixed by `prefix`), plus the
 * declarations they expose without exporting them (the resource classes behind `client.jobs`), so
 * every method a caller can reach is listed.
 */
export function moduleSurface(checker: ts.TypeChecker, entry: ts.SourceFile, prefix = ''): string[] {
  const entries = exportedEntries(checker, entry, prefix);
  const seen = new Set(entries.map((e) => e.decl));
  const lines = entries.map((e) => ({
    name: e.name,
    lines: t.isSourceFile(e.decl) ? [`namespace ${e.name}`] : describe(e.exported, e.name, e.decl),
  }));
  // Only classes and interfaces can expose an unexported declaration with members to call; walking the
  // hundreds of model type aliases too would double the time this step takes.
  const walked = (d: ts.Node): boolean => t.isClassDeclaration(d) || t.isInterfaceDeclaration(d);
  for (let queue = entries.map((e) => e.decl).filter(walked); queue.length; ) {
    const next = [...new Set(queue.flatMap((d) => referenced(checker, d)))].filter((d) => !seen.has(d));
    for (const decl of next) {
      seen.add(decl);
      const name = nameOf(decl) ?? kindName(decl);
      const [head, ...members] = describe(name, name, decl);
      lines.push({ name, lines: [`${head} (not exported)`, ...members] });
    }
    queue = next;
  }
  return sortBy(lines, (l) => l.name).flatMap((l) => l.lines);
}

/**
 * The package's entry points from the `exports` of its package.json (`./dist/core/index.js` is built
 * from `src/core/index.ts`); `.` alone when there is no such map.
 */
function entryPoints(files: readonly EmittedFile[]): { subpath: string; source: string }[] {
  const manifest = files.find((f) => f.path === 'package.json');
  const exports =
    (manifest
      ? (JSON.parse(manifest.content) as { exports?: Record<string, { import?: string } | string> }).exports
      : undefined) ?? {};
  const entries = Object.entries(exports)
    .map(([subpath, target]) => ({ subpath, target: typeof target === 'string' ? target : target.import }))
    .filter((e): e is { subpath: string; target: string } => typeof e.target === 'string' && e.target.endsWith('.js'));
  if (!entries.length) return [{ subpath: '.', source: '/src/index.ts' }];
  return sortBy(entries, (e) => e.subpath).map((e) => ({
    subpath: e.subpath,
    source: e.target.replace(/^\.\/dist\//, '/src/').replace(/\.js$/, '.ts'),
  }));
}

/**
 * `api-surface.md` of the SDK package, from its emitted sources: the main entry's names as they are,
 * another entry point's prefixed by its subpath (`core:ApiError`).
 */
export function sdkSurfaceLines(files: readonly EmittedFile[]): string[] {
  const program = inMemoryProgram(files);
  const lines = entryPoints(files).flatMap(({ subpath, source }) =>
    moduleSurface(program.checker, program.sourceFile(source), subpath === '.' ? '' : `${subpath.slice(2)}:`),
  );
  // A class exposed by two entry points without being exported is listed once.
  return [...new Set(lines)];
}
