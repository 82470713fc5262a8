import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dialogueJsonSchema } from '../../src/schema/json-schema.js';
import { loadDialogue } from '../../src/validate/load-dialogue.js';
import { checkSchemaReference, PROJECT_SCHEMA_URL } from '../../src/validate/schema-reference.js';
import { parley } from '../helpers/cli.js';
import { MINIMAL_DIALOGUE } from '../helpers/dialogue-text.js';

/**
 * The `# yaml-language-server: $schema=…` line is the only path a dialogue
 * names. Parley never opens it, but an editor would, so anything but Parley's
 * schema or a file inside the dialogue's folder is a warning (PAR014).
 */

const withSchema = (target: string) => `# yaml-language-server: $schema=${target}\n${MINIMAL_DIALOGUE}`;
const warnings = (target: string) => checkSchemaReference(withSchema(target), 'dialogues/x.yaml').map((d) => d.code);

describe('the $schema line', () => {
  it.each([
    '../schema/dialogue.schema.json',
    '../../schema/dialogue.schema.json',
    './schema/dialogue.schema.json',
    'dialogue.schema.json',
    'schemas/local.json',
    PROJECT_SCHEMA_URL,
  ])('accepts %s', (target) => {
    expect(warnings(target)).toEqual([]);
  });

  it.each([
    ['a path climbing out of the folder', '../../../home/me/.ssh/id_rsa'],
    ['a sibling folder', '../other/schema.json'],
    ['an absolute path', '/etc/passwd'],
    ['a home path', '~/secrets.json'],
    ['a Windows path', 'C:\\Users\\me\\schema.json'],
    ['a UNC path', '\\\\server\\share\\schema.json'],
    ['backslashes climbing out', '..\\..\\secret.json'],
    ['percent-encoded dots', '%2e%2e/%2e%2e/secret.json'],
    ['a look-alike of the schema path', '../schema/../../secret/dialogue.schema.json'],
    ['another URL', 'https://tracker.example/schema.json?who=me'],
    ['a file URL', 'file:///etc/passwd'],
    ['a look-alike URL', 'https://parley.invalid.evil.example/schema/dialogue.schema.json'],
    ['nothing', ''],
  ])('warns about %s', (_, target) => {
    expect(warnings(target)).toEqual(['PAR014']);
  });

  it('points at the line and the target, and only warns: the dialogue stays valid', () => {
    const result = loadDialogue(withSchema('https://tracker.example/s.json'), 'x.yaml');
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'PAR014', severity: 'warning', line: 1, col: 33, message: expect.stringContaining('https://tracker.example/s.json') }),
    ]);
  });

  it('is checked wherever the line sits and alongside other problems', () => {
    const text = `${MINIMAL_DIALOGUE.replace('target: done', 'target: dnoe')}# yaml-language-server: $schema=/etc/passwd\n`;
    const result = loadDialogue(text, 'x.yaml');
    expect(result.diagnostics.map((d) => d.code)).toEqual(['PAR201', 'PAR014']);
    expect(result.diagnostics[1]).toMatchObject({ line: text.split('\n').length - 1, col: 33 });
  });

  it("names the same URL as the generated schema's $id", () => {
    expect(dialogueJsonSchema().$id).toBe(PROJECT_SCHEMA_URL);
  });

  it('the shipped dialogues refer to Parley schema only', async () => {
    const result = await parley(['validate', 'dialogues/']);
    expect(result.stdout).not.toContain('PAR014');
  });
});

describe('parley validate', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'parley-paths-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('shows the warning with file:line:col and still exits 0', async () => {
    const file = join(tmp, 'outside.yaml');
    writeFileSync(file, withSchema('../../../etc/passwd'));
    const result = await parley(['validate', file]);
    expect(result.stdout).toContain(`${file}:1:33: warning PAR014: the $schema line points outside the dialogue's folder: "../../../etc/passwd"`);
    expect(result.stdout).toContain('✔ 1 dialogue valid (0 errors, 1 warning)');
    expect(result.status).toBe(0);
  });
});

describe('the $schema line is found wherever yaml-language-server finds it', () => {
  // The language server itself (a devDependency): its parser and its modeline reader.
  const require = createRequire(import.meta.url);
  const yamlParser = require('yaml-language-server/lib/umd/languageservice/parser/yamlParser07') as { parse(text: string): { documents: unknown[] } };
  const modeline = require('yaml-language-server/lib/umd/languageservice/services/modelineUtil') as { getSchemaFromModeline(doc: unknown): string | undefined };
  const editorSchema = (text: string) => modeline.getSchemaFromModeline(yamlParser.parse(text).documents[0]);

  const lines = [
    '# $schema: https://tracker.example/a.json',
    '# yaml-language-server: $schema: https://tracker.example/b.json',
    '# yaml-language-server: see $schema=https://tracker.example/c.json',
    '# yaml-language-server:$schema=https://tracker.example/d.json',
    '#\tyaml-language-server : $schema=/etc/passwd',
    '# yaml-language-server: $schema:\t../../secret.json',
    '# yaml-language-server: $schema= $schema=https://tracker.example/f.json',
    '  # yaml-language-server: $schema=https://tracker.example/g.json',
    '\uFEFF# yaml-language-server: $schema=https://tracker.example/h.json',
    '# yaml-language-server: x $schema:https://tracker.example/i.json',
  ];

  it.each(lines)('%s: the editor would follow it, and Parley warns about the same target', (line) => {
    const text = `${line}\n${MINIMAL_DIALOGUE}`;
    const followed = editorSchema(text);
    expect(followed).toBeDefined();
    const found = checkSchemaReference(text, 'dialogues/x.yaml');
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain(JSON.stringify(followed));
    // The column points at the target.
    expect(line.replace(/^\uFEFF/, '').slice(found[0]!.col - 1 - (line.startsWith('\uFEFF') ? 1 : 0))).toMatch(new RegExp(`^${followed!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it.each([
    ['# yaml-language-server: $schema=../schema/dialogue.schema.json'],
    [`# $schema: ${PROJECT_SCHEMA_URL}`],
    ['# a comment that mentions $schema=https://tracker.example/x.json'],
  ])('%s: no warning', (line) => {
    expect(checkSchemaReference(`${line}\n${MINIMAL_DIALOGUE}`, 'dialogues/x.yaml')).toEqual([]);
  });

  it('a comment that mentions $schema is not a modeline for the editor either', () => {
    expect(editorSchema(`# a comment that mentions $schema=https://tracker.example/x.json\n${MINIMAL_DIALOGUE}`)).toBeUndefined();
  });
});
