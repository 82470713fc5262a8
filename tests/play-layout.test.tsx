import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { loadDialogueFile } from '../src/io/load-dialogue-file.js';
import { Session } from '../src/engine/session.js';
import { formatReferences } from '../src/render/format-reference.js';
import { UI_STRINGS } from '../src/tui/ui-strings.js';
import type { Language } from '../src/schema/language.js';
import { displayWidth } from './helpers/display-width.js';
import { KEY, playApp } from './helpers/play-app.js';

afterEach(() => cleanup());

/** Each language's fixture and the replies that raise a flag on the way to the end. */
const SCRIPTS: Record<Language, { file: string; flagged: string[] }> = {
  en: { file: 'tests/fixtures/frozen/away-on-business.yaml', flagged: ['1', '1', '3', '2'] },
  es: { file: 'tests/fixtures/play/overdue-card.es.yaml', flagged: ['2', '2', '2'] },
  zh: { file: 'tests/fixtures/play/overdue-card.zh.yaml', flagged: ['2', '2', '2'] },
};
const SIZES = [
  [80, 24],
  [100, 32],
  [60, 20],
] as const;
const CJK_CLOSING = /^[。，、！？：；」）》』】]/;

const squash = (text: string) => text.replace(/[║│\s]/g, '');

/** The scrolling part of a frame: below the header box (and a "more above" row), above a "more below" row or `end`. */
function region(frame: string, t: (typeof UI_STRINGS)[Language], end: (line: string) => boolean): string[] {
  const lines = frame.split('\n');
  // The header ends with the first line drawn only of box lines.
  let from = lines.findIndex((l) => /^[╰─][─╯]+$/.test(l)) + 1;
  if (lines[from]?.startsWith('…')) from += 1;
  let to = from;
  while (to < lines.length && !lines[to]!.startsWith(t.moreBelow) && !end(lines[to]!)) to += 1;
  return lines.slice(from, to);
}

/** Pages down with PgDn until nothing is below, stitching the scrolling part of each frame into one. */
async function readAll(app: ReturnType<typeof playApp>, t: (typeof UI_STRINGS)[Language], end: (line: string) => boolean) {
  const frames = [app.screen()];
  const stitched = region(app.screen(), t, end);
  for (let i = 0; i < 60 && app.screen().includes(t.moreBelow); i++) {
    await app.press(KEY.pageDown);
    frames.push(app.screen());
    const next = region(app.screen(), t, end);
    let overlap = Math.min(stitched.length, next.length);
    while (overlap > 0 && stitched.slice(-overlap).join('\n') !== next.slice(0, overlap).join('\n')) overlap -= 1;
    stitched.push(...next.slice(overlap));
  }
  return { frames, text: stitched.join('\n') };
}

function checkFrame(frame: string, columns: number, rows: number, keyBar: string[]) {
  const lines = frame.split('\n');
  expect(lines.length).toBeLessThanOrEqual(rows - 1);
  for (const line of lines) {
    expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    expect(line.replace(/^[║│\s]+/, ''), line).not.toMatch(CJK_CLOSING);
  }
  // The key bar is whole: every hint is on the last rows.
  const bottom = lines.slice(-2).join(' · ');
  for (const hint of keyBar) expect(bottom, `key bar at ${columns}×${rows}`).toContain(hint);
}

describe.each(SIZES)('parley play at %i×%i', (columns, rows) => {
  describe.each(['en', 'es', 'zh'] as const)('in %s', (language) => {
    const t = UI_STRINGS[language];
    const { file, flagged } = SCRIPTS[language];

    it('keeps every flag whole on the play screen and in the debrief, the key bar whole and continuation lines aligned', async () => {
      const loaded = loadDialogueFile(file);
      if (!loaded.ok) throw new Error(file);
      const reference = new Session(loaded.compiled, { seed: 1, mode: 'practice' });
      const app = playApp({ file, columns, rows, mode: 'practice' });

      // The first reply raises a flag in the es and zh scripts, the third in en.
      for (const [index, key] of flagged.entries()) {
        const step = reference.choose(reference.available()[Number(key) - 1]!.id);
        await app.press(key);
        const playKeys = reference.ended
          ? [`Enter ${t.keys.debrief[0]}`, `q ${t.keys.quit[0]}`]
          : [`u ${t.keys.undo[0]}`, `? ${t.keys.help[0]}`, `q ${t.keys.quit[0]}`];
        checkFrame(app.screen(), columns, rows, playKeys);
        if (step.flags.length === 0) continue;
        const { text, frames } = await readAll(app, t, (line) => line === t.yourReply || line.startsWith(t.conversationOver.slice(0, 8)));
        for (const frame of frames) checkFrame(frame, columns, rows, playKeys);
        for (const flag of step.flags) {
          expect(squash(text), `${flag.id} at turn ${index + 1}`).toContain(squash(flag.name));
          for (const field of [flag.explanation, formatReferences(flag.references, loaded.compiled.dialogue.meta.jurisdictions, language), flag.better]) {
            expect(squash(text)).toContain(squash(field));
          }
          expect(text).not.toMatch(/…$/m);
        }
        // Continuation lines of the banner's fields start under the text, not one column further.
        const why = text.split('\n').findIndex((l) => l.includes(`${t.why}${t.colon}`));
        const indent = displayWidth(text.split('\n')[why]!.split(`${t.why}${t.colon}`)[0]!) + displayWidth(`${t.why}${t.colon}`);
        const next = text.split('\n')[why + 1]!;
        if (!next.includes(t.rule + t.colon)) expect(displayWidth(next.match(/^[║ ]*/)![0])).toBe(indent);
      }

      await app.press(KEY.enter);
      const debriefKeys = [`r ${t.keys.replay[0]}`, `? ${t.keys.help[0]}`, `q ${t.keys.quit[0]}`];
      const { text, frames } = await readAll(app, t, (line) => line.startsWith('↑↓ PgUp'));
      for (const frame of frames) checkFrame(frame, columns, rows, debriefKeys);
      const debrief = reference.debrief();
      for (const flag of debrief.flags) {
        for (const field of [flag.name, flag.explanation, flag.better]) expect(squash(text)).toContain(squash(field));
      }
      expect(squash(text)).toContain(squash(debrief.trueReason.reason));
      expect(squash(text)).toContain(squash(debrief.jurisdiction.rules));
      // The sparklines start in one column, whatever the width of the meters' names.
      const sparkRows = text.split('\n').filter((l) => /[▁▂▃▄▅▆▇█]{2,}/.test(l) && !l.includes('→ ') === false);
      expect(sparkRows.length).toBeGreaterThanOrEqual(3);
      const columnsAt = sparkRows.map((l) => displayWidth(l.slice(0, l.search(/[▁▂▃▄▅▆▇█]/))));
      expect(new Set(columnsAt).size).toBe(1);
    });
  });
});

describe('wrapped lines', () => {
  it('continue under the text, and Chinese lines never start with closing punctuation', async () => {
    const app = playApp({ file: 'tests/fixtures/play/overdue-card.zh.yaml', columns: 60, rows: 40 });
    await app.press('1', '1');
    const lines = app.screen().split('\n');
    const reply = lines.findIndex((l) => l.startsWith('你（第 2 轮）：“'));
    expect(reply).toBeGreaterThan(0);
    expect(lines[reply + 1]).toMatch(new RegExp(`^ {${displayWidth('你（第 2 轮）：')}}\\S`));
    for (const line of lines) expect(line.trimStart()).not.toMatch(CJK_CLOSING);
  });

  it('in English, a choice continues under its first word', async () => {
    const app = playApp({ file: 'tests/fixtures/frozen/away-on-business.yaml', columns: 80, rows: 40 });
    await app.press('1', '1', '3');
    const lines = app.screen().split('\n');
    const choice = lines.findIndex((l) => l.startsWith('› 1. '));
    expect(lines[choice + 1]).toMatch(/^ {5}\S/);
    const debtor = lines.findIndex((l) => l.startsWith('Martin Hale: “Whoa'));
    expect(lines[debtor + 1]).toMatch(new RegExp(`^ {${'Martin Hale: '.length}}\\S`));
  });
});
