import { spawn, spawnSync } from 'node:child_process';
import { median } from './measure.js';

/**
 * Time from launching `parley play <file>` in a pseudo-terminal (util-linux
 * `script`) to the first frame showing the debtor's name (`marker`, read from
 * the file by the caller). Undefined when `play` or `script` is not available.
 */
export async function measurePlayFirstFrame(cli: string, file: string, cwd: string, marker: string, runs = 7): Promise<number | undefined> {
  if (spawnSync('script', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  if (spawnSync(process.execPath, [cli, 'play', '--help'], { stdio: 'ignore' }).status !== 0) return undefined;
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const ms = await once(`${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} play ${JSON.stringify(file)} --transcripts /tmp/parley-bench-transcripts`, cwd, marker);
    if (ms === undefined) return undefined;
    if (i > 0) times.push(ms);
  }
  return median(times);
}

function once(command: string, cwd: string, marker: string): Promise<number | undefined> {
  return new Promise((resolve) => {
    const start = performance.now();
    const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...process.env, COLUMNS: '100', LINES: '40', TERM: 'xterm-256color' } });
    let seen = '';
    const timer = setTimeout(() => finish(undefined), 15_000);
    function finish(ms: number | undefined) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      resolve(ms);
    }
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (seen.includes(marker)) finish(performance.now() - start);
    });
    child.on('exit', () => finish(undefined));
  });
}
