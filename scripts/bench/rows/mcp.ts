/**
 * MCP rows, each server spawned over stdio as an agent's client would:
 * - tools/list bytes per tool (the JSON-RPC responses as sent, every page), ours (`gpuaas mcp serve
 *   --tools static`: a tool per operation, like the peer) against openapi-mcp-generator 4.0.1's server
 *   generated from, installed and built for the same contract; with --corpus, the same on every corpus spec;
 * - spawn -> initialize response, and the first tools/list after initialize, ours (default `mcp serve`)
 *   with the peer's shown beside.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { specConfig } from '../../../generator/config.js';
import { fetchSpec } from '../../corpus/fetch.js';
import { CORPUS } from '../../corpus/specs.js';
import { ROOT, TSX, absoluteFigure, childEnv, fmt, interleave, median, notAvailable, ratioFigure, type Figure, type Row } from '../harness.js';
import { MCP_GENERATOR, peerMcpServer } from '../peers.js';
import { emptyProfileDir, jsonByteProfile, readCpuProfiles, summarizeCpuProfiles, type Profile } from '../profile.js';
import { CLI, cliEnv } from './cli.js';

const CONTRACT = path.join(ROOT, 'openapi/gpuaas.yaml');
const PEER = `${MCP_GENERATOR.name} ${MCP_GENERATOR.version}`;

export interface McpSession {
  /** From spawn to the initialize response. */
  initializeMs: number;
  /** From sending the first tools/list (after notifications/initialized) to its response. */
  firstListMs: number;
  tools: number;
  /** UTF-8 bytes of every tools/list response line. */
  listBytes: number;
  /** Every page's tools, when asked for (a byte profile). */
  list?: unknown[];
  /** The server's exit after stdin closed (a profiled server writes its profile then). */
  exited: Promise<void>;
}

interface Command {
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
}

/** One session: spawn, initialize, tools/list (every page), close stdin. */
export function mcpSession({ command, args, env }: Command, keepList = false): Promise<McpSession> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: childEnv(env), stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<void>((done) => child.once('close', () => done()));
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => void (stderr = `${stderr}${c.toString()}`.slice(-2000)));
    const send = (message: object) => child.stdin.write(`${JSON.stringify(message)}\n`);
    const result: Partial<McpSession> = { tools: 0, listBytes: 0, exited, ...(keepList ? { list: [] } : {}) };
    let listSent = 0;
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      child.stdin.end();
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => clearTimeout(killer));
      if (error) reject(new Error(`${error.message}${stderr ? `\n${stderr.trim().split('\n').slice(-4).join('\n')}` : ''}`));
      else resolve(result as McpSession);
    };
    child.on('error', finish);
    child.on('exit', (code) => finish(new Error(`${path.basename(args[0] ?? command)} exited ${code} during the MCP session`)));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      let message: { id?: number; result?: { tools?: unknown[]; nextCursor?: string }; error?: { message: string } };
      try {
        message = JSON.parse(line);
      } catch {
        return finish(new Error(`not JSON-RPC on stdout: ${line.slice(0, 200)}`));
      }
      if (message.error) return finish(new Error(`MCP error: ${message.error.message}`));
      if (message.id === 1) {
        result.initializeMs = performance.now() - started;
        send({ jsonrpc: '2.0', method: 'notifications/initialized' });
        listSent = performance.now();
        send({ jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} });
      } else if (typeof message.id === 'number' && message.id >= 2) {
        if (message.id === 2) result.firstListMs = performance.now() - listSent;
        result.tools! += message.result?.tools?.length ?? 0;
        result.list?.push(...(message.result?.tools ?? []));
        result.listBytes! += Buffer.byteLength(line);
        if (message.result?.nextCursor) send({ jsonrpc: '2.0', id: message.id + 1, method: 'tools/list', params: { cursor: message.result.nextCursor } });
        else finish();
      }
    });
    send({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'gpuaas-bench', version: '0' } } });
  });
}

/** `gpuaas mcp serve` of the built CLI, in a fresh config dir. */
function ours(configDir: string, extra: string[] = [], bin = CLI): Command {
  return { command: process.execPath, args: [bin, 'mcp', 'serve', ...extra], env: cliEnv('http://127.0.0.1:9', configDir) };
}

/** `use` with a scratch config dir, removed after. */
async function inScratch<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-mcp-'));
  try {
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A tools/list split by field: a tool's name, description, annotations; its inputSchema's descriptions, enums and the rest. */
const toolField = (keys: readonly string[]): string | undefined => {
  const [top] = keys;
  if (top !== 'inputSchema' && top !== 'outputSchema') return top;
  const last = keys.at(-1);
  return last === 'description' || last === 'enum' ? `${top}: ${last === 'enum' ? 'enums' : 'descriptions'}` : `${top}: structure`;
};

/** Our server's and the peer's tools/list, each split by field, so the report shows where the extra bytes are. */
async function bytesProfiles(sessions: Record<string, Command>): Promise<Profile[]> {
  const profiles: Profile[] = [];
  for (const [subject, command] of Object.entries(sessions)) {
    const session = await mcpSession(command, true);
    const profile = jsonByteProfile(subject, session.list, toolField);
    profile.note = `${session.tools} tools, ${fmt(profile.total / session.tools)} B/tool`;
    profiles.push(profile);
  }
  return profiles;
}

const bytesPerTool = (s: McpSession) => ({ value: s.listBytes / s.tools, unit: 'B/tool', detail: `${s.tools} tools, ${s.listBytes.toLocaleString('en-US')} B` });

async function bytesRow(peers: boolean, cacheDir: string): Promise<Figure[]> {
  const label = 'MCP tools/list bytes per tool, our contract';
  const goal = { op: '<=', limit: 0.5, on: 'ratio' } as const;
  if (!existsSync(CLI)) return [notAvailable(label, 'generated/cli is not built (npm run build)', goal)];
  return inScratch(async (dir) => {
    const mine = await mcpSession(ours(dir, ['--tools', 'static']));
    if (!peers) return [absoluteFigure(label, bytesPerTool(mine), undefined, undefined, `peer not run: ${PEER} is installed by npm run bench only`)];
    const peer = await mcpSession(peerMcpServer(cacheDir, CONTRACT, 'gpuaas'));
    return [ratioFigure(`${label} (--tools static)`, bytesPerTool(mine), `${PEER}, same spec`, bytesPerTool(peer), goal)];
  });
}

/** The default `mcp serve` under --cpu-prof for one session (it exits when stdin closes, writing the profile). */
async function latencyProfile(dir: string): Promise<Profile[]> {
  const subject = 'gpuaas mcp serve: spawn, initialize, one tools/list, stdin closed';
  const profiles = emptyProfileDir(dir, subject);
  const session = await inScratch(async (config) => {
    const command = ours(config);
    const run = await mcpSession({ ...command, args: ['--cpu-prof', '--cpu-prof-dir', profiles, ...command.args] });
    await run.exited;
    return run;
  });
  const profile = summarizeCpuProfiles(readCpuProfiles(profiles), subject);
  profile.note = `initialize at ${fmt(session.initializeMs)} ms, first tools/list ${fmt(session.firstListMs)} ms (wall, with the profiler on)`;
  return [profile];
}

async function latencyRow(runs: number, peers: boolean, cacheDir: string): Promise<Figure[]> {
  if (!existsSync(CLI)) return ['MCP spawn -> initialize response', 'MCP first tools/list after initialize'].map((f) => notAvailable(f, 'generated/cli is not built (npm run build)'));
  return inScratch(async (dir) => {
    const peer = peers ? peerMcpServer(cacheDir, CONTRACT, 'gpuaas') : undefined;
    const samples = await interleave(runs, { ours: () => mcpSession(ours(dir)), ...(peer ? { peer: () => mcpSession(peer) } : {}) } as Record<'ours' | 'peer', () => Promise<McpSession>>);
    const q = (k: 'ours' | 'peer', field: 'initializeMs' | 'firstListMs') => ({ value: median(samples[k].map((s) => s[field])), unit: 'ms', detail: `wall, ${samples[k].length} runs` });
    const anchor = (field: 'initializeMs' | 'firstListMs') => (peer ? { name: `${PEER}, same spec`, value: q('peer', field) } : undefined);
    const note = peer ? undefined : `peer not run: ${PEER} is installed by npm run bench only`;
    return [
      absoluteFigure('MCP spawn -> initialize response (`gpuaas mcp serve`, stdio)', q('ours', 'initializeMs'), { op: '<=', limit: 150, on: 'ms' }, anchor('initializeMs'), note),
      absoluteFigure('MCP first tools/list after initialize', q('ours', 'firstListMs'), { op: '<=', limit: 10, on: 'ms' }, anchor('firstListMs'), note),
    ];
  });
}

let generatorHash: string | undefined;
/** The generator's and templates' sources: a cached CLI generated by other ones is stale. */
function generatorSources(): string {
  if (generatorHash) return generatorHash;
  const hash = createHash('sha256');
  for (const dir of ['generator', 'templates']) {
    for (const file of (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]).sort()) {
      const full = path.join(ROOT, dir, file);
      if (statSync(full).isFile()) hash.update(file).update(readFileSync(full));
    }
  }
  return (generatorHash = hash.digest('hex'));
}

/** Our CLI generated (and built) for a corpus spec in the bench cache, keyed by the spec's and the generator's content; its bin. */
function corpusCli(cacheDir: string, name: string, spec: string): string {
  const hash = createHash('sha256').update(readFileSync(spec)).update(generatorSources()).digest('hex').slice(0, 12);
  const out = path.join(cacheDir, 'ours', `${name}-${hash}`);
  const bin = path.join(out, 'cli', 'bin', `${specConfig(spec, out, name).targets.cli!.bin}.js`);
  if (!existsSync(path.join(out, 'cli', 'dist'))) {
    mkdirSync(out, { recursive: true });
    execFileSync(process.execPath, ['--import', TSX, path.join(ROOT, 'generator/cli.ts'), '--spec', spec, '--out', out, '--name', name], { cwd: ROOT, env: childEnv(), stdio: 'pipe', maxBuffer: 64 << 20, timeout: 1_800_000 });
  }
  return bin;
}

/** Our static MCP server for a corpus spec, in config dir `dir`. */
function corpusServer(cacheDir: string, name: string, file: string, dir: string): Command {
  const bin = corpusCli(cacheDir, name, file);
  const prefix = specConfig(file, dir, name).targets.cli!.envPrefix;
  // A loopback base URL: listing tools calls nothing, and a spec's plain-http server would be refused.
  return { command: process.execPath, args: [bin, 'mcp', 'serve', '--tools', 'static'], env: { [`${prefix}_CONFIG_DIR`]: dir, [`${prefix}_TOKEN`]: 'bench', [`${prefix}_BASE_URL`]: 'http://127.0.0.1:9' } };
}

const CORPUS_PREFIX = 'MCP tools/list bytes per tool, corpus: ';

/** The two corpus specs furthest from the goal, ours and the peer's list each split by field. */
async function corpusBytesProfile(cacheDir: string, figures: readonly Figure[]): Promise<Profile[]> {
  const worst = figures.filter((f) => f.ratio !== undefined && f.met === false && f.figure.startsWith(CORPUS_PREFIX)).sort((a, b) => b.ratio! - a.ratio!).slice(0, 2);
  const profiles: Profile[] = [];
  for (const f of worst) {
    const spec = CORPUS.find((s) => s.name === f.figure.slice(CORPUS_PREFIX.length))!;
    const file = fetchSpec(spec);
    profiles.push(...(await inScratch((dir) => bytesProfiles({ [`${spec.name}: ours (--tools static)`]: corpusServer(cacheDir, spec.name, file, dir), [`${spec.name}: ${PEER}`]: peerMcpServer(cacheDir, file, spec.name) }))));
  }
  return profiles;
}

async function corpusBytesRow(cacheDir: string, log: (line: string) => void): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const spec of CORPUS) {
    const label = `${CORPUS_PREFIX}${spec.name}`;
    const goal = { op: '<=', limit: 0.5, on: 'ratio' } as const;
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-mcp-'));
    log(`bench:   ${spec.name}`);
    try {
      const file = fetchSpec(spec);
      let mine;
      let defaultMode = '';
      try {
        const server = corpusServer(cacheDir, spec.name, file, dir);
        mine = await mcpSession(server);
        // What a user gets without choosing: `--tools auto` goes dynamic past its token budget.
        const auto = await mcpSession({ ...server, args: server.args.filter((a) => a !== '--tools' && a !== 'static') });
        defaultMode = `; default --tools auto: ${auto.tools === mine.tools ? 'static' : `dynamic, ${auto.tools} tools`}, ${auto.listBytes.toLocaleString('en-US')} B in all`;
      } catch (error) {
        figures.push(notAvailable(label, `ours: ${firstLine(error)}`, goal));
        continue;
      }
      let peer;
      try {
        peer = await mcpSession(peerMcpServer(cacheDir, file, spec.name));
      } catch (error) {
        figures.push(absoluteFigure(label, bytesPerTool(mine), goal, undefined, `${PEER} failed: ${firstLine(error)}`));
        figures.at(-1)!.met = undefined;
        continue;
      }
      const listed = bytesPerTool(mine);
      figures.push(ratioFigure(label, { ...listed, detail: `--tools static: ${listed.detail}${defaultMode}` }, PEER, bytesPerTool(peer), goal));
    } catch (error) {
      figures.push(notAvailable(label, firstLine(error), goal));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const ratios = figures.filter((f) => f.ratio !== undefined).map((f) => f.ratio!);
  if (ratios.length) figures.push({ figure: 'MCP tools/list bytes per tool, corpus: worst ratio', ours: { value: Math.max(...ratios), unit: '×', detail: `median ${fmt(median(ratios))}× over ${ratios.length} specs` }, goal: { op: '<=', limit: 0.5, on: '×' }, met: Math.max(...ratios) <= 0.5 });
  return figures;
}

const firstLine = (error: unknown): string => String((error as Error).message ?? error).trim().split('\n').slice(-3).join(' ').slice(0, 300);

export const mcpRows: Row[] = [
  {
    id: 'mcp-bytes',
    title: 'MCP tools/list bytes per tool, our contract', goal: `≤ 0.5× ${PEER}`, run: (ctx) => bytesRow(ctx.peers, ctx.cacheDir),
    profile: (ctx) => inScratch((dir) => bytesProfiles({ 'ours (--tools static)': ours(dir, ['--tools', 'static']), ...(ctx.peers ? { [PEER]: peerMcpServer(ctx.cacheDir, CONTRACT, 'gpuaas') } : {}) })),
  },
  { id: 'mcp-latency', title: 'MCP spawn -> initialize, first tools/list', goal: '≤ 150 ms, ≤ 10 ms', run: (ctx) => latencyRow(ctx.runs, ctx.peers, ctx.cacheDir), profile: (_ctx, dir) => latencyProfile(dir) },
  { id: 'mcp-bytes-corpus', title: 'MCP tools/list bytes per tool, every corpus spec', goal: `≤ 0.5× ${PEER} on each`, corpus: true, slow: true, run: (ctx) => corpusBytesRow(ctx.cacheDir, ctx.log), profile: (ctx, _dir, figures) => corpusBytesProfile(ctx.cacheDir, figures) },
];
