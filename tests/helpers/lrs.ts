import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningLrs {
  /** The xAPI endpoint, ending in '/'. */
  endpoint: string;
  port: number;
  stop(): void;
}

export const TEST_LRS_AUTH = 'parley-key:parley-secret';

/** Starts the real LRS (tests/helpers/lrs-server.cjs) in its own process and waits until it listens. */
export async function startLrs(): Promise<RunningLrs> {
  const child: ChildProcess = spawn(process.execPath, [join(import.meta.dirname, 'lrs-server.cjs')], {
    env: { ...process.env, PARLEY_TEST_LRS_AUTH: TEST_LRS_AUTH, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const match = /^LISTENING (\d+)$/.exec(line);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`the LRS exited (${code}) before listening: ${errors}`)));
  });
  return { endpoint: `http://127.0.0.1:${port}/xAPI/`, port, stop: () => void child.kill() };
}

const basic = (credentials: string) => `Basic ${Buffer.from(credentials).toString('base64')}`;

/** Every statement the LRS holds, read back through its own statements API (following `more`). */
export async function storedStatements(lrs: RunningLrs): Promise<Array<Record<string, unknown> & { id: string }>> {
  const all: Array<Record<string, unknown> & { id: string }> = [];
  let url: string | undefined = `${lrs.endpoint}statements?limit=200`;
  while (url) {
    const response = await fetch(url, { headers: { Authorization: basic(TEST_LRS_AUTH), 'X-Experience-API-Version': '1.0.3' } });
    if (!response.ok) throw new Error(`GET statements: HTTP ${response.status}`);
    const body = (await response.json()) as { statements: Array<Record<string, unknown> & { id: string }>; more?: string };
    all.push(...body.statements);
    url = body.more ? new URL(body.more, lrs.endpoint).href : undefined;
  }
  return all;
}
