/**
 * Test support (not copied into the generated package: copyRuntime takes only top-level files). Builds
 * the CLI's command table from a real contract with the generator's own CLI emitter, binds it to the
 * runtime in this folder and an SDK client over a recording fetch, and runs command lines in-process.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import type { CodegenConfig } from '../../../../generator/config.js';
import { cliCommands } from '../../../../generator/emit/cli/cli.js';
import type { CommandView } from '../../../../generator/emit/cli/commands.js';
import { buildIR } from '../../../../generator/ir/build.js';
import { loadSpec } from '../../../../generator/load/load.js';
import { ApiClient, type ContractMeta, type OperationSpec, type WaiterSpec } from '../../sdk.js';
import { runCli } from '../main.js';
import type { CliApi, CommandEntry, CommandModule, CommandSpec, ParsedArgs, RunContext } from '../types.js';

export const ROOT = resolve(import.meta.dirname, '../../../..');
export const identity = { bin: 'acme', envPrefix: 'ACME', configDirName: 'acme', version: '9.9.9' };

/** The command views the generator emits for a contract (and its secondary contracts). */
export async function commandViews(...specs: string[]): Promise<CommandView[]> {
  const clients = await Promise.all(
    specs.map(async (file, i) => {
      const ir = buildIR(await loadSpec(file, ROOT));
      return {
        name: i === 0 ? 'primary' : 'keycloak',
        className: i === 0 ? 'Primary' : 'Keycloak',
        ir,
        modelTypes: '',
      };
    }),
  );
  const config: CodegenConfig = {
    version: identity.version,
    extensions: 'openapi/extensions',
    clients: clients.map((c) => ({ name: c.name, spec: '', className: c.className })),
    targets: {
      sdk: { dir: 'out/sdk', package: '@acme/sdk' },
      cli: {
        dir: 'out/cli',
        package: '@acme/cli',
        bin: identity.bin,
        envPrefix: identity.envPrefix,
        configDirName: identity.configDirName,
      },
      mcp: { dir: 'out/mcp', package: '@acme/mcp', serverName: 'acme' },
    },
  };
  return cliCommands({ config, clients });
}

type Runner = (spec: CommandSpec, args: ParsedArgs, ctx: RunContext) => Promise<number | void>;

/** Each view as a table entry whose module runs the view's runner from this source tree. */
export function entries(views: readonly CommandView[]): CommandEntry[] {
  return views.map(({ spec, runner }) => ({
    path: spec.path,
    describe: spec.summary,
    aliases: spec.aliases,
    hidden: spec.hidden,
    load: async (): Promise<CommandModule> => ({
      spec,
      run: async (args, ctx) => {
        const module = (await import(`../../${runner.module.replace(/\.js$/, '.ts')}`)) as Record<string, Runner>;
        return module[runner.export]!(spec, args, ctx);
      },
    }),
  }));
}

export interface Sdk {
  contract: ContractMeta;
  operations: Record<string, OperationSpec>;
  waiters: Record<string, Record<string, WaiterSpec>>;
}

export function cliApi(
  sdk: Sdk,
  tokenFields = { accessToken: 'access_token', refreshToken: 'refresh_token', expiresIn: 'expires_in' },
): CliApi {
  return {
    contract: sdk.contract,
    operations: sdk.operations,
    waiters: sdk.waiters,
    createClient: (options) => new ApiClient(options, sdk.contract),
    auth: { tokenFields, operations: {} },
  };
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Harness {
  dir: string;
  run(
    argv: string[],
    options?: { env?: NodeJS.ProcessEnv; tty?: boolean; fetch?: typeof fetch; stdin?: string },
  ): Promise<Result>;
}

/** A fetch that fails the test: for command lines that must be rejected before any request. */
export const noRequests: typeof fetch = async (input) => {
  throw new Error(`unexpected request to ${String(input)}`);
};

export async function harness(
  views: readonly CommandView[],
  api: CliApi,
  extra: Partial<Pick<RunContext, 'loadSchemas' | 'loadMcp' | 'openBrowser' | 'sleep'>> = {},
): Promise<Harness> {
  const dir = await mkdtemp(join(tmpdir(), 'cli-harness-'));
  const commands = entries(views);
  return {
    dir,
    async run(argv, options = {}) {
      // Read as written, like a terminal or a pipe with a reader: a list waits for 'drain' when stdout is full.
      const stdout = new PassThrough();
      const stderr = new PassThrough();
      const out: Buffer[] = [];
      stdout.on('data', (chunk: Buffer) => out.push(chunk));
      const stdin = new PassThrough();
      const tty = options.tty ?? false;
      // A terminal's input does not end; a pipe's does.
      if (tty) stdin.write(options.stdin ?? '');
      else stdin.end(options.stdin ?? '');
      const code = await runCli({
        argv,
        identity,
        commands,
        groups: [],
        loadApi: async () => api,
        loadMcp: async () => ({ tools: [], serverInfo: { name: 'acme', version: identity.version } }),
        loadSchemas: async () => ({ schemas: {}, resources: {} }),
        ...extra,
        env: { ACME_CONFIG_DIR: dir, ACME_BASE_URL: 'https://api.test', ...options.env },
        stdin,
        stdout,
        stderr,
        tty: { stdin: tty, stdout: tty, stderr: tty },
        fetch: options.fetch ?? noRequests,
      });
      return { code, stdout: Buffer.concat(out).toString(), stderr: String(stderr.read() ?? '') };
    },
  };
}
