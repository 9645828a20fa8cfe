/**
 * A program in a real terminal, for the tests that must see what a person sees: tmux gives it a
 * pseudo-terminal of a chosen size; the test reads the screen (with or without its colours), types keys,
 * resizes the window. Each session has a tmux server of its own (a socket in a temporary directory), so
 * tests run side by side. Waiting is for what the screen shows, never for a fixed time.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const EXIT = '__EXIT=';
const STTY = '__STTY=';

export interface TmuxOptions {
  width: number;
  height?: number;
  /** The command line, run by bash; afterwards the pane shows its exit status and the terminal's modes. */
  command: string;
  env?: Record<string, string>;
  cwd?: string;
}

export interface Finished {
  code: number;
  /** The terminal's modes after the program ended (`stty -a`): `icanon`, `-icanon`, `echo`, … */
  stty: string[];
}

const quote = (word: string): string => `'${word.replace(/'/g, `'\\''`)}'`;

/** A command line for `command`, each word quoted for the shell. */
export const shellCommand = (words: readonly string[]): string => words.map(quote).join(' ');

export class Tmux {
  private constructor(
    private readonly socket: string,
    private readonly dir: string,
  ) {}

  static async start(options: TmuxOptions): Promise<Tmux> {
    const dir = await mkdtemp(path.join(tmpdir(), 'tmux-e2e-'));
    const session = new Tmux(path.join(dir, 'socket'), dir);
    // After the program: its exit status and the terminal modes it left, then the pane stays open.
    const script = `${options.command}; echo "${EXIT}$?"; echo "${STTY}$(stty -a | tr -s ' ;\\n' ' ')"; exec sleep 3600`;
    const env = Object.entries({ TERM: 'xterm-256color', ...options.env }).flatMap(([k, v]) => ['-e', `${k}=${v}`]);
    await session.tmux(
      'new-session',
      '-d',
      '-s',
      'e2e',
      '-x',
      String(options.width),
      '-y',
      String(options.height ?? 30),
      ...(options.cwd ? ['-c', options.cwd] : []),
      ...env,
      `bash --norc --noprofile -c ${quote(script)}`,
    );
    return session;
  }

  private async tmux(...args: string[]): Promise<string> {
    const { stdout } = await run('tmux', ['-S', this.socket, '-f', '/dev/null', ...args]);
    return stdout;
  }

  /**
   * The visible screen, trailing blank lines dropped; `escapes` keeps the colour and style sequences.
   * Lines the terminal wrapped are joined (-J), so a line too long for the window shows as one.
   */
  async screen(options: { escapes?: boolean } = {}): Promise<string> {
    const text = await this.tmux('capture-pane', '-p', '-J', '-t', 'e2e', ...(options.escapes ? ['-e'] : []));
    return text
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\s+$/, '');
  }

  /** Polls the screen until it matches, and returns it. */
  async waitFor(expected: string | RegExp, options: { escapes?: boolean } = {}): Promise<string> {
    for (;;) {
      const screen = await this.screen(options);
      if (typeof expected === 'string' ? screen.includes(expected) : expected.test(screen)) return screen;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** tmux key names (`Enter`, `C-c`, `Tab`) or literal text. */
  async keys(...keys: string[]): Promise<void> {
    await this.tmux('send-keys', '-t', 'e2e', ...keys);
  }

  async type(text: string): Promise<void> {
    await this.tmux('send-keys', '-t', 'e2e', '-l', text);
  }

  async resize(width: number, height: number): Promise<void> {
    await this.tmux('resize-window', '-t', 'e2e', '-x', String(width), '-y', String(height));
  }

  /** Waits for the program to end: its exit status and the terminal modes it left behind. */
  async finished(): Promise<Finished> {
    const screen = await this.waitFor(new RegExp(`${STTY}.*`));
    const code = Number(new RegExp(`${EXIT}(\\d+)`).exec(screen)![1]);
    const stty = new RegExp(`${STTY}(.*)`).exec(screen)![1]!.split(/\s+/).filter(Boolean);
    return { code, stty };
  }

  /** The screen above the exit marker: what the program printed. */
  async output(options: { escapes?: boolean } = {}): Promise<string> {
    await this.finished();
    const screen = await this.screen(options);
    return screen.slice(0, screen.indexOf(EXIT)).replace(/\s+$/, '');
  }

  async close(): Promise<void> {
    await this.tmux('kill-server').catch(() => undefined);
    await rm(this.dir, { recursive: true, force: true });
  }
}
