// Copied verbatim from templates/cli/core/output.ts. DO NOT EDIT: change the template and regenerate.
/**
 * Results as text: one writer per format. A list goes through `listWriter` (begin on creation, `item`
 * per element, `end`), so JSON, JSON Lines, YAML and CSV are streamed item by item (`--all` over 100k
 * items holds one page at a time); a table needs rows to size its columns and buffers them in blocks of
 * TABLE_BLOCK_ROWS, later blocks keeping the first block's layout. A single result (get, create, a `--wait` result) is
 * `renderObject`: `key: value` lines on a table, the object itself in JSON and YAML, one record in CSV.
 *
 * Every server string that reaches a table or `key: value` line goes through terminalText (no escape
 * sequence or control character from the server acts on the terminal). Machine formats print values
 * exactly as received.
 */
import stringWidth from 'string-width';
import { palette, stateColour, type Palette } from './colour.js';
import { parseEnum } from './flags.js';
import { namedExports } from './named-exports.js';
import { terminalText } from './terminal-text.js';

export const OUTPUT_FORMATS = ['table', 'wide', 'csv', 'json', 'jsonl', 'yaml'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

let yamlLibrary: typeof import('yaml') | undefined;
let csvLibrary: typeof import('csv-stringify/sync') | undefined;

/**
 * Loads the library a format renders with (yaml, csv-stringify), imported on demand so that a command
 * loads only what its output needs; call it before rendering that format (printer() does).
 */
export async function loadFormat(format: OutputFormat): Promise<void> {
  if (format === 'yaml') yamlLibrary ??= namedExports(await import('yaml'), 'stringify');
  else if (format === 'csv') csvLibrary ??= namedExports(await import('csv-stringify/sync'), 'stringify');
}


function loaded<Library>(library: Library | undefined, format: OutputFormat): Library {
  if (!library) throw new Error(`-o ${format} rendered before loadFormat('${format}')`);
  return library;
}

/** The user's `-o` wins; otherwise a table for people at a terminal and JSON for pipes and agents. */
export function resolveFormat(requested: string | undefined, isTTY: boolean): OutputFormat {
  if (requested === undefined || requested === '') return isTTY ? 'table' : 'json';
  return parseEnum(requested, OUTPUT_FORMATS, 'output');
}

/** A table column, as the contract declares it (x-codegen-cli.columns). */
export interface ColumnSpec {
  /** Field of the row, dotted for nested fields. */
  field: string;
  /**
   * When a table does not fit the terminal, columns are dropped highest priority first (ties: the
   * rightmost first). The first column is never dropped. Default 1.
   */
  priority?: number;
  /** Free text: wrapped at word boundaries to fit, rather than dropped. Other columns are never cut. */
  wrap?: boolean;
  /** Lifecycle states (an enum field): coloured by meaning. */
  state?: boolean;
}

export type Column = string | ColumnSpec;

export interface RenderOptions {
  format: OutputFormat;
  /** Table/CSV columns (and the fields of `key: value` output), in order. Default: the keys of the first row. */
  columns?: readonly Column[];
  noHeading?: boolean;
  /** Tables are fitted to `terminalWidth` only on a TTY; piped output is never cut. */
  isTTY?: boolean;
  terminalWidth?: number;
  /** Colours for table and `key: value` output (default: none). */
  colours?: Palette;
}

/** A table holds at most this many rows before printing them: more would grow memory with the result. */
export const TABLE_BLOCK_ROWS = 1000;

/** What a list writer printed, for the hints after it. */
export interface ListSummary {
  count: number;
  /** Columns a table dropped to fit the terminal (`-o wide` shows them). */
  hidden: string[];
  /** The table printed in blocks, sized by the first TABLE_BLOCK_ROWS rows. */
  blocked?: boolean;
}

export interface ListWriter {
  item(value: unknown): void;
  end(): ListSummary;
}

const COLUMN_GAP = '  ';
/** A free-text column is wrapped down to this width at most before other columns are dropped. */
const WRAP_MIN_WIDTH = 16;
const PLAIN = palette(false);

const spec = (column: Column): ColumnSpec => (typeof column === 'string' ? { field: column } : column);

/** Writes a list in the format, starting now; each item is written (or, for tables, kept) as it comes. */
export function listWriter(options: RenderOptions, write: (text: string) => void): ListWriter {
  let count = 0;
  switch (options.format) {
    case 'json':
      write('[');
      return {
        item(value) {
          write(`${count++ ? ',' : ''}\n${indent(JSON.stringify(value, null, 2), '  ')}`);
        },
        end: () => (write(count ? '\n]\n' : ']\n'), { count, hidden: [] }),
      };
    case 'jsonl':
      return {
        item(value) {
          count++;
          write(`${JSON.stringify(value)}\n`);
        },
        end: () => ({ count, hidden: [] }),
      };
    case 'yaml':
      return {
        item(value) {
          count++;
          write(yaml([value]));
        },
        end: () => (count || write('[]\n'), { count, hidden: [] }),
      };
    case 'csv': {
      let columns = options.columns?.map((c) => spec(c).field);
      const header = () => {
        if (!options.noHeading && columns?.length) write(csvRecord(columns));
      };
      if (columns?.length) header();
      return {
        item(value) {
          const row = asRow(value);
          if (!columns?.length) {
            columns = Object.keys(row);
            header();
          }
          count++;
          write(csvRecord(columns.map((column) => cellText(getPath(row, column)))));
        },
        end: () => ({ count, hidden: [] }),
      };
    }
    case 'table':
    case 'wide': {
      let rows: Row[] = [];
      let layout: TableLayout | undefined;
      const flush = () => {
        layout ??= tableLayout(rows, options);
        const text = tableText(rows, layout, options, count <= rows.length);
        if (text) write(text);
        rows = [];
      };
      return {
        item(value) {
          count++;
          rows.push(asRow(value));
          if (rows.length === TABLE_BLOCK_ROWS) flush();
        },
        end() {
          if (rows.length || !layout) flush();
          return { count, hidden: layout?.hidden ?? [], ...(count > TABLE_BLOCK_ROWS ? { blocked: true } : {}) };
        },
      };
    }
  }
}

/**
 * Text for stdout, ending in a newline, or '' when there is nothing to print (no result, or an empty
 * list as a table). An array is a list; anything else is one result.
 */
export function render(data: unknown, options: RenderOptions): string {
  if (data === undefined) return '';
  if (!Array.isArray(data)) return renderObject(data, options);
  let text = '';
  const writer = listWriter(options, (chunk) => (text += chunk));
  for (const item of data) writer.item(item);
  writer.end();
  return text;
}

/** One result: `key: value` lines on a table (every field with `-o wide`), the object in JSON/YAML, one CSV record. */
export function renderObject(value: unknown, options: RenderOptions): string {
  if (value === undefined) return '';
  switch (options.format) {
    case 'json':
      return JSON.stringify(value, null, 2) + '\n';
    case 'jsonl':
      return JSON.stringify(value) + '\n';
    case 'yaml':
      return yaml(value);
    case 'csv':
      return render([value], options);
    case 'table':
    case 'wide':
      return keyValueText(value, options);
  }
}

// lineWidth 0: never fold long strings, so values survive line-based tools.
const yaml = (value: unknown): string =>
  loaded(yamlLibrary, 'yaml').stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });

/**
 * RFC 4180 quoting (fields with `,` `"` CR or LF are quoted, quotes doubled); records end in LF rather
 * than the RFC's CRLF so that `cut`/`awk`/`wc -l` work. csv-stringify quotes LF but not a lone CR.
 */
const csvRecord = (fields: readonly string[]): string =>
  loaded(csvLibrary, 'csv').stringify([fields], { record_delimiter: 'unix', quoted_match: /\r/ });

const indent = (text: string, prefix: string): string =>
  text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');

// ---------------------------------------------------------------------------------------------- tables

/** What a table's blocks share: the columns kept, their widths, the heading. */
interface TableLayout {
  columns: ColumnSpec[];
  head: string[];
  keep: number[];
  widths: number[];
  hidden: string[];
}

const tableCells = (rows: readonly Row[], columns: readonly ColumnSpec[]): string[][] =>
  // One line per value: a line break inside a cell would break the grid, so it shows as \n.
  rows.map((row) => columns.map((c) => terminalText(cellText(getPath(row, c.field)))));

function tableLayout(rows: Row[], options: RenderOptions): TableLayout | undefined {
  if (rows.length === 0) return undefined;
  const columns = (options.columns?.length ? options.columns : Object.keys(rows[0]!)).map(spec);
  // Headers are the field paths upper-cased (kubectl style), so a header always names a usable column.
  const head = columns.map((c) => terminalText(c.field.toUpperCase()));
  const cells = tableCells(rows, columns);
  // Loops, not Math.max(...cells): spreading 100k rows as arguments overflows the stack.
  const natural = columns.map((_, i) =>
    cells.reduce((max, line) => Math.max(max, stringWidth(line[i]!)), options.noHeading ? 0 : stringWidth(head[i]!)),
  );
  // Wrapping breaks lines between words only: the longest word (an id in a message) is never cut.
  const longestWord = columns.map((c, i) =>
    c.wrap
      ? cells.reduce((max, line) => line[i]!.split(' ').reduce((m, word) => Math.max(m, stringWidth(word)), max), 0)
      : natural[i]!,
  );
  const fit =
    options.isTTY && options.terminalWidth
      ? fitColumns(columns, natural, options.terminalWidth, options.format === 'wide', longestWord)
      : { keep: columns.map((_, i) => i), widths: natural };
  const kept = new Set(fit.keep);
  return {
    columns,
    head,
    keep: fit.keep,
    widths: fit.keep.map((_, n) => fit.widths[n]!),
    hidden: columns.filter((_, i) => !kept.has(i)).map((c) => c.field),
  };
}

/** Rows laid out on `layout` (a cell wider than its column, in a later block, pushes the row: nothing is cut). */
function tableText(rows: Row[], layout: TableLayout | undefined, options: RenderOptions, heading: boolean): string {
  if (!layout || rows.length === 0) return '';
  const { columns, keep, widths } = layout;
  const colours = options.colours ?? PLAIN;
  // Laid out here rather than by a table library: its rendering time grows with the square of the rows.
  const wraps = keep.map((i) => columns[i]!.wrap === true);
  const lines: string[] = [];
  if (heading && !options.noHeading) gridRow(keep.map((i) => layout.head[i]!), widths, wraps, colours.bold, lines);
  for (const line of tableCells(rows, columns)) {
    gridRow(
      keep.map((i) => line[i]!),
      widths,
      wraps,
      (text, n) => (columns[keep[n]!]!.state && text ? stateColour(text, colours) : text),
      lines,
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * One table row as lines: each cell padded to its column's width (wrap columns broken between words, so a
 * row may take several lines), COLUMN_GAP between columns, trailing blanks trimmed.
 */
function gridRow(
  cells: readonly string[],
  widths: readonly number[],
  wraps: readonly boolean[],
  paint: (text: string, column: number) => string,
  out: string[],
): void {
  const split = cells.map((cell, n) => (wraps[n] ? wrapWords(cell, widths[n]!, 0, 1) : [cell]));
  const height = split.reduce((max, parts) => Math.max(max, parts.length), 1);
  for (let k = 0; k < height; k++) {
    const parts = split.map((part, n) => {
      const text = part[k] ?? '';
      const pad = ' '.repeat(Math.max(0, widths[n]! - stringWidth(text)));
      return (text ? paint(text, n) : '') + pad;
    });
    out.push(parts.join(COLUMN_GAP).trimEnd());
  }
}

/**
 * Which columns fit `available` and how wide each is. Nothing is ever cut: free-text (`wrap`) columns
 * may shrink to WRAP_MIN_WIDTH and wrap; when even that does not fit, columns are dropped by priority
 * (not with `-o wide`, which may then overflow the terminal). Exported for its tests.
 */
export function fitColumns(
  columns: readonly ColumnSpec[],
  natural: readonly number[],
  available: number,
  wide = false,
  longestWord: readonly number[] = natural,
): { keep: number[]; widths: number[] } {
  const least = (i: number) =>
    columns[i]!.wrap ? Math.max(Math.min(natural[i]!, WRAP_MIN_WIDTH), longestWord[i]!) : natural[i]!;
  const width = (set: readonly number[], size: (i: number) => number) =>
    set.reduce((sum, i) => sum + size(i), 0) + COLUMN_GAP.length * (set.length - 1);
  let keep = columns.map((_, i) => i);
  if (!wide) {
    while (keep.length > 1 && width(keep, least) > available) {
      const droppable = keep.slice(1);
      const drop = droppable.reduce((a, b) => ((columns[b]!.priority ?? 1) >= (columns[a]!.priority ?? 1) ? b : a));
      keep = keep.filter((i) => i !== drop);
    }
  }
  const wrapping = keep.filter((i) => columns[i]!.wrap);
  let spare = available - width(keep, (i) => (columns[i]!.wrap ? 0 : natural[i]!));
  const widths = new Map(keep.map((i) => [i, natural[i]!]));
  if (width(keep, (i) => natural[i]!) > available && wrapping.length) {
    // Narrowest first, each taking its share of what is left, so short text keeps its width.
    for (const [n, i] of [...wrapping].sort((a, b) => natural[a]! - natural[b]!).entries()) {
      const share = Math.max(least(i), Math.floor(spare / (wrapping.length - n)));
      widths.set(i, Math.min(natural[i]!, share));
      spare -= widths.get(i)!;
    }
  }
  return { keep, widths: keep.map((i) => widths.get(i)!) };
}

// ------------------------------------------------------------------------------------ key: value lines

function keyValueText(value: unknown, options: RenderOptions): string {
  if (!isRecord(value)) return `${terminalText(cellText(value))}\n`;
  const colours = options.colours ?? PLAIN;
  const declared = options.format === 'wide' ? undefined : options.columns?.map(spec);
  const fields: ColumnSpec[] = declared?.length ? declared : Object.keys(value).map((field) => ({ field }));
  const width = options.isTTY ? options.terminalWidth : undefined;
  const lines = keyValueLines(
    fields.map((f) => [f.field, getPath(value, f.field), f.state === true] as const),
    '',
    colours,
    width,
  );
  return lines.join('\n') + '\n';
}

type Entry = readonly [key: string, value: unknown, state: boolean];

/** Aligned `key: value` lines; a nested object or a list of objects goes on the lines below, indented. */
function keyValueLines(entries: readonly Entry[], prefix: string, colours: Palette, width?: number): string[] {
  const keys = entries.map(([key]) => terminalText(key) + ':');
  const keyWidth = Math.max(0, ...keys.map((k) => stringWidth(k)));
  const lines: string[] = [];
  entries.forEach(([, value, state], n) => {
    const key = colours.bold(keys[n]!);
    if (isRecord(value) && Object.keys(value).length) {
      lines.push(prefix + key);
      lines.push(
        ...keyValueLines(
          Object.entries(value).map(([k, v]) => [k, v, false]),
          `${prefix}  `,
          colours,
          width,
        ),
      );
    } else if (Array.isArray(value) && value.some(isRecord)) {
      lines.push(prefix + key);
      for (const item of value) {
        const inner = isRecord(item)
          ? keyValueLines(
              Object.entries(item).map(([k, v]) => [k, v, false]),
              `${prefix}    `,
              colours,
              width,
            )
          : [`${prefix}    ${terminalText(cellText(item))}`];
        inner[0] = `${prefix}  - ${inner[0]!.slice(prefix.length + 4)}`;
        lines.push(...inner);
      }
    } else {
      const pad = ' '.repeat(keyWidth - stringWidth(keys[n]!) + 1);
      const text = scalarText(value);
      const start = prefix + keys[n]! + pad;
      const shown = text === undefined ? [colours.dim('<none>')] : wrapWords(text, width, stringWidth(start));
      const first = state && text ? stateColour(shown[0]!, colours) : shown[0]!;
      lines.push(prefix + key + pad + first, ...shown.slice(1).map((line) => ' '.repeat(stringWidth(start)) + line));
    }
  });
  return lines;
}

/** A scalar, or a list of scalars (`a, b`), as one safe line; undefined for null, missing and empty. */
function scalarText(value: unknown): string | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) return value.length ? value.map((v) => terminalText(cellText(v))).join(', ') : undefined;
  if (isRecord(value)) return '{}';
  return terminalText(String(value));
}

/**
 * Splits text at spaces to fit after `used` columns; a word is never broken, so no identifier is cut.
 * Below `minRoom` columns the text stays on one line.
 */
function wrapWords(text: string, width: number | undefined, used: number, minRoom = WRAP_MIN_WIDTH): string[] {
  const room = width === undefined ? Infinity : width - used;
  if (stringWidth(text) <= room || room < minRoom) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && stringWidth(`${line} ${word}`) > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

// ------------------------------------------------------------------------------------------------ rows

type Row = Record<string, unknown>;

const asRow = (item: unknown): Row => (isRecord(item) ? item : { value: item });

function getPath(row: Row, path: string): unknown {
  if (Object.hasOwn(row, path)) return row[path];
  let value: unknown = row;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Row)[key];
  }
  return value;
}

/** Null and missing are empty; nested values are compact JSON so a cell stays one parseable value. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
