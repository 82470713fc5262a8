// Inserts examples from /tmp/h6-ex/<base>.yaml into the three language versions of a dialogue, after each choice's text line.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, parseDocument, isMap, isSeq, type Node } from 'yaml';
const base = process.argv[2]!;
const ex = parse(readFileSync(`/tmp/h6-ex/${base}.yaml`, 'utf8')) as Record<string, Record<string, Record<string, string[]>>>;
for (const [suffix, lang] of [['.yaml', 'en'], ['.es.yaml', 'es'], ['.zh.yaml', 'zh']] as const) {
  const file = `dialogues/${base}${suffix}`;
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  const inserts: { offset: number; lines: string }[] = [];
  const seen = new Set<string>();
  const states = doc.get('states') as any;
  const textNode = (holder: any): Node | undefined => holder?.get?.('text', true);
  const place = (state: string, id: string, node: Node | undefined) => {
    if (!node) return;
    const list = ex[state]?.[id]?.[lang];
    if (!list) throw new Error(`${file}: no ${lang} examples for ${state}.${id}`);
    if (list.length < 3 || list.length > 5) throw new Error(`${state}.${id} ${lang}: ${list.length}`);
    seen.add(`${state}.${id}`);
    const end = node.range![1];
    const lineStart = text.lastIndexOf('\n', node.range![0]) + 1;
    const line = text.slice(lineStart, text.indexOf('\n', lineStart));
    const indent = /^\s*(?:- )?/.exec(line)![0].replace('-', ' ').length;
    const pad = ' '.repeat(indent);
    const eol = text.indexOf('\n', end - 1);
    inserts.push({ offset: eol + 1, lines: `${pad}examples:\n${list.map((e) => `${pad}  - ${JSON.stringify(e)}\n`).join('')}` });
  };
  for (const pair of states.items) {
    const state = String(pair.key.value);
    const st = pair.value;
    const choices = st.get('choices');
    if (isSeq(choices)) for (const c of choices.items as any[]) place(state, String(c.get('id')), textNode(c));
    const on = st.get('on');
    if (isMap(on)) for (const p of on.items as any[]) {
      const v = p.value;
      const first = isSeq(v) ? v.items[0] : v;
      place(state, String(p.key.value), textNode((first as any).get('meta')));
    }
  }
  for (const [state, cs] of Object.entries(ex)) for (const id of Object.keys(cs)) if (!seen.has(`${state}.${id}`)) throw new Error(`${file}: unused ${state}.${id}`);
  let out = text;
  for (const i of inserts.sort((a, b) => b.offset - a.offset)) out = out.slice(0, i.offset) + i.lines + out.slice(i.offset);
  writeFileSync(file, out);
  console.log(file, inserts.length);
}
