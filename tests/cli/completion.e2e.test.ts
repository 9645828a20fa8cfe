/**
 * Shell completion as a user installs it: the script printed by `npx gpuaas completion <shell>` (so the
 * CLI is not on PATH), sourced in bash and zsh (and fish), completing commands, flags, enum values and
 * ids listed from the API mock.
 */
import { execFile } from 'node:child_process';
import { realpath, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ROOT, startProxy } from '../support/mock.js';
import { Tmux } from '../support/tmux.js';
import { newConfigDir } from './support.js';

const exec = promisify(execFile);
let proxy: Awaited<ReturnType<typeof startProxy>>;
let env: Record<string, string>;
const scripts: Record<string, string> = {};
beforeAll(async () => {
  proxy = await startProxy(inject('gpuaasUrl'));
  const dir = await newConfigDir();
  // npm run puts node_modules/.bin on PATH; a user's shell does not have the CLI there.
  const PATH = (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter((p) => !p.includes('node_modules'))
    .join(path.delimiter);
  env = { GPUAAS_BASE_URL: proxy.url, GPUAAS_TOKEN: 'e2e-token', GPUAAS_CONFIG_DIR: dir, PATH, HOME: dir };
  for (const shell of ['bash', 'zsh', 'fish']) {
    // Through npx, from the repository: the bin is not on PATH, the script must not need it.
    const { stdout } = await exec('npx', ['--no-install', 'gpuaas', 'completion', shell], { cwd: ROOT, env });
    scripts[shell] = path.join(dir, `completion.${shell}`);
    await writeFile(scripts[shell], stdout);
  }
});
afterAll(() => proxy?.close());

const ALLOCATIONS = ['alloc_01HZXY0YXKKGEG772AZM7P9PW8', 'alloc_01HZXV2P6RACHDPQND9KSXC12W'];

it('the script calls the entry it was generated from, not the bare name', async () => {
  const entry = await realpath(path.join(ROOT, 'generated/cli/bin/gpuaas.js'));
  await expect(exec('bash', ['--norc', '-c', 'command -v gpuaas'], { env })).rejects.toThrow();
  for (const file of Object.values(scripts)) {
    const { stdout } = await exec('cat', [file]);
    expect(stdout).toContain(entry);
  }
});

describe('bash', () => {
  /** Sources the script, sets the words as bash would for a Tab at the end of `line`, and prints COMPREPLY. */
  async function complete(words: string[], fn = '_gpuaas_completions'): Promise<string[]> {
    const script = [
      `source ${scripts.bash}`,
      `COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')})`,
      `COMP_CWORD=${words.length - 1}`,
      fn,
      `printf '%s\\n' "\${COMPREPLY[@]}"`,
    ].join('\n');
    const { stdout } = await exec('bash', ['--norc', '--noprofile', '-c', script], { env });
    return stdout.split('\n').filter(Boolean);
  }

  it.each<[string[], string[]]>([
    [['gpuaas', 'no'], ['nodes']],
    [['gpuaas', 'nodes', ''], ['list']],
    [['gpuaas', 'nodes', 'list', '--st'], ['--status']],
    [
      ['gpuaas', 'nodes', 'list', '--status', ''],
      ['available', 'allocated', 'maintenance', 'offline'],
    ],
    [['gpuaas', 'allocations', 'create', '--scheduler-type', 's'], ['slurm']],
    [['gpuaas', 'allocations', 'release', '--project', 'proj_1', '--id', ''], ALLOCATIONS],
    [
      ['gpuaas', 'apps', 'shared-runtimes', 'workers', 'list', '--org-id', 'org_1', '--runtime-id', ''],
      ['srt_01HZXRW6987V58Y8CVMBJY7N4R', 'srt_01HZXJ0T35TW3ZAMKABE4XS1JA'],
    ],
    [
      ['gpuaas', 'projects', 'use', '--id', ''],
      ['proj_01HZX282WZ7T7D204BHZDCBMD0', 'proj_01HZXRDT5NGRMFD70AH9ZTK3YJ'],
    ],
  ])('%j', async (words, expected) => {
    expect(await complete(words)).toEqual(expected);
  });

  it('completes `npx gpuaas …` too', async () => {
    expect(
      await complete(
        ['npx', 'gpuaas', 'allocations', 'release', '--project', 'p', '--id', ''],
        '_gpuaas_completions_npx',
      ),
    ).toEqual(ALLOCATIONS);
    const { stdout } = await exec(
      'bash',
      ['--norc', '--noprofile', '-c', `source ${scripts.bash}; complete -p gpuaas npx`],
      { env },
    );
    expect(stdout).toContain('-F _gpuaas_completions gpuaas');
    expect(stdout).toContain('-F _gpuaas_completions_npx npx');
  });

  it('is silent when the API is down', async () => {
    const down = { ...env, GPUAAS_BASE_URL: 'http://127.0.0.1:9', GPUAAS_CONFIG_DIR: await newConfigDir() };
    const script = `source ${scripts.bash}; COMP_WORDS=(gpuaas allocations release --project p --id ''); COMP_CWORD=6; _gpuaas_completions; echo "n=\${#COMPREPLY[@]}"`;
    const { stdout, stderr } = await exec('bash', ['--norc', '--noprofile', '-c', script], { env: down });
    expect({ stdout, stderr }).toEqual({ stdout: 'n=0\n', stderr: '' });
  });
});

describe('zsh (interactive, in a terminal)', () => {
  async function zsh() {
    const tmux = await Tmux.start({ width: 120, command: 'zsh -f', env });
    await tmux.waitFor(/\S/);
    await tmux.type(`PS1='%% '; autoload -Uz compinit && compinit -u && source ${scripts.zsh} && echo loaded`);
    await tmux.keys('Enter');
    await tmux.waitFor('\nloaded\n%');
    return tmux;
  }

  it.each<[string, string]>([
    ['gpuaas nodes li', 'gpuaas nodes list '],
    ['gpuaas nodes list --stat', 'gpuaas nodes list --status '],
    ['gpuaas nodes list --status mai', 'gpuaas nodes list --status maintenance '],
    [
      'gpuaas allocations release --project p --id alloc_01HZXY',
      `gpuaas allocations release --project p --id ${ALLOCATIONS[0]} `,
    ],
    ['npx gpuaas billing bal', 'npx gpuaas billing balance '],
  ])('%s<Tab>', async (typed, completed) => {
    const tmux = await zsh();
    try {
      await tmux.type(typed);
      await tmux.keys('Tab');
      // (The screen's lines come without their trailing spaces.)
      const screen = await tmux.waitFor(`% ${completed.trimEnd()}`);
      expect(screen.split('\n').at(-1)).toBe(`% ${completed}`.trimEnd());
    } finally {
      await tmux.close();
    }
  });

  it('lists ids with what they are on a second Tab', async () => {
    const tmux = await zsh();
    try {
      await tmux.type('gpuaas allocations release --project p --id ');
      await tmux.keys('Tab');
      await tmux.waitFor('% gpuaas allocations release --project p --id alloc_01HZX');
      await tmux.keys('Tab');
      const screen = await tmux.waitFor('provisioning');
      expect(screen).toMatch(/alloc_01HZXY0YXKKGEG772AZM7P9PW8 +-- active/);
      expect(screen).toMatch(/alloc_01HZXV2P6RACHDPQND9KSXC12W +-- provisioning/);
    } finally {
      await tmux.close();
    }
  });
});

describe('fish', () => {
  it.each<[string, string[]]>([
    ['gpuaas nodes list --status a', ['allocated', 'available']],
    [
      'npx gpuaas allocations release --project p --id ',
      ALLOCATIONS.map((id, i) => `${id}\t${['active', 'provisioning'][i]}`).sort(),
    ],
  ])('complete -C %j', async (line, expected) => {
    const { stdout } = await exec('fish', ['--no-config', '-c', `source ${scripts.fish}; complete -C '${line}'`], {
      env,
    });
    expect(stdout.split('\n').filter(Boolean).sort()).toEqual(expected);
  });
});
