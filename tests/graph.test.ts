import { readFileSync } from 'node:fs';
import { createMachine } from 'xstate';
import { describe, expect, it } from 'vitest';
import { renderDot } from '../src/render/graph-dot.js';
import { diagramOf, shorten } from '../src/render/graph-model.js';
import { escapeMermaid, renderMermaid } from '../src/render/graph-mermaid.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { parley } from './helpers/cli.js';

const FIXTURE = 'tests/fixtures/graph/quoted-labels';
const expected = (ext: string) => readFileSync(`${FIXTURE}.expected.${ext}`, 'utf8');

describe('parley graph', () => {
  it.each([
    ['mermaid', 'mmd'],
    ['dot', 'dot'],
    ['json', 'json'],
  ])('--format %s prints exactly the committed expected file', async (format, ext) => {
    const result = await parley(['graph', `${FIXTURE}.yaml`, '--format', format]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(expected(ext));
  });

  it('escapes quotes, pipes, #, tags and backslashes for Mermaid, and drops the newline and terminal escape', () => {
    const mermaid = expected('mmd');
    expect(mermaid).toContain('#60;b#62;#35;1#60;/b#62; #34;Ridgeline#34;? [C:#92;x] #124; {no}…');
    expect(mermaid).toContain('“Yeah. That fee is a rip-off #38; I');
    expect(mermaid).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    // Every node and edge label is one quoted string with no stray quote inside.
    for (const line of mermaid.split('\n').filter((l) => l.includes('"'))) expect(line.split('"').length, line).toBe(3);
  });

  it('escapes DOT strings so Graphviz reads every label whole', () => {
    const dot = expected('dot');
    expect(dot).toContain('label="opening\\n“<b>#1</b> \\"Ridgeline\\"? [C:\\\\x] | {no}…”"');
    expect(dot).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    for (const line of dot.split('\n')) {
      const unescapedQuotes = line.replace(/\\\\/g, '').replace(/\\"/g, '').split('"').length - 1;
      expect(unescapedQuotes % 2, line).toBe(0);
    }
  });

  it('draws flagged edges red, guarded branches with their guard, and endings with their outcome', () => {
    const mermaid = expected('mmd');
    const links = mermaid.split('\n').filter((l) => l.includes('-->'));
    const bully = links.findIndex((l) => l.includes('"bully"'));
    expect(mermaid).toContain(`linkStyle ${bully} stroke:#d32f2f`);
    expect(mermaid).toContain('-->|"listen [trust ≥ 6]"|');
    expect(mermaid).toContain('-->|"listen [else]"|');
    expect(mermaid).toMatch(/n2\(\["payment_plan<br\/>.*"\]\):::success/);
    expect(expected('dot')).toMatch(/"opening" -> "hung_up" \[label="bully", color="#d32f2f"/);
  });

  it('json is the machine config, and XState builds a machine from it', () => {
    const config = JSON.parse(expected('json'));
    const machine = createMachine(config);
    expect(Object.keys(machine.root.states)).toEqual(['opening', 'complaint_about_fee', 'plan', 'hung_up']);
    expect(machine.root.states.plan!.type).toBe('final');
  });

  it('renders the shipped dialogues without throwing, one node per state', () => {
    for (const file of ['dialogues/away-on-business.yaml', 'dialogues/business-losing-money.yaml']) {
      const loaded = loadDialogueFile(file);
      if (!loaded.ok) throw new Error(file);
      const diagram = diagramOf(loaded.compiled.dialogue);
      expect(renderMermaid(diagram).match(/^ {2}n\d+[[(]/gm)).toHaveLength(Object.keys(loaded.compiled.dialogue.states).length);
      expect(renderDot(diagram)).toMatch(/^digraph /);
    }
  });

  it('shortens at a word boundary and never leaves a control character', () => {
    expect(shorten('one two three four five six seven eight nine ten', 20)).toBe('one two three four…');
    expect(shorten('\u001b]0;title\u0007short', 40)).toBe('short');
    expect(escapeMermaid('a"b|c#d')).toBe('a#34;b#124;c#35;d');
  });
});
