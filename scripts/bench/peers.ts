/**
 * The peers the bench measures against, installed and located by the bench itself:
 * - @hey-api/openapi-ts (a devDependency): a script running it alone, types + sdk + fetch client;
 * - openapi-mcp-generator 4.0.1: its peer range wants zod 3, which this repository's zod 4 refuses, so it
 *   is installed with npm into the bench cache, and its generated servers are installed and built there;
 * - the corpus contracts (the 13 MB GitHub spec among them) through scripts/corpus/fetch.ts.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, childEnv } from './harness.js';

/** A node script running hey-api alone on `input` into `output`: the plugins our SDK target asks of it. */
export function heyApiScript(dir: string): string {
  const file = path.join(dir, 'hey-api-alone.mjs');
  writeFileSync(
    file,
    `import { createClient } from ${JSON.stringify(path.join(ROOT, 'node_modules/@hey-api/openapi-ts/dist/index.mjs'))};
const [input, output] = process.argv.slice(2);
await createClient({ input, output: { path: output, postProcess: [] }, plugins: ['@hey-api/typescript', '@hey-api/sdk', '@hey-api/client-fetch'], logs: { level: 'silent', file: false } });
`,
  );
  return file;
}

export const MCP_GENERATOR = { name: 'openapi-mcp-generator', version: '4.0.1' };

/** Installs openapi-mcp-generator into the cache once; the path of its bin. */
export function mcpGeneratorBin(cacheDir: string): string {
  const dir = path.join(cacheDir, 'peers', `${MCP_GENERATOR.name}@${MCP_GENERATOR.version}`);
  const bin = path.join(dir, 'node_modules', MCP_GENERATOR.name, 'bin', `${MCP_GENERATOR.name}.js`);
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'bench-peer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `${MCP_GENERATOR.name}@${MCP_GENERATOR.version}`], { cwd: dir, env: childEnv(), stdio: 'pipe', maxBuffer: 64 << 20 });
  if (!existsSync(bin)) throw new Error(`npm install ${MCP_GENERATOR.name}@${MCP_GENERATOR.version} left no ${bin}`);
  return bin;
}

/**
 * openapi-mcp-generator's stdio server for `spec`, generated, installed and built in the cache (keyed by
 * the spec's content); the command that starts it.
 */
export function peerMcpServer(cacheDir: string, spec: string, name: string): { command: string; args: string[]; dir: string } {
  const hash = createHash('sha256').update(readFileSync(spec)).digest('hex').slice(0, 12);
  const dir = path.join(cacheDir, 'peer-mcp', `${name}-${hash}`);
  const entry = path.join(dir, 'build', 'index.js');
  if (!existsSync(entry)) {
    rmSync(dir, { recursive: true, force: true });
    const bin = mcpGeneratorBin(cacheDir);
    execFileSync(process.execPath, [bin, '--input', spec, '--output', dir, '--server-name', name, '--transport', 'stdio', '--force'], { env: childEnv(), stdio: 'pipe', maxBuffer: 64 << 20 });
    execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: dir, env: childEnv(), stdio: 'pipe', maxBuffer: 64 << 20 });
    // A bound for a hang (tsc over a 13 MB spec's server), not for speed.
    execFileSync('npm', ['run', 'build'], { cwd: dir, env: childEnv(), stdio: 'pipe', maxBuffer: 64 << 20, timeout: 1_800_000 });
    if (!existsSync(entry)) throw new Error(`${MCP_GENERATOR.name} built no ${entry}`);
  }
  return { command: process.execPath, args: [entry], dir };
}
