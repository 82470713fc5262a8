import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/atomic-write.js';
import { ROOT } from '../helpers/cli.js';

/** Reports and generated files: a crash never leaves half a file over a good one. */

const tmp = mkdtempSync(join(tmpdir(), 'parley-atomic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('replaces a file whole and leaves no temporary file behind', () => {
    const file = join(tmp, 'report.txt');
    writeFileSync(file, 'old\n');
    writeFileAtomic(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the old file when the write fails, and cleans up', () => {
    // Renaming a file over a non-empty folder fails: the write is refused at the last step.
    const target = join(tmp, 'a-folder');
    mkdirSync(join(target, 'inside'), { recursive: true });
    expect(() => writeFileAtomic(target, 'x')).toThrow();
    expect(readdirSync(target)).toEqual(['inside']);
    expect(readdirSync(tmp).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a process killed while rewriting a file over and over leaves one whole version', async () => {
    const file = join(tmp, 'generated.json');
    const script = join(tmp, 'writer.ts');
    writeFileSync(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(join(ROOT, 'src', 'io', 'atomic-write.ts'))};
for (let i = 0; ; i++) {
  writeFileAtomic(${JSON.stringify(file)}, JSON.stringify({ version: i, padding: 'x'.repeat(200_000 + (i % 7) * 10_000) }));
  if (i === 3) process.stdout.write('writing\\n');
}
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', () => resolve());
      child.on('exit', () => reject(new Error('the writer stopped on its own')));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    const content = JSON.parse(readFileSync(file, 'utf8'));
    expect(content.version).toBeGreaterThanOrEqual(3);
    expect(content.padding).toHaveLength(200_000 + (content.version % 7) * 10_000);
  }, 60_000);
});
