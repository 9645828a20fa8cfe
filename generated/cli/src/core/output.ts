// Copied verbatim from templates/cli/core/output.ts. DO NOT EDIT: change the template and regenerate.
import Table from 'cli-table3';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { stringify as stringifyYaml } from 'yaml';
import { parseEnum } from './flags.js';

export const OUTPUT_FORMATS = ['table', 'csv', 'json', 'yaml'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The user's `-o` wins; otherwise a table for people at a terminal and JSON for pipes and agents. */
export function resolveFormat(requested: string | undefined, isTTY: boolean): OutputFormat {
  if (requested === undefined || requested === '') return isTTY ? 'table' : 'json';
  return parseEnum(requested, OUTPUT_FORMATS, 'output');
}

export interface RenderOptions {
  format: OutputFormat;
  /** Dotted field paths for table/csv, in order. Default: the keys of the first row. JSON/YAML print everything. */
  columns?: readonly string[];
  noHeading?: boolean;
  /** Tables are fitted to `terminalWidth` only on a TTY; piped output is never truncated. */
  isTTY?: boolean;
  terminalWidth?: number;
}

/**
 * Text for stdout, ending in a newline, or '' when there is nothing to print (no result, or an empty
 * list as a table). A list renders one row per item; a single object renders as one row.
 *
 * CSV: RFC 4180 quoting (fields with `,` `"` CR or LF are quoted, quotes doubled), records end in LF
 * rather than the RFC's CRLF so that `cut`/`awk`/`wc -l` work; CSV readers accept both.
 */
export function render(data: unknown, options: RenderOptions): string {
  if (data === undefined) return '';
  switch (options.format) {
    case 'json':
      return JSON.stringify(data, null, 2) + '\n';
    case 'yaml':
      // lineWidth 0: never fold long strings, so values survive line-based tools.
      return stringifyYaml(data, { lineWidth: 0, aliasDuplicateObjects: false });
    case 'csv':
      return renderCsv(data, options);
    case 'table':
      return renderTable(data, options);
  }
}

function renderCsv(data: unknown, options: RenderOptions): string {
  const { columns, rows } = tabulate(data, options.columns);
  const records = rows.map((row) => columns.map((column) => cellText(getPath(row, column))));
  if (!options.noHeading && columns.length > 0) records.unshift([...columns]);
  // csv-stringify quotes LF but not a lone CR; RFC 4180 requires both.
  return stringifyCsv(records, { record_delimiter: 'unix', quoted_match: /\r/ });
}

const MIN_COLUMN_WIDTH = 4;
const COLUMN_GAP = '   ';
const BORDERLESS = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
  bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '',
  middle: COLUMN_GAP,
};

function renderTable(data: unknown, options: RenderOptions): string {
  const { columns, rows } = tabulate(data, options.columns);
  if (rows.length === 0) return '';
  // Headers are the field paths upper-cased (kubectl style), so a header always names a usable column.
  const head = options.noHeading ? [] : columns.map((column) => column.toUpperCase());
  // One line per row: control characters inside a cell would break the grid.
  const body = rows.map((row) => columns.map((column) => escapeControl(cellText(getPath(row, column)))));
  const widths =
    options.isTTY && options.terminalWidth ? fitWidths([head, ...body], options.terminalWidth) : undefined;
  const table = new Table({
    head,
    chars: BORDERLESS,
    style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [] },
    ...(widths && { colWidths: widths, wordWrap: false, truncate: '…' }),
  });
  table.push(...body);
  return table.toString().split('\n').map((line) => line.trimEnd()).join('\n') + '\n';
}

/** Shrinks the widest columns until the table fits, or returns undefined when it already does. */
function fitWidths(lines: string[][], available: number): number[] | undefined {
  const widths: number[] = [];
  for (const line of lines) line.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  let excess = widths.reduce((a, b) => a + b, 0) + COLUMN_GAP.length * (widths.length - 1) - available;
  if (excess <= 0) return undefined;
  while (excess > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= MIN_COLUMN_WIDTH) break;
    widths[widest]!--;
    excess--;
  }
  return widths;
}

type Row = Record<string, unknown>;

function tabulate(data: unknown, requested: readonly string[] | undefined): { columns: readonly string[]; rows: Row[] } {
  const rows = (Array.isArray(data) ? data : [data]).map((item): Row => (isRecord(item) ? item : { value: item }));
  const columns = requested?.length ? requested : Object.keys(rows[0] ?? {});
  return { columns, rows };
}

function getPath(row: Row, path: string): unknown {
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

function escapeControl(text: string): string {
  return text.replace(/[\r\n\t]/g, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

function isRecord(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
