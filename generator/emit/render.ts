/**
 * Template rendering. Templates hold only per-operation shape; every value from the contract reaches
 * them through an escaping helper (`json` for code, `doc` for comments), never raw, so hostile names and
 * descriptions cannot inject code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { docText } from '../ir/naming.js';

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
