/**
 * The CLI's command tree as a reviewable file: the global flags, then each command (aliases, hidden) and
 * each of its flags (type, allowed values, default, required, positional), read back from the emitted
 * start-up table (src/commands.ts), the command modules it loads and src/run/global-flags.ts.
 * Descriptions are left out: they are prose; the surface is what a script may type.
 */
import { Node, SyntaxKind, type Project, type SourceFile } from 'ts-morph';
import { sortBy } from '../ir/naming.js';
import type { EmittedFile } from '../emit/types.js';
import type { CommandSpec, FlagSpec } from '../../templates/cli/run/types.js';
import { inMemoryProject, literalValue } from './typescript.js';

const COMMANDS = '/src/commands.ts';
const GLOBAL_FLAGS = '/src/run/global-flags.ts';

/** The surface must not silently lose a part: a table it cannot read is a generator bug. */
function unreadable(what: string): never {
  throw new Error(`generator/surface/cli.ts cannot read ${what}; update it to the CLI's emitted shape`);
}

function flagLine(owner: string, flag: FlagSpec, positionals: readonly string[]): string {
  const type = `${flag.type}${flag.array || flag.variadic ? '[]' : ''}${flag.enum ? `: ${flag.enum.join('|')}` : ''}`;
  const position = positionals.indexOf(flag.name);
  const notes = [
    flag.required ? 'required' : '',
    position >= 0 ? `positional ${position + 1}` : '',
    flag.default !== undefined ? `default ${JSON.stringify(flag.default)}` : '',
    flag.minimum !== undefined ? `min ${flag.minimum}` : '',
    flag.maximum !== undefined ? `max ${flag.maximum}` : '',
    flag.hidden ? 'hidden' : '',
  ].filter(Boolean);
  return `${owner} --${flag.name}${flag.alias ? `, -${flag.alias}` : ''} <${type}>${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

function globalFlagLines(file: SourceFile | undefined): string[] {
  const flags = literalValue(
    file?.getFunction('globalFlags')?.getFirstDescendantByKind(SyntaxKind.ReturnStatement)?.getExpression(),
  );
  if (!Array.isArray(flags)) unreadable(`the array globalFlags() returns in ${GLOBAL_FLAGS}`);
  return sortBy(flags as FlagSpec[], (f) => f.name).map((flag) => flagLine('(global)', flag, []));
}

function commandLines(project: Project, entry: Node): string[] {
  // `load: () => import('./commands/x.js')`: the only call in the entry.
  const load = entry.asKind(SyntaxKind.ObjectLiteralExpression)?.getProperty('load');
  const target = literalValue(load?.getFirstDescendantByKind(SyntaxKind.CallExpression)?.getArguments()[0]);
  if (typeof target !== 'string') unreadable(`a command's load() import in ${COMMANDS}`);
  const file = project.getSourceFile(`/src/${target.replace(/^\.\//, '').replace(/\.js$/, '.ts')}`);
  const spec = literalValue(file?.getVariableDeclaration('spec')?.getInitializer()) as CommandSpec | undefined;
  if (!spec?.path || !Array.isArray(spec.flags)) unreadable(`the spec of ${target}`);
  const name = spec.path.join(' ');
  const notes = [
    spec.aliases.length ? `aliases: ${spec.aliases.join(', ')}` : '',
    spec.hidden ? 'hidden' : '',
    spec.deprecated ? 'deprecated' : '',
  ].filter(Boolean);
  return [
    `${name}${notes.length ? ` (${notes.join('; ')})` : ''}`,
    ...sortBy(spec.flags, (f) => f.name).map((flag) => flagLine(name, flag, spec.positionals)),
  ];
}

/** Lines of `command-surface.md`; undefined while the CLI package has no start-up table yet. */
export function cliSurfaceLines(files: readonly EmittedFile[]): string[] | undefined {
  if (!files.some((f) => `/${f.path}` === COMMANDS)) return undefined;
  // Only the tables are read: the start-up table, the global flags and the command modules' specs.
  const project = inMemoryProject(
    files.filter((f) => [COMMANDS, GLOBAL_FLAGS].includes(`/${f.path}`) || /^export const spec\b/m.test(f.content)),
  );
  const table = project.getSourceFileOrThrow(COMMANDS).getVariableDeclaration('commands')?.getInitializer();
  if (!Node.isArrayLiteralExpression(table)) unreadable(`the \`commands\` array in ${COMMANDS}`);
  const commands = sortBy(
    table.getElements().map((entry) => commandLines(project, entry)),
    (lines) => lines[0]!,
  );
  return [...globalFlagLines(project.getSourceFile(GLOBAL_FLAGS)), ...commands.flat()];
}
