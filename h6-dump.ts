import { readFileSync } from 'node:fs';
import { loadDialogue } from '/work/wt-h6-match/src/load/load-dialogue.js';
import { stateCandidates } from '/work/wt-h6-match/scripts/match-eval.js';
const base = process.argv[2]!;
const ds = ['.yaml', '.es.yaml', '.zh.yaml'].map((s) => { const f = `dialogues/${base}${s}`; const l = loadDialogue(readFileSync(f, 'utf8'), f); if (!l.ok) throw 1; return l.dialogue; });
for (const [state, st] of Object.entries(ds[0]!.states)) {
  const cs = stateCandidates(ds[0]!, state); if (!cs.length) continue;
  const line = (d: any) => { const l = d.states[state].meta?.line; return Array.isArray(l) ? l[0] : l; };
  console.log(`## ${state}  | ${line(ds[0])}`);
  for (const c of cs) {
    const on: any = (st as any).on[c.id]; const m = (Array.isArray(on) ? on[0] : on).meta;
    console.log(`- ${c.id}${m.flags ? ' [' + m.flags.join(',') + ']' : ''}`);
    ds.forEach((d) => console.log(`    ${stateCandidates(d, state).find((x) => x.id === c.id)!.text}`));
  }
}
