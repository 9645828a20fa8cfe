/**
 * The CLI's builtin commands. Their logic is runtime code (templates/cli/builtins); what they are called
 * and which flags they take comes from the contract where it can: the login commands take the flags of
 * the operations they wrap, `projects use` the id flag of the operation that reads a project.
 */
import { cliCommandFile, identityProviderNames, kebabCase, singular } from '../../ir/naming.js';
import type { ContractIR, OperationIR } from '../../ir/types.js';
import type { FlagSpec } from '../../../templates/cli/run/types.js';
import { DEFAULT_TOOL_BUDGET } from '../../../templates/mcp/core/mode.js';
import type { ClientModel, EmitContext } from '../types.js';
import { operationCommand, operationFlags, operationInfo, type CommandView, type Runner } from './commands.js';

/** Filled in by `auth login` itself (RFC 6749 / RFC 7636 names), never by the user. */
const OAUTH_PARAMETERS = new Set(['code_challenge', 'code_challenge_method', 'state', 'redirect_uri']);
/** Filled in by the identity-provider login: the grant it performs. */
const GRANT_FIELDS = new Set(['grant_type', 'refresh_token', 'device_code']);

const builtin = (file: string, name = 'run'): Runner => ({ module: `builtins/${file}.js`, export: name });

function view(
  path: string[],
  summary: string,
  flags: FlagSpec[],
  runner: Runner,
  extra: { positionals?: string[]; description?: string; example?: string } = {},
): CommandView {
  return {
    spec: {
      path,
      aliases: [],
      summary,
      description: extra.description ?? '',
      hidden: false,
      deprecated: false,
      flags,
      positionals: extra.positionals ?? [],
      example: extra.example ?? '',
    },
    file: cliCommandFile(path),
    runner,
  };
}

const byId = (ir: ContractIR, id: string | undefined): OperationIR | undefined =>
  ir.operations.find((op) => op.id === id);

/** Operations a builtin takes over or makes unnecessary (the OIDC pair is `auth login`). */
export function replacedOperations(ir: ContractIR): Set<string> {
  const roles = ir.auth?.operations ?? {};
  return new Set(
    [
      roles.passwordLogin,
      roles.logout,
      roles.refresh,
      roles.oidcAuthorize,
      roles.oidcToken,
      roles.deviceAuthorize,
      roles.deviceToken,
    ].filter(
      (id): id is string => Boolean(id),
    ),
  );
}

/** The operation that reads one project: a GET whose only path parameter is the project id (`--project-id` by default). */
export function projectGetOperation(ir: ContractIR): OperationIR | undefined {
  const flag = ir.project?.cliFlag;
  return ir.operations.find(
    (op) =>
      op.method === 'GET' &&
      !op.pagination &&
      !op.projectScoped &&
      op.parameters.path.length === 1 &&
      kebabCase(op.parameters.path[0]!.name) === flag,
  );
}

/** Where `auth login --device` starts the device authorization grant: the primary contract or an identity provider's. */
interface DeviceLogin {
  ir: ContractIR;
  authorize: OperationIR;
  /** Set when it is a separate identity-provider contract: the flag naming its server. */
  idp?: { className: string; urlFlag: string };
}

function deviceLogin(ctx: EmitContext): DeviceLogin | undefined {
  for (const [i, client] of ctx.clients.entries()) {
    const roles = client.ir.auth?.operations ?? {};
    const authorize = byId(client.ir, roles.deviceAuthorize);
    if (!authorize || !byId(client.ir, roles.deviceToken)) continue;
    return {
      ir: client.ir,
      authorize,
      ...(i > 0 ? { idp: { className: client.className, urlFlag: identityProviderNames(client.name).urlFlag } } : {}),
    };
  }
  return undefined;
}

/**
 * The flags of an identity provider's login operation: realm-style path parameters and the client id
 * default to the CLI's own registration; `--<idp>-url` names the server.
 */
function idpFlags(ir: ContractIR, op: OperationIR, bin: string, idp: { className: string; urlFlag: string } | undefined): FlagSpec[] {
  const defaults: Record<string, string> = {
    client_id: `${bin}-cli`,
    ...Object.fromEntries(op.parameters.path.map((p) => [p.name, bin])),
  };
  const flags = operationFlags(ir, op)
    .filter((f) => f.role !== 'body' && !GRANT_FIELDS.has(f.target?.name ?? ''))
    .map((f): FlagSpec => {
      const name = f.target?.name ?? '';
      return name in defaults ? { ...f, required: false, default: defaults[name]! } : f;
    });
  if (idp)
    flags.push({
      name: idp.urlFlag,
      role: 'serverUrl',
      type: 'string',
      description: `${idp.className} server URL (default: ${ir.defaultBaseUrl})`,
    });
  return flags;
}

/** `auth login`: OIDC in the browser, and/or the device authorization grant (`--device`, or alone). */
function loginCommand(ir: ContractIR, bin: string, noun: string, device: DeviceLogin | undefined): CommandView | undefined {
  const roles = ir.auth?.operations ?? {};
  const authorize = byId(ir, roles.oidcAuthorize);
  const browser = authorize && byId(ir, roles.oidcToken) ? authorize : undefined;
  if (!browser && !device) return undefined;
  const flags: FlagSpec[] = [];
  if (browser) {
    flags.push(...operationFlags(ir, browser).filter((f) => !f.role && !OAUTH_PARAMETERS.has(f.target?.name ?? '')));
    flags.push({ name: 'no-browser', type: 'boolean', description: 'Print the login URL instead of opening a browser' });
  }
  if (device) {
    const switchName = 'device';
    if (browser)
      flags.push({
        name: switchName,
        role: 'device',
        type: 'boolean',
        description: 'Log in on another device: show a code to enter in any browser (no browser needed here, e.g. over SSH)',
      });
    const own = idpFlags(device.ir, device.authorize, bin, device.idp);
    flags.push(
      ...own.map((f) =>
        browser ? { ...f, appliesWith: switchName, description: `${f.description} (with --${switchName})` } : f,
      ),
    );
  }
  const deviceText =
    'With --device it shows a code to enter in a browser on any device, and waits until you have logged in there (OAuth 2.0 device authorization grant).';
  const login = view(
    [noun, 'login'],
    browser ? 'Log in with your browser (OpenID Connect with PKCE), or with a code (--device)' : 'Log in with a code entered in any browser',
    flags,
    builtin('auth-login'),
    {
      description: [
        browser &&
          'Opens the identity provider in your browser; after you log in it redirects to a one-time server on 127.0.0.1, and the authorization code is exchanged for tokens.',
        device && (browser ? deviceText : deviceText.replace('With --device it shows', 'Shows')),
        'The tokens are saved to the credentials file (mode 0600).',
      ]
        .filter(Boolean)
        .join(' '),
      example: browser
        ? `${bin} ${noun} login --${flags[0]?.name ?? 'no-browser'}${flags[0]?.enum ? ` ${flags[0].enum[0]}` : ''}`
        : `${bin} ${noun} login`,
    },
  );
  if (browser) login.spec = { ...login.spec, operation: operationInfo(ir, browser) };
  return login;
}

function authCommands(ir: ContractIR, bin: string, noun: string, device: DeviceLogin | undefined): CommandView[] {
  const roles = ir.auth?.operations ?? {};
  const refreshField = ir.auth?.tokenFields.refreshToken;
  const views: CommandView[] = [];
  const login = loginCommand(ir, bin, noun, device);
  if (login) views.push(login);
  // The wrapped operation's own flags; not --body (these commands know their bodies), nor the refresh
  // token (it comes from the credentials file).
  const ownFlags = (op: OperationIR) => operationFlags(ir, op).filter((f) => f.role !== 'body');
  const withoutToken = (op: OperationIR) => ownFlags(op).filter((f) => f.target?.name !== refreshField);
  const wrapped: [string | undefined, string][] = [
    [roles.passwordLogin, 'auth-password'],
    [roles.logout, 'auth-logout'],
    [roles.refresh, 'auth-refresh'],
  ];
  for (const [id, file] of wrapped) {
    const op = byId(ir, id);
    if (op)
      views.push(
        operationCommand(
          ir,
          op,
          bin,
          { flags: file === 'auth-password' ? ownFlags(op) : withoutToken(op) },
          builtin(file),
        ),
      );
  }
  return views;
}

/** `auth <name>-login`: the password grant of a secondary contract that declares one (Keycloak). */
function identityProviderLogin(idp: ClientModel, bin: string, noun: string): CommandView | undefined {
  const { ir } = idp;
  const op = byId(ir, ir.auth?.operations.passwordLogin);
  if (!op) return undefined;
  const names = identityProviderNames(idp.name);
  // The grant's user fields are optional in the contract (they depend on the grant) but this one needs them.
  const flags = idpFlags(ir, op, bin, { className: idp.className, urlFlag: names.urlFlag }).map((f): FlagSpec => {
    const name = f.target?.name ?? '';
    return name === 'username' || name === 'password' ? { ...f, required: true, description: `${idp.className} ${name}` } : f;
  });
  const command = operationCommand(ir, op, bin, { path: [noun, names.verb], flags }, builtin('auth-idp'));
  command.spec = {
    ...command.spec,
    summary: `Log in with a ${idp.className} username and password`,
    description: `Gets tokens from the ${idp.className} password grant and saves them (mode 0600); later commands refresh them with the same server, realm and client.`,
    aliases: [],
    hidden: false,
  };
  return command;
}

export function builtinCommands(ctx: EmitContext): CommandView[] {
  const [primary, ...secondary] = ctx.clients;
  const cli = ctx.config.targets.cli;
  if (!primary || !cli) return [];
  const { ir } = primary;
  const { bin } = cli;
  const roles = ir.auth?.operations ?? {};
  const authOp = byId(ir, roles.passwordLogin ?? roles.oidcAuthorize ?? roles.whoami);
  const noun = authOp?.cli.command[0] ?? 'auth';
  const views = authCommands(ir, bin, noun, deviceLogin(ctx));
  for (const client of secondary) {
    const login = identityProviderLogin(client, bin, noun);
    if (login) {
      views.push(login);
      break;
    }
  }

  for (const op of ir.operations) {
    const terminal = op.cli.terminal;
    if (!terminal) continue;
    const flags = operationFlags(ir, op).filter((f) => f.role !== 'idempotencyKey');
    const command = view(terminal.command, `Open an interactive terminal on the ${singular(op.cli.command.at(-2) ?? "resource")}`, flags, builtin('terminal'), {
      description:
        'Mints a terminal token and connects your terminal to it over a WebSocket: what you type goes to the remote shell, ' +
        'window size changes follow, and the command exits with the remote exit status. Type Enter ~ . to disconnect.',
      example: `${bin} ${terminal.command.join(' ')} ${flags
        .filter((f) => f.required)
        .map((f) => `--${f.name} <${f.name}>`)
        .join(' ')}`.trim(),
    });
    command.spec = {
      ...command.spec,
      operation: operationInfo(ir, op),
      terminal: { urlField: terminal.urlField, tokenField: terminal.tokenField },
    };
    views.push(command);
  }

  const getProject = projectGetOperation(ir);
  if (getProject) {
    const idFlag = operationFlags(ir, getProject).find((f) => f.target?.in === 'path')!;
    const path = [...getProject.cli.command.slice(0, -1), 'use'];
    const use = view(
      path,
      'Make a project the active one for project-scoped commands',
      [{ ...idFlag, required: true }],
      builtin('projects-use'),
      {
        description: `Checks that the project exists, then stores it as active_project in config.json. --project, --${ir.project!.cliFlag} and ${cli.envPrefix}_PROJECT override it.`,
        example: `${bin} ${path.join(' ')} --${idFlag.name} <${idFlag.name}>`,
      },
    );
    use.spec = { ...use.spec, operation: operationInfo(ir, getProject) };
    views.push(use);
  }

  views.push(
    view(
      ['schema'],
      'Print the JSON Schema of a contract resource',
      [{ name: 'resource', type: 'string', description: 'Resource (schema) name; omit to list them' }],
      builtin('schema'),
      {
        positionals: ['resource'],
        description: 'The schema is self-contained ($refs inlined). JSON by default; -o yaml for YAML.',
        example: `${bin} schema ${Object.keys(ir.schemas)[0] ?? '<resource>'}`,
      },
    ),
    view(
      ['explain'],
      'Describe a command: request, flags, body, output, exit codes',
      [{ name: 'command', type: 'string', variadic: true, required: true, description: 'The command path' }],
      builtin('explain'),
      {
        positionals: ['command'],
        description: 'Text by default; -o json (or yaml) gives the same as one object.',
        example: `${bin} explain ${ir.operations.find((op) => !op.cli.hidden)?.cli.command.join(' ') ?? 'schema'}`,
      },
    ),
    view(['help', 'exit-codes'], 'List the exit codes and what they mean', [], builtin('exit-codes'), {
      example: `${bin} help exit-codes`,
    }),
    view(
      ['completion'],
      'Print a shell completion script',
      [{ name: 'shell', type: 'string', enum: ['bash', 'zsh', 'fish', 'powershell'], description: 'Shell (default: from $SHELL)' }],
      builtin('completion'),
      {
        positionals: ['shell'],
        description:
          `Completes commands, flags, enum values and ids (--id, --project-id, … listed from the API, cached for a minute). ` +
          `bash: \`source <(${bin} completion bash)\` in ~/.bashrc; zsh: \`${bin} completion zsh > "\${fpath[1]}/_${bin}"\`; ` +
          `fish: \`${bin} completion fish > ~/.config/fish/completions/${bin}.fish\`; ` +
          `PowerShell: \`${bin} completion powershell | Out-String | Invoke-Expression\` in $PROFILE. ` +
          `The script runs this same installation (also through npx), and completes \`npx ${bin} …\` too.`,
        example: `${bin} completion bash`,
      },
    ),
  );
  if (ctx.config.targets.mcp) {
    const filters: FlagSpec[] = [
      { name: 'read-only', type: 'boolean', description: 'Only tools that change nothing (and return no live credential)' },
      {
        name: 'tools',
        type: 'string',
        array: true,
        description:
          'static (a tool per operation), dynamic (three tools that search, describe and call operations), auto (default: static within --tool-budget), and/or only these tools (comma-separated or repeated)',
      },
      {
        name: 'tags',
        type: 'string',
        array: true,
        description: 'Only tools with one of these contract tags (comma-separated or repeated)',
      },
      {
        name: 'tool-budget',
        type: 'integer',
        minimum: 1,
        description: `Approximate tokens the static tool list may cost before auto switches to dynamic (default ${DEFAULT_TOOL_BUDGET})`,
      },
      {
        name: 'output-schemas',
        type: 'boolean',
        description: "Also list each tool's outputSchema (off by default: about half the list's tokens; results are the same)",
      },
    ];
    const http: FlagSpec[] = [
      {
        name: 'http',
        type: 'string',
        description: 'Serve Streamable HTTP at http://HOST:PORT/mcp instead of stdio ([HOST:]PORT; host default 127.0.0.1)',
      },
      {
        name: 'allowed-hosts',
        type: 'string',
        array: true,
        description: 'Host names clients may use besides loopback ones (DNS rebinding protection; comma-separated or repeated)',
      },
      {
        name: 'allowed-origins',
        type: 'string',
        array: true,
        description: 'Browser origins allowed besides loopback pages, e.g. https://app.example (comma-separated or repeated)',
      },
    ];
    views.push(
      view(
        ['mcp', 'list-tools'],
        'List the MCP tools and what their definitions cost in tokens',
        [
          ...filters,
          { name: 'budget', type: 'boolean', description: 'Print the size of each tool definition instead' },
        ],
        builtin('mcp', 'listTools'),
        {
          description:
            'A table on a terminal; otherwise (or with -o json) exactly the tools/list payload an MCP client receives.',
          example: `${bin} mcp list-tools --read-only`,
        },
      ),
      view(['mcp', 'serve'], 'Serve the MCP tools over stdio or Streamable HTTP', [...filters, ...http], builtin('mcp', 'serve'), {
        description:
          'Credentials, base URL and project come from the same flags, environment and files as every other command. ' +
          'Over HTTP, a session opened with `Authorization: Bearer <token>` calls the API with that token instead. ' +
          'Exits 2 for a malformed --http address and 12 when it cannot listen (port in use, no such address); Ctrl-C or SIGTERM stops it cleanly (exit 0).',
        example: `${bin} mcp serve --http 127.0.0.1:8080 --read-only`,
      }),
    );
  }
  return views;
}
