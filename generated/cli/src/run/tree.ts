// Copied verbatim from templates/cli/run/tree.ts. DO NOT EDIT: change the template and regenerate.
/**
 * The command tree built from the start-up table, and which command an argv names. Finding it before
 * yargs runs is what lets main import that one command module and nothing else.
 */
import type { CommandEntry } from './types.js';

/** A command group (`apps shared-runtimes`) and its help line. */
export interface GroupEntry {
  path: readonly string[];
  describe: string;
}

export interface CommandNode {
  name: string;
  path: readonly string[];
  describe: string;
  aliases: readonly string[];
  hidden: boolean;
  /** Set on commands; groups have children instead. */
  entry?: CommandEntry;
  children: CommandNode[];
}

export function commandTree(entries: readonly CommandEntry[], groups: readonly GroupEntry[] = []): CommandNode {
  const root: CommandNode = { name: '', path: [], describe: '', aliases: [], hidden: false, children: [] };
  const describe = new Map(groups.map((g) => [g.path.join(' '), g.describe]));
  for (const entry of entries) {
    let node = root;
    entry.path.forEach((name, depth) => {
      const path = entry.path.slice(0, depth + 1);
      let child = node.children.find((c) => c.name === name);
      if (!child) {
        child = { name, path, describe: describe.get(path.join(' ')) ?? '', aliases: [], hidden: true, children: [] };
        node.children.push(child);
      }
      if (depth === entry.path.length - 1)
        Object.assign(child, { entry, describe: entry.describe, aliases: entry.aliases, hidden: entry.hidden });
      // A group is listed when any command under it is.
      else if (!entry.hidden) child.hidden = false;
      node = child;
    });
  }
  return root;
}

export interface Found {
  /** The command argv names, if it names one. */
  entry?: CommandEntry;
  /** The words matched: the command's path, or the group the argv stops in. */
  path: readonly string[];
  /** Where the argv stops in a group: the first word that names nothing in it. */
  unknownWord?: string;
}

/**
 * The command the words of argv name. `valueFlags` are the global flags that take a value (`-o json`),
 * so their values are not mistaken for command words.
 */
export function findCommand(root: CommandNode, argv: readonly string[], valueFlags: ReadonlySet<string>): Found {
  let node = root;
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') break;
    if (token.startsWith('-')) {
      if (!token.includes('=') && valueFlags.has(token.replace(/^-+/, ''))) i++;
      continue;
    }
    const child = node.children.find((c) => c.name === token || c.aliases.includes(token));
    if (!child) return { path: node.path, unknownWord: token };
    if (child.entry) return { entry: child.entry, path: child.path };
    node = child;
  }
  return { path: node.path };
}
