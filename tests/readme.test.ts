/**
 * The README is a newcomer's first contact: its first dialogue must validate
 * exactly as shown, every command it shows must run as written from a fresh
 * clone, and every link in it and in the docs must lead somewhere.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parley, ROOT } from './helpers/cli.js';

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The part of the README under a `## heading`, up to the next one. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  if (start === -1) throw new Error(`no '## ${heading}' section`);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end === -1 ? undefined : end);
}

const FIRST_DIALOGUE = section(README, 'Your first dialogue');
const FIRST_DIALOGUE_FILE = /Save this as\s+`([^`]+)`/.exec(FIRST_DIALOGUE)?.[1] ?? '';
const FIRST_DIALOGUE_YAML = /```yaml\n([\s\S]*?)```/.exec(FIRST_DIALOGUE)?.[1] ?? '';

/**
 * A fresh folder standing for the clone: copies (not links: replay reads a
 * dialogue only from inside its folder) of the repository's files the README's
 * commands name, and nothing the tests left behind.
 */
function cloneLikeFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'parley-readme-'));
  for (const name of ['dialogues', 'schema', 'tests/fixtures/diff']) cpSync(join(ROOT, name), join(folder, name), { recursive: true });
  mkdirSync(join(folder, dirname(FIRST_DIALOGUE_FILE)), { recursive: true });
  writeFileSync(join(folder, FIRST_DIALOGUE_FILE), FIRST_DIALOGUE_YAML);
  return folder;
}

/** Splits a command line as a POSIX shell would for the simple quoting the README uses. */
function shellWords(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');
}

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('README.md', () => {
  it('is short enough for a newcomer to read (at most 200 lines)', () => {
    expect(README.trimEnd().split('\n').length).toBeLessThanOrEqual(200);
  });

  it('has a first dialogue that validates with the output it shows', async () => {
    expect(FIRST_DIALOGUE_FILE).toMatch(/\.yaml$/);
    expect(FIRST_DIALOGUE_YAML.split('\n').length).toBeGreaterThan(10);
    const shown = new RegExp(`^\\$ npx parley validate ${FIRST_DIALOGUE_FILE}\\n(.+)$`, 'm').exec(FIRST_DIALOGUE)?.[1];
    expect(shown, 'the README shows the validate command and its output').toBeDefined();

    const folder = cloneLikeFolder();
    folders.push(folder);
    const result = await parley(['validate', FIRST_DIALOGUE_FILE], { cwd: folder });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd()).toBe(shown);
    // The deeper checks pass too, so a newcomer's next step does not start with warnings.
    expect((await parley(['validate', '--deep', FIRST_DIALOGUE_FILE], { cwd: folder })).stdout).toContain('(0 errors, 0 warnings)');
  });

  it('shows only commands that run as written, in the order shown', async () => {
    const commands = [...README.matchAll(/`npx parley ([^`]+)`|^\$ (?:NO_COLOR=1 )?npx parley (.+)$/gm)]
      .map((match) => (match[1] ?? match[2] ?? '').trim())
      // Placeholders and the interactive screen are not runnable lines.
      .filter((line) => !/[…<]/.test(line) && !line.startsWith('play'));
    expect(commands.length).toBeGreaterThan(12);

    const folder = cloneLikeFolder();
    folders.push(folder);
    for (const command of commands) {
      const result = await parley(shellWords(command), { cwd: folder });
      // `lint --text` exits 1 when the sentence reads as coercive, which is the point of the example.
      const expected = command.startsWith('lint --text') ? 1 : 0;
      expect({ command, status: result.status, stderr: result.stderr }).toEqual({ command, status: expected, stderr: expect.any(String) });
      expect(result.stderr, command).not.toMatch(/error:|unknown|no such|not found/i);
    }
  }, 120_000);
});

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The Markdown without its fenced code blocks, whose lines are neither headings nor links. */
function withoutCodeBlocks(markdown: string): string {
  let fenced = false;
  return markdown
    .split('\n')
    .filter((line) => {
      if (line.startsWith('```')) {
        fenced = !fenced;
        return false;
      }
      return !fenced;
    })
    .join('\n');
}

function anchorsIn(markdown: string): Set<string> {
  return new Set([...withoutCodeBlocks(markdown).matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)));
}

const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

describe('links in README.md, CONTRIBUTING.md and docs/', () => {
  it.each(DOCS)('%s links only to files and headings that exist', (doc) => {
    const text = withoutCodeBlocks(readFileSync(join(ROOT, doc), 'utf8'));
    const broken: string[] = [];
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target!)) continue;
      const [path, anchor] = target!.split('#') as [string, string | undefined];
      const file = path === '' ? join(ROOT, doc) : join(ROOT, dirname(doc), path);
      const name = relative(ROOT, file);
      if (!existsSync(file)) {
        broken.push(`${target}: no such file`);
        continue;
      }
      if (anchor && file.endsWith('.md') && !anchorsIn(readFileSync(file, 'utf8')).has(anchor)) broken.push(`${target}: no heading #${anchor} in ${name}`);
    }
    expect(broken).toEqual([]);
  });
});
