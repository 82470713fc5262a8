import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from 'yaml-language-server';
import { describe, expect, it } from 'vitest';
import { parley } from './helpers/cli.js';

/**
 * The README promises that one comment line gives completion and inline errors
 * in editors that use the YAML language server. This drives that server itself.
 */
const SCHEMA = readFileSync('schema/dialogue.schema.json', 'utf8');
const requested: string[] = [];
const service = getLanguageService({
  schemaRequestService: async (uri: string) => {
    requested.push(uri);
    if (uri === 'file:///project/schema/dialogue.schema.json') return SCHEMA;
    throw new Error(`no schema at ${uri}`);
  },
  workspaceContext: { resolveRelativePath: (relative: string, resource: string) => new URL(relative, resource).toString() },
});
service.configure({ validate: true, completion: true, hover: true, yamlVersion: '1.2' });

// A fresh name per document: the server caches parsed documents by uri and version.
let opened = 0;
const open = (text: string) => TextDocument.create(`file:///project/dialogues/example-${++opened}.yaml`, 'yaml', 1, text);
const GOOD = readFileSync('tests/fixtures/frozen/away-on-business.yaml', 'utf8');

describe('the JSON Schema in the YAML language server', () => {
  it('finds the schema through the modeline and reports nothing for a valid dialogue', async () => {
    expect(GOOD.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/dialogue.schema.json');
    const diagnostics = await service.doValidation(open(GOOD), false);
    expect(requested).toContain('file:///project/schema/dialogue.schema.json');
    expect(diagnostics).toEqual([]);
  });

  it('marks a misspelt key and a wrong value on their own lines', async () => {
    const lines = GOOD.split('\n');
    const choices = lines.findIndex((l) => l === '    choices:');
    const channel = lines.findIndex((l) => l.includes('channel: phone'));
    lines[choices] = '    choises:';
    lines[channel] = lines[channel]!.replace('phone', 'fax');
    const diagnostics = await service.doValidation(open(lines.join('\n')), false);
    const at = (line: number) => diagnostics.filter((d) => d.range.start.line === line).map((d) => d.message).join(' | ');
    expect(at(choices)).toMatch(/choises/);
    expect(at(channel)).toMatch(/phone|visit/);
  });

  it('completes the keys of a state', async () => {
    const lines = GOOD.split('\n');
    const text = `${lines.slice(0, lines.indexOf('states:') + 1).join('\n')}\n  new_state:\n    \n`;
    const document = open(text);
    const lastLine = text.split('\n').length - 2;
    const completion = await service.doComplete(document, { line: lastLine, character: 4 }, false);
    const labels = completion.items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['line', 'choices', 'excuse', 'on']));
  });

  it('parley schema prints the committed schema; --out writes it', async () => {
    const result = await parley(['schema']);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(SCHEMA);
    const out = join(mkdtempSync(join(tmpdir(), 'parley-schema-')), 'dialogue.schema.json');
    expect((await parley(['schema', '--out', out])).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(SCHEMA);
  });
});
