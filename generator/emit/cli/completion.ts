/**
 * Where the shell's completion of an id flag gets its values: the list operation of the collection the
 * id belongs to, found from the contract's paths (`--id` of `/allocations/{allocation_id}/release`
 * comes from the paginated GET `/allocations`; `--runtime-id` of
 * `/orgs/{org_id}/apps/shared-runtimes/{runtime_id}/workers` from `/orgs/{org_id}/apps/shared-runtimes`,
 * scoped by the same `--org-id`). An id with no such list (`--org-id`: the API lists no orgs) completes
 * from the values it had in earlier successful commands.
 */
import type { ContractIR, OperationIR } from '../../ir/types.js';
import type { CompletionSource, FlagSpec } from '../../../templates/cli/run/types.js';
import { projectGetOperation } from './builtins.js';
import type { CommandView } from './commands.js';

/** The collection path an id parameter indexes: the path before `/{param}`. */
function collectionPath(op: OperationIR, param: string): string | undefined {
  const at = op.path.indexOf(`/{${param}}`);
  return at > 0 ? op.path.slice(0, at) : undefined;
}

function listSource(
  list: OperationIR,
  views: readonly CommandView[],
  flags: readonly FlagSpec[],
): CompletionSource | undefined {
  const listView = views.find((v) => v.spec.operation?.id === list.id && v.runner.export === 'runOperation');
  const [value, label] = list.cli.columns;
  if (!listView || !value) return undefined;
  const args: Record<string, string> = {};
  for (const param of list.parameters.path) {
    const ours = flags.find((f) => f.target?.in === 'path' && f.target.name === param.name);
    const theirs = listView.spec.flags.find((f) => f.target?.in === 'path' && f.target.name === param.name);
    if (!ours || !theirs) return undefined;
    args[theirs.name] = ours.name;
  }
  return { command: listView.spec.path, args, value: value.field, ...(label ? { label: label.field } : {}) };
}

/** Sets `completions` on every command that sends an operation and has an id flag (or takes `--project`). */
export function addCompletions(ir: ContractIR, views: CommandView[], globalProjectFlag: string): void {
  const lists = ir.operations.filter((op) => op.method === 'GET' && op.pagination && !op.cli.hidden);
  const listAt = (path: string | undefined) => lists.find((op) => op.path === path);
  const project = projectGetOperation(ir);
  const projectParam = project?.parameters.path[0]?.name;
  const projects = project && projectParam ? listAt(collectionPath(project, projectParam)) : undefined;
  for (const view of views) {
    const info = view.spec.operation;
    const op = info && ir.operations.find((o) => o.id === info.id);
    if (!op) continue;
    const sources: Record<string, CompletionSource> = {};
    for (const flag of view.spec.flags) {
      if (flag.role === 'project') {
        const source = projects && listSource(projects, views, []);
        if (source) sources[flag.name] = source;
      } else if (flag.target?.in === 'path') {
        const list = listAt(collectionPath(op, flag.target.name));
        sources[flag.name] = (list && listSource(list, views, view.spec.flags)) ?? { recent: flag.target.name };
      }
    }
    const globalProject = projects && listSource(projects, views, []);
    if (globalProject) sources[globalProjectFlag] = globalProject;
    if (Object.keys(sources).length) view.spec = { ...view.spec, completions: sources };
  }
}
