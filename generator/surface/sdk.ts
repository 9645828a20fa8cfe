/**
 * The SDK's public API as a committed, reviewable file: every declaration the package entry exports
 * (re-exports and namespaces followed) and every class it exposes without exporting (the resources
 * behind `client.jobs`), one line per declaration and per public member, as written in the source,
 * sorted. A removed or changed line is an API change; the drift check keeps the file current.
 */
import { Node, SyntaxKind, type ClassDeclaration, type ModifierTexts, type SourceFile } from 'ts-morph';
import { sortBy } from '../ir/naming.js';
import type { EmittedFile } from '../emit/types.js';
import { inMemoryProject, literalValue, oneLine } from './typescript.js';

type Member = { key: string; line: string };

/** `: Type` as written; without one, a literal initializer (`= 'AbortError'`, `= 2`) says what the value is. */
const typeText = (node: Node & { getTypeNode(): Node | undefined }): string => {
  const type = node.getTypeNode();
  if (type) return `: ${oneLine(type)}`;
  const initializer = Node.isInitializerExpressionGetable(node) ? node.getInitializer() : undefined;
  const value = literalValue(initializer);
  // Scalars only: a table (`operations`) is data the contract diff covers, not a signature.
  return initializer && value !== undefined && (value === null || typeof value !== 'object')
    ? ` = ${oneLine(initializer)}`
    : '';
};

const typeParams = (node: Node): string => {
  const params = Node.isTypeParametered(node) ? node.getTypeParameters() : [];
  return params.length ? `<${params.map(oneLine).join(', ')}>` : '';
};

function parameters(node: Node): string {
  if (!Node.isParametered(node)) return '()';
  const list = node.getParameters().map((p) => {
    const optional = p.hasQuestionToken() || p.hasInitializer() ? '?' : '';
    return `${p.isRestParameter() ? '...' : ''}${oneLine(p.getNameNode())}${optional}${typeText(p)}`;
  });
  return `(${list.join(', ')})`;
}

const returns = (node: Node): string => {
  const type = Node.isReturnTyped(node) ? node.getReturnTypeNode() : undefined;
  return type ? `: ${oneLine(type)}` : '';
};

const isPublic = (node: Node): boolean =>
  !(Node.isModifierable(node) && (node.hasModifier('private') || node.hasModifier('protected'))) &&
  !(Node.hasName(node) && node.getName().startsWith('#'));

const MODIFIERS: ModifierTexts[] = ['static', 'abstract', 'readonly'];
const prefix = (node: Node): string =>
  Node.isModifierable(node)
    ? MODIFIERS.filter((m) => node.hasModifier(m))
        .map((m) => `${m} `)
        .join('')
    : '';

/** Overloaded functions and methods are described by their overloads, not the implementation. */
function signatures<T extends Node>(node: T & { getOverloads?(): T[] }): T[] {
  const overloads = node.getOverloads?.() ?? [];
  return overloads.length ? overloads : [node];
}

function typeMembers(owner: string, members: readonly Node[]): Member[] {
  return members.flatMap((member): Member[] => {
    if (Node.isPropertySignature(member)) {
      return [
        {
          key: member.getName(),
          line: `${prefix(member)}${owner}.${member.getName()}${member.hasQuestionToken() ? '?' : ''}${typeText(member)}`,
        },
      ];
    }
    if (Node.isMethodSignature(member)) {
      return [
        {
          key: member.getName(),
          line: `${owner}.${member.getName()}${member.hasQuestionToken() ? '?' : ''}${typeParams(member)}${parameters(member)}${returns(member)}`,
        },
      ];
    }
    // Index, call and construct signatures have no name: they sort first, as printed.
    return [{ key: '', line: `${owner}${oneLine(member)}` }];
  });
}

function classMembers(owner: string, node: ClassDeclaration): Member[] {
  const members: Member[] = [];
  for (const ctor of node.getConstructors().flatMap((c) => signatures(c))) {
    members.push({ key: 'constructor', line: `${owner}.constructor${parameters(ctor)}` });
    // Public parameter properties (`readonly status: number`) are members too.
    for (const p of ctor.getParameters().filter((p) => p.isParameterProperty() && isPublic(p))) {
      members.push({ key: p.getName(), line: `${prefix(p)}${owner}.${p.getName()}${typeText(p)}` });
    }
  }
  for (const member of node.getMembers().filter(isPublic)) {
    if (Node.isPropertyDeclaration(member)) {
      members.push({
        key: member.getName(),
        line: `${prefix(member)}${owner}.${member.getName()}${member.hasQuestionToken() ? '?' : ''}${typeText(member)}`,
      });
    } else if (Node.isMethodDeclaration(member)) {
      for (const sig of signatures(member))
        members.push({
          key: member.getName(),
          line: `${prefix(sig)}${owner}.${member.getName()}${typeParams(sig)}${parameters(sig)}${returns(sig)}`,
        });
    } else if (Node.isGetAccessorDeclaration(member) || Node.isSetAccessorDeclaration(member)) {
      const kind = Node.isGetAccessorDeclaration(member) ? 'get' : 'set';
      members.push({
        key: member.getName(),
        line: `${prefix(member)}${kind} ${owner}.${member.getName()}${parameters(member)}${returns(member)}`,
      });
    }
  }
  return members;
}

function heritage(node: Node): string {
  const clauses = Node.isClassDeclaration(node) || Node.isInterfaceDeclaration(node) ? node.getHeritageClauses() : [];
  return clauses.map((c) => ` ${oneLine(c)}`).join('');
}

/** The head line and the member lines of one exported declaration, under the (qualified) name it is exported as. */
function describe(exported: string, name: string, decl: Node): string[] {
  const declared = Node.hasName(decl) ? decl.getName() : exported;
  if (declared !== exported)
    return [
      `${name}: alias of ${decl
        .getKindName()
        .replace(/Declaration$/, '')
        .toLowerCase()} ${declared}`,
    ];
  const head = (kind: string, rest = ''): string => `${kind} ${name}${typeParams(decl)}${rest}`;
  const sorted = (members: Member[]): string[] => sortBy(members, (m) => m.key).map((m) => m.line);
  if (Node.isClassDeclaration(decl))
    return [head(decl.isAbstract() ? 'abstract class' : 'class', heritage(decl)), ...sorted(classMembers(name, decl))];
  if (Node.isInterfaceDeclaration(decl))
    return [head('interface', heritage(decl)), ...sorted(typeMembers(name, decl.getMembers()))];
  if (Node.isTypeAliasDeclaration(decl)) {
    const type = decl.getTypeNodeOrThrow();
    // An object type lists its members, so a changed field is one changed line.
    if (Node.isTypeLiteral(type)) return [head('type', ' = {…}'), ...sorted(typeMembers(name, type.getMembers()))];
    return [head('type', ` = ${oneLine(type)}`)];
  }
  if (Node.isFunctionDeclaration(decl))
    return decl.isOverload()
      ? []
      : signatures(decl).map((sig) => `function ${name}${typeParams(sig)}${parameters(sig)}${returns(sig)}`);
  if (Node.isVariableDeclaration(decl))
    return [`${decl.getVariableStatement()?.getDeclarationKind() ?? 'const'} ${name}${typeText(decl)}`];
  if (Node.isEnumDeclaration(decl)) {
    return [
      `enum ${name}`,
      ...decl
        .getMembers()
        .map((m) => `${name}.${m.getName()}${m.getInitializer() ? ` = ${oneLine(m.getInitializer()!)}` : ''}`),
    ];
  }
  return [`${name}: ${decl.getKindName()}`];
}

interface Entry {
  /** The name the module exports it under. */
  exported: string;
  /** That name qualified by its namespaces (`keycloak.Types.Token`). */
  name: string;
  decl: Node;
}

/** The module's exports, namespaces (`export * as x`) expanded under `x.`. */
function exportedEntries(file: SourceFile, prefix = ''): Entry[] {
  return [...file.getExportedDeclarations()].flatMap(([exported, decls]) =>
    decls.flatMap((decl): Entry[] => {
      const name = `${prefix}${exported}`;
      return Node.isSourceFile(decl)
        ? [{ exported, name, decl }, ...exportedEntries(decl, `${name}.`)]
        : [{ exported, name, decl }];
    }),
  );
}

/** The parts of a declaration a caller sees: heritage and public signatures, not method bodies. */
function visibleParts(decl: Node): Node[] {
  if (!Node.isClassDeclaration(decl)) return [decl];
  return [
    ...decl.getHeritageClauses(),
    ...decl
      .getMembers()
      .filter(isPublic)
      .flatMap((m): (Node | undefined)[] =>
        Node.isParametered(m) ? [...m.getParameters(), ...(Node.isReturnTyped(m) ? [m.getReturnTypeNode()] : [])] : [m],
      ),
  ].filter((n): n is Node => n !== undefined);
}

const DESCRIBED = [
  SyntaxKind.ClassDeclaration,
  SyntaxKind.InterfaceDeclaration,
  SyntaxKind.TypeAliasDeclaration,
  SyntaxKind.EnumDeclaration,
];

/** Declarations the visible parts name by type (`readonly jobs: Jobs`) that the package declares. */
function referenced(decl: Node): Node[] {
  const names = visibleParts(decl).flatMap((part) => [
    ...(Node.isTypeReference(part) ? [part.getTypeName()] : []),
    ...part.getDescendantsOfKind(SyntaxKind.TypeReference).map((ref) => ref.getTypeName()),
    ...part.getDescendantsOfKind(SyntaxKind.ExpressionWithTypeArguments).map((ref) => ref.getExpression()),
  ]);
  return names.flatMap((nameNode) => {
    const symbol = nameNode.getSymbol();
    return (
      (symbol?.getAliasedSymbol() ?? symbol)?.getDeclarations().filter((d) => DESCRIBED.includes(d.getKind())) ?? []
    );
  });
}

/**
 * Every line of one entry point's surface: its exports (names prefixed by `prefix`), plus the
 * declarations they expose without exporting them (the resource classes behind `client.jobs`), so
 * every method a caller can reach is listed.
 */
export function moduleSurface(entry: SourceFile, prefix = ''): string[] {
  const entries = exportedEntries(entry, prefix);
  const seen = new Set(entries.map((e) => e.decl));
  const lines = entries.map((e) => ({
    name: e.name,
    lines: Node.isSourceFile(e.decl) ? [`namespace ${e.name}`] : describe(e.exported, e.name, e.decl),
  }));
  // Only classes and interfaces can expose an unexported declaration with members to call; walking the
  // hundreds of model type aliases too would double the time this step takes.
  const walked = (d: Node): boolean => Node.isClassDeclaration(d) || Node.isInterfaceDeclaration(d);
  for (let queue = entries.map((e) => e.decl).filter(walked); queue.length;) {
    const next = [...new Set(queue.flatMap(referenced))].filter((d) => !seen.has(d));
    for (const decl of next) {
      seen.add(decl);
      const name = Node.hasName(decl) ? decl.getName() : decl.getKindName();
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
  const project = inMemoryProject(files);
  const lines = entryPoints(files).flatMap(({ subpath, source }) =>
    moduleSurface(project.getSourceFileOrThrow(source), subpath === '.' ? '' : `${subpath.slice(2)}:`),
  );
  // A class exposed by two entry points without being exported is listed once.
  return [...new Set(lines)];
}
