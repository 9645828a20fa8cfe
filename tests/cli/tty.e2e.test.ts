/**
 * The built CLI in a real terminal (tmux) at 80 and 120 columns, as a person sees it: tables that fit
 * without cutting a value, `key: value` for one result, colour, the hidden password prompt, and
 * `allocations terminal` in raw mode against a local server playing the platform.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startProxy } from '../support/mock.js';
import { startTerminalServer, type TerminalServer } from '../support/terminal-server.js';
import { Tmux, shellCommand } from '../support/tmux.js';
import { CLI, gpuaas, newConfigDir } from './support.js';

let proxy: Awaited<ReturnType<typeof startProxy>>;
let platform: TerminalServer;
beforeAll(async () => {
  [proxy, platform] = await Promise.all([startProxy(inject('gpuaasUrl')), startTerminalServer({ mode: 'shell' })]);
});
afterAll(async () => {
  await Promise.all([proxy?.close(), platform?.close()]);
});

const NODE_IDS = ['node_01HZX505P25N4504VQBCNCMTND', 'node_01HZX011BG5QPC38DQ5MVEW3P3'];

/** `gpuaas <args>` in a terminal of this width; resolves once it has ended, with the screen. */
async function onTerminal(width: number, args: string[], env: Record<string, string> = {}) {
  const tmux = await Tmux.start({
    width,
    command: shellCommand([process.execPath, CLI, ...args]),
    env: { GPUAAS_BASE_URL: proxy.url, GPUAAS_TOKEN: 'e2e-token', GPUAAS_CONFIG_DIR: await newConfigDir(), ...env },
  });
  try {
    const { code } = await tmux.finished();
    return { code, screen: await tmux.output(), colours: await tmux.output({ escapes: true }) };
  } finally {
    await tmux.close();
  }
}

describe.each([80, 120])('a %i-column terminal', (width) => {
  it('nodes list fits by leaving out columns, never cutting an id, and hints after the table', async () => {
    const { code, screen } = await onTerminal(width, ['nodes', 'list']);
    expect(code).toBe(0);
    const lines = screen.split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
    expect(screen).not.toContain('…');
    for (const id of NODE_IDS) expect(screen).toContain(id);
    // Priorities from the contract: status stays; region and the GPU model go before it, the SKU first.
    const header = lines[0]!.split(/\s+/);
    expect(header).toEqual(
      width === 80 ? ['ID', 'HOSTNAME', 'STATUS'] : ['ID', 'HOSTNAME', 'REGION', 'STATUS', 'GPU_MODEL'],
    );
    expect(lines.at(-2)).toBe(
      `-o wide also shows ${width === 80 ? 'region, gpu_model, gpu_count, sku_id' : 'gpu_count, sku_id'}`,
    );
    expect(lines.at(-1)).toBe('more results: --all, or --cursor <next> (-o json prints the cursor)');
  });

  it('-o wide shows every column', async () => {
    const { screen } = await onTerminal(width, ['nodes', 'list', '-o', 'wide']);
    expect(screen.split('\n')[0]!.split(/\s+/)).toEqual([
      'ID',
      'HOSTNAME',
      'REGION',
      'STATUS',
      'GPU_MODEL',
      'GPU_COUNT',
      'SKU_ID',
    ]);
  });

  it('one result (allocations get) prints as aligned key: value lines', async () => {
    const { code, screen } = await onTerminal(width, [
      'allocations',
      'get',
      '--id',
      'alloc_01HZXY0YXKKGEG772AZM7P9PW8',
      '--project',
      'proj_1',
    ]);
    expect(code).toBe(0);
    expect(screen.split('\n').slice(0, 3)).toEqual([
      'id:             alloc_01HZXY0YXKKGEG772AZM7P9PW8',
      'status:         active',
      'scheduler_type: bare_metal',
    ]);
    expect(screen).toContain('failure_reason: <none>');
  });

  it('an empty list says so', async () => {
    const { code, screen } = await onTerminal(width, ['nodes', 'list', '-H', 'Prefer: example=empty']);
    expect({ code, screen }).toEqual({ code: 0, screen: 'No nodes found.' });
  });

  it('colour: bold headers, states by meaning, dim hints; none with NO_COLOR', async () => {
    const { colours } = await onTerminal(width, ['nodes', 'list']);
    expect(colours).toMatch(/\u001b\[1mID/);
    expect(colours).toMatch(/\u001b\[32mavailable/);
    // Dim from the first hint on (tmux redraws the lines after it without repeating the attribute).
    expect(colours).toMatch(
      /\u001b\[2m(?:[^\u001b]|\u001b\[39m)*-o wide also shows(?:[^\u001b]|\u001b\[39m)*more results/,
    );
    const plain = await onTerminal(width, ['nodes', 'list'], { NO_COLOR: '1' });
    expect(plain.colours).not.toContain('\u001b[');
    expect((await onTerminal(width, ['nodes', 'list', '--no-color'])).colours).not.toContain('\u001b[');
  });

  it('asks for the password with a hidden prompt, and never shows it', async () => {
    const tmux = await Tmux.start({
      width,
      command: shellCommand([
        process.execPath,
        CLI,
        'auth',
        'dev-login',
        '--username',
        'ada.lovelace',
        '-H',
        `X-E2E-Case: prompt-${width}`,
      ]),
      env: { GPUAAS_BASE_URL: proxy.url, GPUAAS_CONFIG_DIR: await newConfigDir() },
    });
    try {
      await tmux.waitFor('Password:');
      await tmux.type('correct-horse-battery-staple');
      await tmux.keys('Enter');
      expect(await tmux.finished()).toMatchObject({ code: 0 });
      const screen = await tmux.output();
      expect(screen).toContain(`Logged in as ada.lovelace to ${proxy.url}`);
      expect(screen).not.toContain('correct-horse');
      const sent = proxy.requests.find((r) => r.headers.get('x-e2e-case') === `prompt-${width}`)!;
      expect(JSON.parse(sent.body)).toEqual({ username: 'ada.lovelace', password: 'correct-horse-battery-staple' });
    } finally {
      await tmux.close();
    }
  });
});

describe.each([
  [80, 24, 120, 40],
  [120, 40, 80, 24],
])('allocations terminal in a %ix%i terminal', (width, height, otherWidth, otherHeight) => {
  const start = async () =>
    Tmux.start({
      width,
      height,
      command: shellCommand([
        process.execPath,
        CLI,
        'allocations',
        'terminal',
        '--id',
        `alloc_${width}`,
        '--project',
        'proj_1',
      ]),
      env: { GPUAAS_BASE_URL: platform.url, GPUAAS_TOKEN: 'e2e-token', GPUAAS_CONFIG_DIR: await newConfigDir() },
    });
  const session = () => platform.sessions.find((s) => s.url.includes(`alloc_${width}/`))!;
  const received = () => Buffer.concat(session().input).toString('latin1');
  const until = async (check: () => boolean) => {
    while (!check()) await new Promise((resolve) => setTimeout(resolve, 50));
  };

  it('is raw (keys go as typed, Ctrl-C too), follows resizes, exits with the remote status, restores the terminal', async () => {
    const tmux = await start();
    try {
      await tmux.waitFor('remote shell ready');
      // Raw mode: keys reach the server before Enter, and only the remote side echoes them.
      await tmux.type('ab');
      await until(() => received() === 'ab');
      await tmux.waitFor('$ ab');
      expect(await tmux.screen()).not.toContain('abab');
      await tmux.keys('C-c');
      await until(() => received() === 'ab\u0003');
      await tmux.waitFor('$ ab^C');
      await tmux.type('size');
      await tmux.keys('Enter');
      await tmux.waitFor(`\n${width}x${height}\n`);
      await tmux.resize(otherWidth, otherHeight);
      await until(() => session().control.some((c) => c.cols === otherWidth && c.rows === otherHeight));
      await tmux.type('size');
      await tmux.keys('Enter');
      await tmux.waitFor(`\n${otherWidth}x${otherHeight}\n`);
      await tmux.type('exit 7');
      await tmux.keys('Enter');
      const { code, stty } = await tmux.finished();
      expect(code).toBe(7);
      // The terminal is back in cooked mode with echo, as before.
      expect(stty).toContain('icanon');
      expect(stty).toContain('echo');
      expect(stty).toContain('isig');
      const minted = platform.minted.find((m) => m.path.includes(`alloc_${width}/`))!;
      expect(session().first).toBe(minted.token);
      expect(session().url).not.toContain(minted.token);
    } finally {
      await tmux.close();
    }
  });

  it('Enter ~ . disconnects and restores the terminal', async () => {
    const tmux = await start();
    try {
      await tmux.waitFor('remote shell ready');
      await tmux.keys('Enter');
      await tmux.type('~.');
      const { code, stty } = await tmux.finished();
      expect(code).toBe(130);
      expect(await tmux.output()).toContain('disconnected (~.)');
      expect(stty).toContain('icanon');
      expect(stty).toContain('echo');
    } finally {
      await tmux.close();
    }
  });
});

describe('piped output', () => {
  it('is never fitted or coloured, unless FORCE_COLOR', async () => {
    const env = { GPUAAS_BASE_URL: proxy.url, GPUAAS_TOKEN: 't', GPUAAS_CONFIG_DIR: await newConfigDir() };
    const table = await gpuaas(['nodes', 'list', '-o', 'table'], { env });
    expect(table.stdout.split('\n')[0]!.split(/\s+/)).toEqual([
      'ID',
      'HOSTNAME',
      'REGION',
      'STATUS',
      'GPU_MODEL',
      'GPU_COUNT',
      'SKU_ID',
    ]);
    expect(table.stdout + table.stderr).not.toContain('\u001b[');
    const forced = await gpuaas(['nodes', 'list', '-o', 'table'], { env: { ...env, FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[1mID');
  });
});
