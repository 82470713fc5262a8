import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { findDialogueFiles } from '../src/io/find-dialogues.js';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { matchCoercion, WORDED_FLAGS } from '../src/lint/match-coercion.js';

// Every shipped dialogue, linted reply by reply: the lint must raise nothing on a
// lawful reply, and must find every flagged reply (one of its flags, with
// threat_to_expose standing for third_party_disclosure as in the corpus),
// except the replies listed in tests/fixtures/lint/situational-replies.yaml,
// whose flag the situation carries, not the words.
const situational = new Set(
  (parse(readFileSync('tests/fixtures/lint/situational-replies.yaml', 'utf8')) as { replies: { file: string; choice: string }[] }).replies.map(
    (r) => `${r.file}#${r.choice}`,
  ),
);

interface Reply {
  where: string;
  text: string;
  flags: string[];
  allowed: string[];
  found: string[];
}

function replies(): Reply[] {
  const out: Reply[] = [];
  for (const file of findDialogueFiles(['dialogues'])) {
    const loaded = loadDialogueFile(file);
    if (!loaded.ok) continue; // `parley validate` reports these; the lint has nothing to read
    const { dialogue } = loaded.compiled;
    for (const [state, value] of Object.entries(dialogue.states)) {
      for (const [choice, on] of Object.entries(value.on ?? {})) {
        const branches = Array.isArray(on) ? on : [on];
        const text = branches[0]!.meta?.text;
        if (!text) continue;
        const flags = [...new Set(branches.flatMap((b) => b.meta?.flags ?? []))];
        const allowed = branches.flatMap((b) => b.meta?.lint?.allow ?? []);
        const found = matchCoercion(text, [dialogue.meta.language])
          .map((m) => m.flag)
          .filter((f) => !allowed.includes(f));
        out.push({ where: `${basename(file)}#${choice}`, text: `${state}: ${text}`, flags, allowed, found });
      }
    }
  }
  return out;
}

describe('parley lint over every shipped dialogue', () => {
  const all = replies();

  it('reads the library', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('raises nothing on a lawful reply', () => {
    const alarms = all.filter((r) => r.flags.length === 0 && r.found.length > 0).map((r) => `${r.where} [${r.found}] ${r.text}`);
    expect(alarms, alarms.join('\n')).toEqual([]);
  });

  it('finds every flagged reply whose words carry its flag', () => {
    const confirms = (r: Reply, f: string) => r.flags.includes(f) || (f === 'threat_to_expose' && r.flags.includes('third_party_disclosure'));
    const missed = all
      .filter((r) => r.flags.some((f) => WORDED_FLAGS.has(f) && !r.allowed.includes(f)))
      .filter((r) => !situational.has(r.where))
      .filter((r) => !r.found.some((f) => confirms(r, f)))
      .map((r) => `${r.where} [${r.flags}] found [${r.found}] ${r.text}`);
    expect(missed, missed.join('\n')).toEqual([]);
  });
});
