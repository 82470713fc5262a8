import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/io/load-dialogue-file.js';
import { openPlay } from '../src/tui/play-opening.js';
import { cleanup } from 'ink-testing-library';
import { UI_STRINGS } from '../src/tui/ui-strings.js';
import type { TranscriptLine } from '../src/transcript/transcript-format.js';
import { displayWidth } from './helpers/display-width.js';
import { KEY, playApp } from './helpers/play-app.js';

afterEach(() => cleanup());

const t = UI_STRINGS.en;
const squash = (text: string) => text.replace(/[║│\s]/g, '');
/** The steps the session's transcript has recorded. */
const steps = (app: ReturnType<typeof playApp>) =>
  (app.transcripts()[0] ?? []).flatMap((line: TranscriptLine) => (line.kind === 'step' ? [line.step] : []));

/** Types a line (written as one chunk, as a paste or a fast typist's burst arrives) and presses Enter. */
async function say(app: ReturnType<typeof playApp>, text: string) {
  await app.press(text, KEY.enter);
}

const OPENING = 'Hi, Owen from the timber merchants about your account; is this a good time?';
const OPENING_CHOICE = "Hi Tom, it's Owen from Calderbrook Timber Merchants, in credit control. Is now a good time for five minutes?";

describe('parley play --free', () => {
  it('says which reply a clear paraphrase means, plays it on Enter and records what was typed', async () => {
    const app = playApp({ file: 'dialogues/forgot.yaml', free: true, columns: 100, rows: 40 });
    await app.settle();
    expect(app.screen()).toContain(t.free.title);
    expect(app.screen()).not.toContain('1. Hi Tom');
    await say(app, OPENING);
    expect(squash(app.screen())).toContain(squash(t.free.meant(`“${OPENING_CHOICE}”`)));
    expect(steps(app)).toHaveLength(0);
    await app.press(KEY.enter);
    const [step] = steps(app);
    expect(step?.choice.id).toBe('identify');
    expect(step?.typed?.text).toBe(OPENING);
    expect(step?.typed?.confidence).toBeGreaterThan(0.2);
    // The conversation shows the learner's own words, and the reply they were taken as.
    expect(squash(app.screen())).toContain(squash(`You (turn 1): “${OPENING}”`));
    expect(squash(app.screen())).toContain(squash(t.free.matched(OPENING_CHOICE)));
  });

  it('flags a lawful move said with a threat, in the banner with the words, why, rule and a better reply', async () => {
    const app = playApp({ file: 'dialogues/forgot.yaml', free: true, columns: 100, rows: 60 });
    await say(app, OPENING);
    await app.press(KEY.enter);
    await say(app, "No problem, I'll ring you back later when it suits you, or I'll tell your customer what you owe");
    expect(app.screen()).toContain('You meant: “No problem, it isn\'t urgent.');
    await app.press(KEY.enter);
    const screen = app.screen();
    expect(screen).toContain('VIOLATION');
    expect(screen).toContain('Threatening to tell others');
    expect(screen).toContain(`${t.free.youTyped}: “`);
    for (const label of [t.why, t.rule, t.better]) expect(screen).toContain(`${label}: `);
    // The better reply is the lawful move itself, without the threat.
    expect(squash(screen)).toContain(squash("Better: No problem, it isn't urgent. When would suit you better? I'll ring you back then."));
    const step = steps(app)[1];
    expect(step?.choice.id).toBe('call_back');
    expect(step?.typed?.flags.map((f) => f.flag)).toContain('threat_to_expose');
    expect(step?.flags.some((f) => f.source === 'typed')).toBe(true);
  });

  it('a resumed session keeps the typed words and the flag they raised', async () => {
    const app = playApp({ file: 'dialogues/forgot.yaml', free: true, columns: 100, rows: 60 });
    await say(app, OPENING);
    await app.press(KEY.enter);
    await say(app, "No problem, I'll ring you back later when it suits you, or I'll tell your customer what you owe");
    await app.press(KEY.enter, KEY.ctrlC);
    const [file] = readdirSync(app.directory);

    const resumedInto = mkdtempSync(join(tmpdir(), 'parley-resumed-'));
    const opened = openPlay({ resume: join(app.directory, file!), settings: { mode: 'practice', seed: 1 }, transcripts: resumedInto, limits: DEFAULT_LIMITS, library: 'dialogues' });
    if (!opened.ok) throw new Error(opened.errors.join('\n'));
    const resumed = opened.opening.initialRun!.session.steps[1]!;
    expect(resumed.choice.id).toBe('call_back');
    expect(resumed.typed?.text).toContain("or I'll tell your customer what you owe");
    expect(resumed.flags.filter((f) => f.source === 'typed').map((f) => f.id)).toContain('threat_to_expose');
    expect(opened.opening.initialRun!.session.debrief().flags.map((f) => f.id)).toContain('threat_to_expose');
  });

  it('asks to rephrase an off-topic line and plays nothing; an empty Enter only gives a hint', async () => {
    const app = playApp({ file: 'dialogues/forgot.yaml', free: true, columns: 100, rows: 40 });
    await app.press(KEY.enter);
    expect(squash(app.screen())).toContain(squash(t.free.empty));
    await say(app, 'The weather has been lovely for the garden this week');
    expect(squash(app.screen())).toContain(squash(t.free.unclear));
    await app.press(KEY.enter);
    expect(steps(app)).toHaveLength(0);
    expect(app.screen()).not.toContain('You (turn 1)');
  });

  it('Tab opens the list on the reply Parley understood; t goes back to typing, Esc leaves it', async () => {
    const app = playApp({ file: 'dialogues/forgot.yaml', free: true, columns: 100, rows: 40 });
    await say(app, OPENING);
    await app.press(KEY.enter);
    await say(app, 'no rush, when is better for you? I will ring you back');
    await app.press(KEY.tab);
    // The list, with the matched reply (the first) highlighted, and the list's keys.
    expect(app.screen()).toContain('› 1. No problem');
    expect(app.screen()).toContain(`t ${t.keys.type[0]}`);
    // q and ? are letters while typing: nothing asks to quit.
    await app.press('t', 'q?');
    expect(app.screen()).not.toContain(t.confirmQuit.slice(0, 10));
    expect(app.screen()).toContain('› no rush, when is better for you? I will ring you backq?');
    await app.press(KEY.escape);
    expect(app.screen()).toContain(`${t.yourReply}\n`);
    await app.press('2');
    expect(steps(app).map((s) => s.choice.id)).toEqual(['identify', 'press_on']);
    expect(steps(app)[1]?.typed).toBeUndefined();
  });

  it('edits the line: arrows, Home/End, Backspace, Delete and Ctrl-U', async () => {
    const app = playApp({ file: 'dialogues/forgot.yaml', free: true, columns: 100, rows: 40 });
    await app.press('helo', KEY.left, 'l', KEY.end, '!', KEY.home, KEY.delete, 'H', KEY.end, KEY.backspace, ' there');
    expect(app.screen()).toContain('› Hello there');
    await app.press(KEY.ctrlU);
    expect(app.screen()).toContain(`›  ${t.free.placeholder}`);
  });

  it('understands Spanish and Chinese typed as one pasted chunk, wide characters measured by width', async () => {
    const es = playApp({ file: 'dialogues/forgot.es.yaml', free: true, columns: 80, rows: 30 });
    await say(es, 'Buenos días don Tomás, le habla Óscar de la maderería, ¿tiene un minutito?');
    await es.press(KEY.enter);
    await say(es, 'No hay prisa, ¿a qué hora le marco de nuevo?');
    expect(es.screen()).toContain('Usted quiso decir: “No se preocupe');
    await es.press(KEY.enter);
    expect(steps(es).map((s) => s.choice.id)).toEqual(['identify', 'call_back']);

    const zh = playApp({ file: 'dialogues/forgot.zh.yaml', free: true, columns: 60, rows: 30 });
    const typed = '何师傅好，我是青溪木材财务部的小吴，您现在说话方便吗？我想跟您聊几分钟账款的事情，耽误您一点时间。';
    await say(zh, typed);
    expect(zh.screen()).toContain('你的意思是：“何师傅您好');
    // The long line wraps inside 60 columns, no character split.
    for (const line of zh.screen().split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(squash(zh.screen())).toContain(squash(typed));
    await zh.press(KEY.enter);
    await say(zh, '不急，您什么时候有空？我回头再打给您');
    await zh.press(KEY.enter);
    expect(steps(zh).map((s) => s.choice.id)).toEqual(['identify', 'call_back']);
    expect(steps(zh)[1]?.typed?.text).toBe('不急，您什么时候有空？我回头再打给您');
  });

  it('in assessment, a typed threat is not shown during the call but is recorded on the step for the debrief', async () => {
    const app = playApp({ file: 'dialogues/forgot.yaml', free: true, mode: 'assessment', columns: 100, rows: 60 });
    await say(app, OPENING);
    await app.press(KEY.enter);
    await say(app, "No problem, I'll ring you back later when it suits you, or I'll tell your customer what you owe");
    await app.press(KEY.enter);
    expect(app.screen()).not.toContain('Threatening to tell others');
    expect(steps(app)[1]?.flags.some((f) => f.source === 'typed')).toBe(true);
  });

  it("the debrief lists a flagged typed turn under the learner's own words", async () => {
    const app = playApp({ file: 'dialogues/forgot.yaml', free: true, mode: 'assessment', columns: 100, rows: 200 });
    const threat = "No problem, I'll ring you back later when it suits you, or I'll tell your customer what you owe";
    await say(app, OPENING);
    await app.press(KEY.enter);
    await say(app, threat);
    await app.press(KEY.enter);
    // The rest of the call from the list, to its end.
    await app.press(KEY.escape);
    for (let i = 0; i < 20 && !(app.transcripts()[0] ?? []).some((line) => line.kind === 'end'); i++) await app.press('1');
    await app.press(KEY.enter);
    const debrief = squash(app.screen());
    expect(debrief).toContain(squash(`${t.turn(2)}${t.colon}`));
    expect(debrief).toContain(squash(`“${threat}”`));
    expect(debrief).toContain('Threateningtotellothers');
  });
});

describe.each([
  [80, 24],
  [100, 32],
  [60, 20],
] as const)('free reply at %i×%i', (columns, rows) => {
  it.each(['en', 'zh'] as const)('keeps the input line and the key bar whole (%s)', async (language) => {
    const strings = UI_STRINGS[language];
    const file = language === 'en' ? 'dialogues/forgot.yaml' : 'dialogues/forgot.zh.yaml';
    const app = playApp({ file, free: true, columns, rows });
    const long = language === 'en' ? 'I am calling about the invoice and I would like to know when it suits you to talk. ' : '您好，我想跟您聊聊账款的事，看看您什么时候方便，我们慢慢说。';
    await app.press(long.repeat(2));
    for (const frame of [app.screen()]) {
      const lines = frame.split('\n');
      expect(lines.length).toBeLessThanOrEqual(rows - 1);
      for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
      const bottom = lines.slice(-2).join(' · ');
      for (const hint of [`Enter ${strings.keys.check[0]}`, `Esc ${strings.keys.stopTyping[0]}`, `Ctrl-C ${strings.keys.quit[0]}`]) expect(bottom).toContain(hint);
      // Every typed character is on screen: the input is never cut.
      expect(squash(frame)).toContain(squash(long.repeat(2)).slice(-20));
      expect(squash(frame)).toContain(squash(long).slice(0, 20));
    }
  });
});
