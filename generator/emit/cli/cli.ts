/**
 * CLI target: a bundled `bin` built on the SDK and MCP packages. Per command a small generated module
 * (its CommandSpec); a start-up table that names every command and loads one on demand; the runtime
 * (templates/cli/core, run, builtins) copied verbatim; docs generated from the same command specs.
 */
import { GeneratorError, GeneratorExit } from '../../errors.js';
import { camelCase, singular, sortBy } from '../../ir/naming.js';
import type { ContractIR } from '../../ir/types.js';
import { globalFlags, YARGS_FLAGS } from '../../../templates/cli/run/global-flags.js';
import type { CliIdentity } from '../../../templates/cli/core/identity.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES_DIR, header, markdownFile, render } from '../render.js';
import { copyRuntime } from '../runtime.js';
import { operationOrigin, type EmitContext, type EmittedFile } from '../types.js';
import { builtinCommands, replacedOperations } from './builtins.js';
import { checkFlags, operationCommand, type CommandView } from './commands.js';
import { addCompletions } from './completion.js';
import { cliReference, readme } from './docs.js';

/** Exact versions of what the runtime imports, the same as the repository root pins. */
const RUNTIME_DEPENDENCIES = {
  yargs: '18.2.0',
  'cli-table3': '0.6.5',
  'csv-stringify': '6.9.0',
  yaml: '2.9.1',
  nanospinner: '1.2.2',
  undici: '7.30.2',
  picocolors: '1.1.1',
  'string-width': '4.2.3',
  'fastest-levenshtein': '1.0.16',
  read: '5.0.1',
  ws: '8.23.0',
};
const BUILD_DEPENDENCIES = {
  esbuild: '0.28.2',
  typescript: '6.0.3',
  '@types/node': '20.19.43',
  '@types/yargs': '17.0.35',
  '@types/ws': '8.18.2',
};

/**
 * esbuild: one bundle per command module (`--splitting`, loaded with import()), entry `dist/<bin>.js`
 * keeping main.ts's `#!/usr/bin/env node`. The banner gives bundled CommonJS dependencies a `require`
 * for Node's own modules. yargs' string-width is swapped for a small one: its emoji tables cost ~25 ms
 * of start-up for help layout alone. undici stays external: the SDK imports it with `import()` and uses
 * its named exports, which Node's own CommonJS interop provides and a bundled copy would not.
 */
function buildScript(bin: string): string {
  return [
    `esbuild ${bin}=src/main.ts --bundle --splitting --format=esm --platform=node --target=node20`,
    '--outdir=dist --chunk-names=chunks/[name]-[hash] --alias:string-width=./src/text-width.cjs --external:undici',
    `"--banner:js=import { createRequire as __bannerRequire } from 'node:module'; const require = __bannerRequire(import.meta.url);"`,
    '--log-level=warning',
  ].join(' ');
}

/** Every command of the CLI, in path order. */
export function cliCommands(ctx: EmitContext): CommandView[] {
  const primary = ctx.clients[0];
  const target = ctx.config.targets.cli;
  if (!primary || !target) return [];
  const { ir } = primary;
  const replaced = replacedOperations(ir);
  const builtins = builtinCommands(ctx);
  const taken = new Set(builtins.map((b) => b.spec.path.join(' ')));
  const operations = ir.operations
    .filter((op) => !replaced.has(op.id) && !taken.has(op.cli.command.join(' ')))
    .map((op) => operationCommand(ir, op, target.bin));
  const views = sortBy([...operations, ...builtins], (v) => v.spec.path.join(' '));

  const identity: CliIdentity = {
    bin: target.bin,
    envPrefix: target.envPrefix,
    configDirName: target.configDirName,
    version: ctx.config.version,
  };
  const reserved = new Set<string>([
    ...YARGS_FLAGS,
    ...globalFlags(identity).flatMap((f) => [f.name, ...(f.alias ? [f.alias] : [])]),
  ]);
  const paths = new Set<string>();
  for (const view of views) {
    checkFlags(ir, view.spec, reserved);
    const path = view.spec.path.join(' ');
    // A command cannot also be a group: `a b` and `a b c` would fight over `a b`.
    const clash = views.find(
      (other) =>
        other.spec.path.length > view.spec.path.length &&
        other.spec.path.slice(0, view.spec.path.length).join(' ') === path,
    );
    if (paths.has(path) || clash) {
      throw new GeneratorError(
        `CLI command "${path}" is defined twice or is also a command group${clash ? ` (of "${clash.spec.path.join(' ')}")` : ''}`,
        { file: ir.source.file },
      );
    }
    paths.add(path);
  }
  addCompletions(ir, views, 'project');
  return views;
}

/**
 * The schema each command group reads, by the names a user types for it (`allocations`, `allocation`,
 * `shared-runtimes`, `apps shared-runtimes`): `schema <resource>` accepts them. From the GET
 * operations: a list's item schema, else the result's.
 */
export function resourceSchemas(ir: ContractIR): Record<string, string> {
  const names: Record<string, string> = {};
  for (const op of ir.operations) {
    const schema = op.pagination ? op.pagination.itemSchemaName : op.success?.schemaName;
    const group = op.cli.command.slice(0, -1);
    if (op.method !== 'GET' || op.cli.hidden || !schema || !group.length) continue;
    const last = group.at(-1)!;
    for (const key of [group.join(' '), last, singular(last)]) names[key] ??= schema;
  }
  return Object.fromEntries(sortBy(Object.entries(names), ([key]) => key));
}

/** Help lines of command groups: what is under them. */
function groups(views: readonly CommandView[]): { path: string[]; describe: string }[] {
  const children = new Map<string, Set<string>>();
  for (const { spec } of views) {
    if (spec.hidden) continue;
    for (let depth = 1; depth < spec.path.length; depth++) {
      const key = spec.path.slice(0, depth).join(' ');
      if (!children.has(key)) children.set(key, new Set());
      children.get(key)!.add(spec.path[depth]!);
    }
  }
  return sortBy([...children], ([key]) => key).map(([key, names]) => ({
    path: key.split(' '),
    describe: [...names].sort().join(', '),
  }));
}

export function emitCli(ctx: EmitContext): EmittedFile[] {
  const target = ctx.config.targets.cli;
  const mcp = ctx.config.targets.mcp;
  const [primary, ...secondary] = ctx.clients;
  if (!target || !primary) return [];
  if (!mcp)
    throw new GeneratorError(
      'the CLI target needs the MCP target: `mcp serve` and `mcp list-tools` run its tools',
      {},
      GeneratorExit.usage,
    );
  const { ir } = primary;
  const sources = ctx.clients.map((c) => c.ir.source);
  const head = header(sources);
  const { version } = ctx.config;
  const views = cliCommands(ctx);

  const commandFiles = views.map((view): EmittedFile => {
    const toSrc = '../'.repeat(view.file.split('/').length - 1);
    const op = ir.operations.find((o) => o.id === view.spec.operation?.id);
    return {
      path: `src/${view.file}.ts`,
      // One per operation, thousands on a large contract: their JSON is laid out already, prettier would only cost time.
      preformatted: true,
      ...(op ? { origins: [operationOrigin(primary, op)] } : {}),
      data: view.spec,
      content: render('cli/command.ts.hbs', {
        header: head,
        toSrc,
        spec: JSON.stringify(view.spec, null, 2),
        runner: view.runner,
      }),
    };
  });

  const idp = secondary.find(
    (client) => client.ir.auth?.operations.passwordLogin || client.ir.auth?.operations.deviceAuthorize,
  );
  const idpRoles = idp?.ir.auth?.operations ?? {};
  const useCommand = views.find((v) => v.runner.module === 'builtins/projects-use.js');
  const identity = { bin: target.bin, envPrefix: target.envPrefix, configDirName: target.configDirName, version };
  return [
    ...copyRuntime('cli/core', 'src/core'),
    ...copyRuntime('cli/run', 'src/run'),
    ...copyRuntime('cli/builtins', 'src/builtins'),
    {
      path: 'src/text-width.cjs',
      verbatim: true,
      content: readFileSync(path.join(TEMPLATES_DIR, 'cli/text-width.cjs'), 'utf8'),
    },
    // The runtime reaches the SDK and MCP packages through ../sdk.js and ../mcp.js. It takes the SDK's
    // `./core` entry, not its index, which also exports the generated client: through the index, the
    // start-up chunk would hold every operation and resource class, and grow with the contract.
    { path: 'src/sdk.ts', content: `${head}\nexport * from ${JSON.stringify(`${ctx.config.targets.sdk.package}/core`)};\n` },
    { path: 'src/mcp.ts', content: `${head}\nexport * from ${JSON.stringify(mcp.package)};\n` },
    {
      path: 'src/api.ts',
      content: render('cli/api.ts.hbs', {
        header: head,
        sdkPackage: ctx.config.targets.sdk.package,
        className: primary.className,
        auth: {
          tokenFields: ir.auth?.tokenFields ?? { accessToken: 'access_token' },
          operations: ir.auth?.operations ?? {},
        },
        idp: idp
          ? {
              name: idp.name,
              className: idp.className,
              namespace: camelCase(idp.name),
              operationId: idpRoles.passwordLogin ?? idpRoles.refresh ?? idpRoles.deviceToken,
              tokenFields: idp.ir.auth!.tokenFields,
              device:
                idpRoles.deviceAuthorize && idpRoles.deviceToken
                  ? { authorize: idpRoles.deviceAuthorize, token: idpRoles.deviceToken }
                  : null,
            }
          : null,
      }),
    },
    {
      path: 'src/schemas.ts',
      content: render('cli/schemas.ts.hbs', {
        header: head,
        schemas: JSON.stringify(ir.schemas, null, 2),
        resources: JSON.stringify(resourceSchemas(ir), null, 2),
      }),
      preformatted: true,
    },
    {
      path: 'src/commands.ts',
      content: render('cli/commands.ts.hbs', {
        header: head,
        groups: JSON.stringify(groups(views), null, 2),
        commands: views.map(({ spec, file }) => ({
          path: JSON.stringify(spec.path),
          describe: JSON.stringify(spec.summary),
          aliases: JSON.stringify(spec.aliases),
          hidden: spec.hidden,
          file,
        })),
      }),
    },
    {
      path: 'src/main.ts',
      content: render('cli/main.ts.hbs', {
        header: head,
        identity: JSON.stringify(identity),
        projectUseCommand: useCommand
          ? JSON.stringify(`${useCommand.spec.path.join(' ')} --${useCommand.spec.flags[0]!.name} <id>`)
          : null,
      }),
    },
    ...commandFiles,
    { path: `bin/${target.bin}.js`, executable: true, content: render('cli/bin.js.hbs', { header: head, bin: target.bin }) },
    {
      path: 'package.json',
      content: render('cli/package.json.hbs', {
        package: target.package,
        version,
        description: target.description ?? `Command-line tool generated from ${ir.source.file}`,
        bin: target.bin,
        binPath: `./bin/${target.bin}.js`,
        buildScript: buildScript(target.bin),
        dependencies: JSON.stringify(
          Object.fromEntries(
            sortBy(
              Object.entries({
                [ctx.config.targets.sdk.package]: version,
                [mcp.package]: version,
                ...RUNTIME_DEPENDENCIES,
              }),
              ([name]) => name,
            ),
          ),
        ),
        devDependencies: JSON.stringify(BUILD_DEPENDENCIES),
        sources: JSON.stringify(sources.map((s) => s.file)),
      }),
    },
    { path: 'tsconfig.json', content: render('cli/tsconfig.json.hbs', {}) },
    markdownFile('README.md', readme(ctx, views, identity)),
    { path: 'docs/cli.md', content: cliReference(ctx, views, identity), preformatted: true },
  ];
}
