/**
 * What an installed release must do: the SDK imports and exposes its client class, the MCP package lists
 * its tools, and the CLI prints its version and lists the MCP tools. Run inside the offline install.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { CodegenConfig } from '../../../generator/config.js';
import { ReleaseError } from './cli.js';

function node(cwd: string, args: readonly string[]): string {
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });
  if (result.status !== 0)
    throw new ReleaseError(`${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout.trim();
}

const imported = (cwd: string, pkg: string, expression: string): string =>
  node(cwd, [
    '--input-type=module',
    '-e',
    `const m = await import(${JSON.stringify(pkg)}); console.log(${expression});`,
  ]);

/** One line of evidence per check; throws at the first that fails. */
export function smokeTest(cwd: string, config: CodegenConfig, installed: ReadonlySet<string>): string[] {
  const { sdk, mcp, cli } = config.targets;
  const className = config.clients[0]!.className;
  const kind = imported(cwd, sdk.package, `typeof m[${JSON.stringify(className)}]`);
  if (kind !== 'function')
    throw new ReleaseError(`${sdk.package} does not export the class ${className} (got ${kind})`);
  const evidence = [`${sdk.package}: exports class ${className}`];
  if (mcp && installed.has(mcp.package))
    evidence.push(`${mcp.package}: ${imported(cwd, mcp.package, 'm.tools.length')} tools`);
  if (cli && installed.has(cli.package)) {
    const bin = path.join(cwd, 'node_modules', '.bin', cli.bin);
    const version = node(cwd, [bin, '--version']);
    if (version !== config.version)
      throw new ReleaseError(`${cli.bin} --version printed "${version}", expected ${config.version}`);
    const tools = node(cwd, [bin, 'mcp', 'list-tools']);
    if (!tools) throw new ReleaseError(`${cli.bin} mcp list-tools printed nothing`);
    evidence.push(`${cli.bin} --version: ${version}`, `${cli.bin} mcp list-tools: ${tools.split('\n').length} lines`);
  }
  return evidence;
}
