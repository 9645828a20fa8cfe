/**
 * Prism keeps no state, so a paginated list answers every page with the same example, next cursor
 * included, and a client that follows cursors never ends (or, rightly, stops with a repeated-cursor
 * error). A server would end the list: this rule picks, for a request that carries the operation's
 * cursor parameter, the response example that has no next cursor, so `--all` and `for await` finish.
 * Which operations paginate comes from the generator's IR, so the rule holds for any contract.
 */
import { buildIR } from '../../generator/ir/build.js';
import { loadSpec, resolvePointer } from '../../generator/load/load.js';
import { toPointer } from '../../generator/errors.js';

export interface PagedRoute {
  method: string;
  pattern: RegExp;
  cursorParam: string;
  /** The named example of the success response without a next cursor (a non-empty one first). */
  lastPageExample?: string;
}

type Obj = Record<string, unknown>;
const obj = (value: unknown): Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Obj) : {};

/** `/nodes/{node_id}` -> a pattern for the path's end (a server URL may put a base path before it). */
export const pathPattern = (template: string): RegExp =>
  new RegExp(
    `${template
      .split(/\{[^}]+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]+')}$`,
  );

export async function pagedRoutes(spec: string, cwd: string): Promise<PagedRoute[]> {
  const loaded = await loadSpec(spec, cwd);
  const ir = buildIR(loaded);
  return ir.operations.flatMap((op) => {
    if (!op.pagination || !op.success) return [];
    const { itemsField, nextCursorField, cursorParam } = op.pagination;
    if (op.pagination.kind !== 'cursor' || !cursorParam || !nextCursorField) return [];
    const response = obj(
      resolvePointer(
        loaded.document,
        toPointer(['paths', op.path, op.method.toLowerCase(), 'responses', op.success.status]),
      ),
    );
    const examples = Object.values(obj(response.content)).flatMap((media) => Object.entries(obj(obj(media).examples)));
    const ending = examples.filter(([, example]) => {
      const value = obj(obj(example).value);
      return value[nextCursorField] === undefined || value[nextCursorField] === null || value[nextCursorField] === '';
    });
    const nonEmpty = ending.find(
      ([, example]) => (obj(obj(example).value)[itemsField] as unknown[] | undefined)?.length,
    );
    const chosen = nonEmpty ?? ending[0];
    return [
      {
        method: op.method,
        pattern: pathPattern(op.path),
        cursorParam,
        ...(chosen ? { lastPageExample: chosen[0] } : {}),
      },
    ];
  });
}

/** The `Prefer` value that ends a list for this request, if it is a later page of a paginated list. */
export function lastPagePreference(routes: readonly PagedRoute[], method: string, url: URL): string | undefined {
  const route = routes.find(
    (r) => r.method === method && r.pattern.test(url.pathname) && url.searchParams.has(r.cursorParam),
  );
  return route?.lastPageExample ? `example=${route.lastPageExample}` : undefined;
}
