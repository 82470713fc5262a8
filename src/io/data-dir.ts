import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * Where Parley keeps a user's own files (transcripts): the platform's per-user
 * data folder. XDG_DATA_HOME is honoured only when absolute, as the XDG spec says.
 */
export function dataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: string = (platform !== 'win32' && env.HOME) || homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'parley');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'parley');
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.local', 'share'), 'parley');
}

export const transcriptsDir = (env: NodeJS.ProcessEnv, platform?: NodeJS.Platform, home?: string): string =>
  join(dataDir(env, platform, home), 'transcripts');
