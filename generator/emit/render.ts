/**
 * Template rendering. Templates hold only per-operation shape; every value from the contract reaches
 * them through an escaping helper (`json` for code, `doc` for comments), never raw, so hostile names and
 * descriptions cannot inject code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import stringWidth from 'string-width';
import { docText } from '../ir/naming.js';
import type { EmittedFile } from './types.js';

export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

const hbs = Handlebars.create();
hbs.registerHelper('json', (value: unknown) => JSON.stringify(value ?? null));
/** Comment body lines, each prefixed for a JSDoc block at the given indentation. */
hbs.registerHelper('doc', (text: unknown, indent: unknown) => {
  const pad = typeof indent === 'string' ? indent : '';
  return docText(typeof text === 'string' ? text : '')
    .split('\n')
    .map((line) => `${pad} * ${line}`.trimEnd())
    .join('\n');
});
/** Text safe in one Markdown table cell: on one line, pipes escaped. */
export const markdownCell = (text: string): string => text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
hbs.registerHelper('cell', (text: unknown) => markdownCell(typeof text === 'string' ? text : ''));
hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hbs.registerHelper('join', (items: unknown, sep: unknown) => (Array.isArray(items) ? items.join(typeof sep === 'string' ? sep : ', ') : ''));

const cache = new Map<string, HandlebarsTemplateDelegate>();

/** Render `templates/<name>` with the given view. Templates are strict: a missing field is an error. */
export function render(name: string, view: object): string {
  let template = cache.get(name);
  if (!template) {
    const source = readFileSync(path.join(TEMPLATES_DIR, name), 'utf8');
    template = hbs.compile(source, { noEscape: true, strict: true });
    cache.set(name, template);
  }
  return template(view);
}

/**
 * The line every generated file starts with. It names the contracts only: their hashes live in the one
 * generated manifest (write/manifest.ts), so a contract change touches just the files it changes.
 */
export function header(sources: readonly { file: string }[], comment: '//' | '#' | '<!--' = '//'): string {
  const text = `Code generated from ${sources.map((s) => s.file).join(', ')}. DO NOT EDIT: change the contract or the templates and regenerate.`;
  return comment === '<!--' ? `<!-- ${text} -->` : `${comment} ${text}`;
}

const DELIMITER_ROW = /^\|(\s*:?-+:?\s*\|)+\s*$/;
/** A row's cells, split at the pipes markdownCell did not escape. */
const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

/**
 * Markdown tables laid out as prettier lays them out: every column padded to its widest cell (at least 3,
 * display width), the delimiter row's dashes as wide, right-aligned columns padded on the left. With it a
 * README is emitted formatted, and prettier (half the generator's formatting time) is not run on it;
 * render.test.ts holds the emitted READMEs to prettier's output.
 */
export function alignTables(markdown: string): string {
  const lines = markdown.split('\n');
  let fenced = false;
  for (let start = 0; start < lines.length; start++) {
    if (/^\s*(```|~~~)/.test(lines[start]!)) fenced = !fenced;
    if (fenced || !lines[start]!.startsWith('|') || !DELIMITER_ROW.test(lines[start + 1] ?? '')) continue;
    let end = start + 2;
    while (end < lines.length && lines[end]!.startsWith('|')) end++;
    const align = cells(lines[start + 1]!).map((d) => (d.endsWith(':') ? (d.startsWith(':') ? 'center' : 'right') : d.startsWith(':') ? 'left' : 'none'));
    const rows = lines.slice(start, end).map(cells);
    const widths = align.map((_, column) => Math.max(3, ...rows.map((row, i) => (i === 1 ? 0 : stringWidth(row[column] ?? '')))));
    const pad = (text: string, column: number): string => {
      const spaces = widths[column]! - stringWidth(text);
      const before = align[column] === 'right' ? spaces : align[column] === 'center' ? Math.floor(spaces / 2) : 0;
      return `${' '.repeat(before)}${text}${' '.repeat(spaces - before)}`;
    };
    const delimiter = align.map((a, column) => `${a === 'left' || a === 'center' ? ':' : '-'}${'-'.repeat(widths[column]! - 2)}${a === 'right' || a === 'center' ? ':' : '-'}`);
    const printed = rows.map((row, i) => `| ${(i === 1 ? delimiter : row.map(pad)).join(' | ')} |`);
    lines.splice(start, end - start, ...printed);
    start = end - 1;
  }
  return lines.join('\n');
}

/** A generated README: tables aligned, so it is emitted as prettier would print it and skips prettier. */
export const markdownFile = (path: string, content: string): EmittedFile => ({ path, content: alignTables(content), preformatted: true });
