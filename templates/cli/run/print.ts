/**
 * Results to stdout in the chosen format (nothing else ever writes there); hints about them (more pages,
 * columns left out, an empty list) to stderr, after the result, dim on a terminal.
 */
import {
  colourEnabled,
  listWriter,
  loadFormat,
  palette,
  render,
  resolveFormat,
  terminalText,
  TABLE_BLOCK_ROWS,
  type Column,
  type OutputFormat,
  type Palette,
  type RenderOptions,
} from '../core/index.js';
import type { GlobalOptions } from './global.js';
import type { RunContext } from './types.js';

export interface ListInfo {
  columns?: readonly Column[];
  /** What the list holds (`nodes`): an empty table says "No nodes found." */
  noun?: string;
  /** There are more pages: the cursor of the next one and the flags that reach it. */
  more?: { cursor: string; cursorFlag?: string; allFlag?: string };
}

export interface Printer {
  format: OutputFormat;
  /** A list, or one result; JSON/YAML print everything, tables and CSV the columns. */
  print(data: unknown, columns?: readonly Column[]): void;
  /** A list, item by item as it arrives (waiting while stdout is full), then its hints. */
  list(items: Iterable<unknown> | AsyncIterable<unknown>, info?: ListInfo): Promise<void>;
  /** A line for people on stderr, dim on a terminal. */
  hint(text: string): void;
  /** Colours for stdout (none when it is not a terminal, or with NO_COLOR / --no-color). */
  colours: Palette;
}

const isTable = (format: OutputFormat): boolean => format === 'table' || format === 'wide';

/** Resolves `-o` against the terminal first, so a bad value fails before any request; loads what the format needs. */
export async function printer(ctx: RunContext, global: GlobalOptions): Promise<Printer> {
  const format = resolveFormat(global.output, ctx.tty.stdout);
  await loadFormat(format);
  const settings = { noColor: global.noColor, env: ctx.env };
  const colours = palette(colourEnabled(ctx.tty.stdout, settings));
  const hintColours = palette(colourEnabled(ctx.tty.stderr, settings));
  const options = (columns?: readonly Column[]): RenderOptions => ({
    format,
    ...(columns?.length ? { columns } : {}),
    noHeading: global.noHeading,
    isTTY: ctx.tty.stdout,
    ...(ctx.columns ? { terminalWidth: ctx.columns } : {}),
    colours,
  });
  const hint = (text: string) => void ctx.stderr.write(`${hintColours.dim(text)}\n`);
  return {
    format,
    colours,
    hint,
    print(data, columns) {
      const text = render(data, options(columns));
      if (text) ctx.stdout.write(text);
    },
    async list(items, info = {}) {
      let full = false;
      const writer = listWriter(options(info.columns), (text) => void (full = !ctx.stdout.write(text) || full));
      for await (const item of items) {
        writer.item(item);
        // A slow reader (a pipe to `head`, a network) must not make the output pile up in memory.
        if (full) await new Promise((resolve) => ctx.stdout.once('drain', resolve));
        full = false;
      }
      const { count, hidden, blocked } = writer.end();
      if (blocked) hint(`columns sized by the first ${TABLE_BLOCK_ROWS} rows (a table prints in blocks of ${TABLE_BLOCK_ROWS}); -o json, jsonl or csv for scripts`);
      if (!isTable(format)) {
        if (info.more) hint(`more results: ${moreFlags(info.more, info.more.cursor).join(', or ')}`);
        return;
      }
      if (count === 0) hint(`No ${info.noun ?? 'items'} found.`);
      if (hidden.length && ctx.tty.stdout) hint(`-o wide also shows ${hidden.join(', ')}`);
      // A cursor is long and opaque: people get the short form, scripts the value (-o json).
      if (info.more) hint(`more results: ${moreFlags(info.more, '<next>').join(', or ')} (-o json prints the cursor)`);
    },
  };
}

function moreFlags(more: NonNullable<ListInfo['more']>, cursor: string): string[] {
  return [
    more.allFlag && `--${more.allFlag}`,
    more.cursorFlag && `--${more.cursorFlag} ${terminalText(cursor)}`,
  ].filter((flag): flag is string => Boolean(flag));
}

/** A command that changes state (login, use): one line for people, or `data` in the format `-o` asks for. */
export async function printStatus(ctx: RunContext, global: GlobalOptions, message: string, data: unknown): Promise<void> {
  // The message quotes the server (a user or project name).
  if (global.output === undefined) ctx.stdout.write(`${terminalText(message)}\n`);
  else (await printer(ctx, global)).print(data);
}
