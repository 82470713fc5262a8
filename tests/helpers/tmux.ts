import { execFileSync, spawnSync } from 'node:child_process';
import { ROOT } from './cli.js';

/**
 * The real `parley` in a real terminal: tmux runs it in a detached window
 * (100×40 unless asked otherwise), send-keys types, capture-pane reads the screen. Each call gets its
 * own tmux server, so test files running side by side never share windows.
 */
export const hasTmux = spawnSync('tmux', ['-V']).status === 0;

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

export function tmuxServer(size: { columns: number; rows: number } = { columns: 100, rows: 40 }) {
  const socket = `parley-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const screen = (window: string) => tmux('capture-pane', '-p', '-t', `parley:${window}`);

  /** Waits for something to be true (checking every `every` ms), giving up after 20 s with what the screens show. */
  async function until<T>(what: string, check: () => T | undefined | false, every = 100): Promise<T> {
    const giveUp = Date.now() + 20_000;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > giveUp) throw new Error(`gave up waiting for ${what}; screen:\n${tmux('capture-pane', '-p')}`);
      await new Promise((resolve) => setTimeout(resolve, every));
    }
  }

  return {
    tmux,
    screen,
    until,
    /** Starts `parley <args>` in a fresh window; the window stays open after it exits, showing `exit=<code>`. */
    open(window: string, args: string[], env = 'env -u CI NO_COLOR=1'): void {
      const command = `cd ${quote(ROOT)} && ${env} ${quote(process.execPath)} bin/parley ${args.map(quote).join(' ')}; echo "exit=$?"; exec sleep 600`;
      if (spawnSync('tmux', ['-L', socket, 'has-session'], { stdio: 'ignore' }).status === 0) tmux('new-window', '-d', '-n', window, command);
      else tmux('new-session', '-d', '-s', 'parley', '-n', window, '-x', String(size.columns), '-y', String(size.rows), command);
    },
    waitForScreen: (window: string, text: string) => until(`'${text}' on screen`, () => screen(window).includes(text) && screen(window)),
    keys: (window: string, ...keys: string[]) => tmux('send-keys', '-t', `parley:${window}`, ...keys),
    /**
     * Presses a key until the screen shows `text`: on a busy machine the first
     * screen can be drawn before the program reads keys, and a key sent then is lost.
     */
    async pressUntil(window: string, key: string, text: string): Promise<void> {
      for (let tries = 0; tries < 5; tries++) {
        tmux('send-keys', '-t', `parley:${window}`, key);
        const giveUp = Date.now() + 4_000;
        while (Date.now() < giveUp) {
          if (screen(window).includes(text)) return;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      throw new Error(`pressed ${key} 5 times and '${text}' never showed; screen:\n${screen(window)}`);
    },
    /** The pid of the parley process running in a window (the shell's child). */
    pid(window: string): number {
      const pane = tmux('display-message', '-p', '-t', `parley:${window}`, '#{pane_pid}').trim();
      return Number(execFileSync('pgrep', ['-P', pane], { encoding: 'utf8' }).trim().split('\n')[0]);
    },
    /** Resizes a window as a user dragging the terminal's corner would; the program gets SIGWINCH. */
    resize: (window: string, columns: number, rows: number) => tmux('resize-window', '-t', `parley:${window}`, '-x', String(columns), '-y', String(rows)),
    close: () => spawnSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore' }),
  };
}
