/**
 * The CLI package's README.md and docs/cli.md, generated from the same CommandSpecs the binary runs,
 * so the reference cannot drift from the commands.
 */
import { renderExitCodes } from '../../../templates/cli/core/exit-codes.js';
import { envVar, type CliIdentity } from '../../../templates/cli/core/identity.js';
import { globalFlags } from '../../../templates/cli/run/global-flags.js';
import type { CommandSpec, FlagSpec } from '../../../templates/cli/run/types.js';
import { header, markdownCell } from '../render.js';
import type { EmitContext } from '../types.js';
import type { CommandView } from './commands.js';

/** Table cells hold one line, and `|` would end the cell. */

function flagType(flag: FlagSpec): string {
  const base = flag.enum ? flag.enum.join(', ') : flag.type;
  return flag.array ? `${base} (repeatable)` : base;
}

/** What the flag fills in the request, or what the CLI does with it. */
function flagTarget(flag: FlagSpec): string {
  if (flag.target)
    return flag.target.in === 'body' ? `body \`${flag.target.name}\`` : `${flag.target.in} \`${flag.target.name}\``;
  return '';
}

function flagTable(flags: readonly FlagSpec[], positionals: readonly string[] = []): string[] {
  if (!flags.length) return [];
  const rows = flags.map((flag) => {
    const name = positionals.includes(flag.name)
      ? `\`<${flag.name}>\``
      : `\`--${flag.name}\`${flag.alias ? `, \`-${flag.alias}\`` : ''}`;
    const notes = [flag.required && '**required**', flag.default !== undefined && `default \`${String(flag.default)}\``]
      .filter(Boolean)
      .join(', ');
    return `| ${name} | ${markdownCell(flagType(flag))} | ${markdownCell(flagTarget(flag))} | ${markdownCell([flag.description, notes].filter(Boolean).join('. '))} |`;
  });
  return ['| flag | type | fills | description |', '|---|---|---|---|', ...rows];
}

function usage(bin: string, spec: CommandSpec): string {
  const positionals = spec.positionals.map((name) => {
    const flag = spec.flags.find((f) => f.name === name);
    return flag?.required ? `<${name}${flag.variadic ? '...' : ''}>` : `[${name}]`;
  });
  return [bin, ...spec.path, ...positionals, '[flags]'].join(' ');
}

function commandSection(bin: string, spec: CommandSpec): string[] {
  const op = spec.operation;
  const lines = [`## ${bin} ${spec.path.join(' ')}`, '', spec.summary, ''];
  if (spec.description && spec.description !== spec.summary) lines.push(spec.description, '');
  lines.push('```', usage(bin, spec), '```', '');
  if (op) {
    const facts = [
      `\`${op.method} ${op.path}\``,
      op.projectScoped && 'project-scoped',
      op.pagination && 'paginated',
      op.idempotent && 'idempotent',
      op.confirm && 'asks for confirmation',
      op.wait && `\`--wait\` for ${op.wait.success.join(' or ')}`,
    ].filter(Boolean);
    lines.push(facts.join(' · '), '');
  }
  lines.push(...flagTable(spec.flags, spec.positionals));
  if (spec.example) lines.push('', 'Example:', '', '```sh', spec.example, '```');
  lines.push('');
  return lines;
}

export function cliReference(ctx: EmitContext, views: readonly CommandView[], identity: CliIdentity): string {
  const { bin } = identity;
  const visible = views.filter((v) => !v.spec.hidden);
  return [
    header(
      ctx.clients.map((c) => c.ir.source),
      '<!--',
    ),
    `# ${bin} command reference`,
    '',
    ...visible.map(
      (v) =>
        `- [\`${bin} ${v.spec.path.join(' ')}\`](#${[bin, ...v.spec.path].join('-').replace(/[^a-z0-9-]/g, '')}): ${markdownCell(v.spec.summary)}`,
    ),
    '',
    '## Global flags',
    '',
    ...flagTable(globalFlags(identity)),
    '',
    ...visible.flatMap((v) => commandSection(bin, v.spec)),
  ].join('\n');
}

/** One invocation per command group (its list command when it has one), then the builtins'. */
function examples(views: readonly CommandView[]): string[] {
  const visible = views.filter((v) => !v.spec.hidden && v.spec.example);
  const groups = new Map<string, CommandView[]>();
  for (const view of visible.filter((v) => v.spec.operation && v.runner.export === 'runOperation')) {
    const key = view.spec.path.slice(0, -1).join(' ');
    groups.set(key, [...(groups.get(key) ?? []), view]);
  }
  const chosen = [...groups.values()].map((group) => group.find((v) => v.spec.path.at(-1) === 'list') ?? group[0]!);
  const waits = visible
    .filter((v) => v.spec.operation?.wait)
    .slice(0, 1)
    .map((v) => `${v.spec.example} --wait`);
  const builtins = visible
    .filter((v) => v.runner.export !== 'runOperation' && !v.spec.path[0]?.startsWith('auth'))
    .map((v) => v.spec.example);
  return [...chosen.map((v) => v.spec.example), ...waits, ...builtins];
}

export function readme(ctx: EmitContext, views: readonly CommandView[], identity: CliIdentity): string {
  const { bin } = identity;
  const target = ctx.config.targets.cli!;
  const env = (name: Parameters<typeof envVar>[1]) => `\`${envVar(identity, name)}\``;
  const has = (path: string) => views.some((v) => v.spec.path.join(' ') === path);
  const example = (path: string) => views.find((v) => v.spec.path.join(' ') === path)?.spec.example;
  const lists = views.filter((v) => v.spec.operation?.pagination && !v.spec.hidden).slice(0, 1);
  const waits = views.filter((v) => v.spec.operation?.wait && !v.spec.hidden).slice(0, 1);
  const login = ['auth login', 'auth dev-login'].filter(has).map((p) => example(p));
  const loginSpec = views.find((v) => v.spec.path.join(' ') === 'auth login')?.spec;
  const device = loginSpec?.flags.find((f) => f.role === 'device');
  if (device) login.push(`${bin} auth login --${device.name}`);
  const secrets = views.flatMap((v) => v.spec.flags.filter((f) => f.role === 'secretStdin').map((f) => f.name));
  const terminals = views.filter((v) => v.spec.terminal && !v.spec.hidden);
  return [
    header(
      ctx.clients.map((c) => c.ir.source),
      '<!--',
    ),
    '',
    `# ${target.package}`,
    '',
    target.description ?? '',
    '',
    '## Install',
    '',
    '```sh',
    `npm install -g ${target.package}`,
    `${bin} --help`,
    '```',
    '',
    `Every command and flag is listed in [docs/cli.md](docs/cli.md); \`${bin} explain <command>\` describes one (request, flags, body schema, output, exit codes), \`${bin} schema <resource>\` prints a resource's JSON Schema.`,
    '',
    '## Authentication',
    '',
    ...(login.length ? ['```sh', ...login, '```', ''] : []),
    ...(device
      ? [
          `\`--${device.name}\` logs in without a browser on this machine (an SSH session): it shows a code to enter in a browser on any device, and waits until you have logged in there (the OAuth 2.0 device authorization grant).`,
          '',
        ]
      : []),
    ...(secrets.length
      ? [
          `Secrets never need the command line (shell history, \`ps\`): on a terminal a missing password is asked for with a hidden prompt (so is a secret flag given without a value), and scripts pipe them in with ${[...new Set(secrets)].map((f) => `\`--${f}\``).join(', ')}.`,
          '',
        ]
      : []),
    `Logins save the tokens to \`credentials.json\` in the config directory (${env('CONFIG_DIR')}, else \`$XDG_CONFIG_HOME/${identity.configDirName}\`, else \`~/.config/${identity.configDirName}\`), mode 0600, replaced atomically. An expired access token is refreshed automatically (also once after a 401) and the new tokens are saved. ${env('TOKEN')} overrides the file. Tokens are never printed; \`--debug\` redacts them.`,
    '',
    '## Project context',
    '',
    `Project-scoped commands use \`--project\` (or their \`--project-id\` flag), else ${env('PROJECT')}, else the active project set with${has('projects use') ? ` \`${bin} projects use --id <id>\`` : ' `active_project` in config.json'}. Without one they exit 13 and say how to set it.`,
    '',
    '## Output',
    '',
    "`-o table|wide|csv|json|jsonl|yaml`. Without `-o`: a table on a terminal, JSON when piped. `--no-heading` drops the header row of tables and CSV. Table and CSV columns are the command's default columns (see `explain`); JSON, JSON Lines and YAML print everything. The JSON of a list is the array of its items (`[]` when empty; a table says `No … found.` on stderr); `-o jsonl` prints one compact item per line. With `--all` or `--max-items` the list is streamed as pages arrive; a table prints in blocks of 1,000 rows.",
    '',
    'Tables never cut a value: on a narrow terminal they leave out the columns the contract ranks lowest and wrap free text, and say what `-o wide` (every column) would add; piped output is never fitted. One result (get, create, a `--wait` result) prints as aligned `key: value` lines, nested objects indented; `-o wide` prints every field. On a terminal headers are bold, states coloured by meaning and hints dim; `NO_COLOR` or `--no-color` turns colour off, `FORCE_COLOR` on. Escape sequences and control characters in what the server sends are never passed to the terminal.',
    '',
    `Lists print one page, with a hint on stderr when there are more: \`--all\` follows the cursors, \`--max-items N\` stops after N items, \`--page-size N\` and \`--cursor C\` control the pages.${lists[0] ? ` For example \`${lists[0].spec.example} --all -o csv\`.` : ''}`,
    '',
    ...(waits[0]
      ? [
          `Commands that start asynchronous work take \`--wait\`: they poll until the resource is ready (a spinner on a terminal, one line per poll otherwise) and print its final state, e.g. \`${waits[0].spec.example} --wait\`.`,
          '',
        ]
      : []),
    'Destructive commands ask for confirmation on a terminal; `--yes` skips the question. Without a terminal and without `--yes` they refuse (exit 3) before sending anything.',
    '',
    '## Errors and exit codes',
    '',
    `Errors go to stderr with the server's \`code\`, \`message\` and \`correlation_id\`; with \`-o json\` the error is one JSON object (\`code, message, correlation_id, http_status, exit_code, retryable, retry_after, idempotency_key, may_have_succeeded, repeat_command\`). A create (or any command with \`--idempotency-key\`) that fails after its retries prints the key it sent and a \`repeat:\` line: the same command with \`--idempotency-key\`, which returns the first result if it was applied and never applies it twice. \`--debug\` adds every HTTP exchange (Authorization and other secrets redacted, the Idempotency-Key shown) and stack traces.`,
    '',
    renderExitCodes('markdown').trimEnd(),
    '',
    '## Environment',
    '',
    '| variable | meaning |',
    '|---|---|',
    `| ${env('BASE_URL')} | API base URL (\`--base-url\` overrides it) |`,
    `| ${env('TOKEN')} | Access token to use instead of the credentials file |`,
    `| ${env('PROJECT')} | Project for project-scoped commands |`,
    `| ${env('CONFIG_DIR')} | Directory of config.json and credentials.json |`,
    '',
    "`--timeout` takes milliseconds or a duration (`500ms`, `30s`, `2m`, at most 2147483647 ms) and bounds each HTTP request from the moment it is sent (default 60 s). `--max-response-size` (`500KB`, `100MB`, `1GB`; default 100MB) fails a larger response cleanly. `-H 'Name: value'` adds a request header (repeatable; a line break in it is exit 13). Plain `http://` to a host other than this machine is refused unless `--insecure`; credentials in the base URL are refused. Values the contract forbids (length, pattern, enum, type) are exit 2 before any request; a redirect the contract does not declare, or a success body of the wrong shape, is exit 11.",
    '',
    '## Examples',
    '',
    '```sh',
    ...examples(views),
    '```',
    '',
    ...terminals.flatMap((v) => [
      '## Interactive terminal',
      '',
      '```sh',
      v.spec.example,
      '```',
      '',
      `${v.spec.description}`,
      '',
    ]),
    '## Shell completion',
    '',
    '```sh',
    `source <(${bin} completion bash)                          # bash, e.g. in ~/.bashrc`,
    `${bin} completion zsh > "\${fpath[1]}/_${bin}"                # zsh`,
    `${bin} completion fish > ~/.config/fish/completions/${bin}.fish`,
    `${bin} completion powershell | Out-String | Invoke-Expression  # PowerShell, e.g. in $PROFILE`,
    '```',
    '',
    `Commands, flags, enum values, and resource ids listed from the API (cached for a minute; nothing when the API cannot be reached). The script runs the installation it was printed by, so it works when \`${bin}\` is not on PATH (\`npx ${bin}\`), and it completes \`npx ${bin} …\` too.`,
    '',
  ].join('\n');
}
