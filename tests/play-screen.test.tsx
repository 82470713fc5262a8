import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { coercionFlags } from '../src/catalog/index.js';
import type { TranscriptEnd, TranscriptLine, TranscriptStep, TranscriptUndo } from '../src/transcript/transcript-format.js';
import { displayWidth } from './helpers/display-width.js';
import { KEY, playApp } from './helpers/play-app.js';

const AWAY = 'tests/fixtures/frozen/away-on-business.yaml';
const CARD = 'tests/fixtures/play/overdue-card.yaml';
const CARD_ZH = 'tests/fixtures/play/overdue-card.zh.yaml';

afterEach(() => cleanup());

const steps = (lines: TranscriptLine[]) => lines.filter((l): l is TranscriptStep => l.kind === 'step').map((l) => l.step.choice.id);
const endOf = (lines: TranscriptLine[]) => lines.find((l): l is TranscriptEnd => l.kind === 'end');

describe('parley play: a whole session by keys', () => {
  it('plays to the end with number keys, then shows the debrief and a finished transcript', async () => {
    const app = playApp({ file: AWAY });
    expect(app.screen()).toContain('Martin Hale: “Yeah, hello? Who\'s this?”');
    expect(app.screen()).toContain('1. Hi, this is Sam from Ridgeline Recovery.');
    // identify, disclose_and_ask, ask_why, ask_specific, pros_cons, pin_down, no_card_details, confirm
    await app.press('1', '1', '2', '1', '1', '1', '1', '1');
    expect(app.screen()).toContain('“Yeah, yeah. Tomorrow. Bye.”');
    expect(app.screen()).toContain('The conversation is over. Outcome: Promise to pay');
    await app.press(KEY.enter);
    const debrief = app.screen();
    expect(debrief).toContain('Debrief · Away on business');
    expect(debrief).toContain('Score: 90/100');
    expect(debrief).toMatch(/\[x\] Obtain a concrete promise \(turn 6\)/);
    expect(debrief).toMatch(/Flags\s+none/);
    const [file] = readdirSync(app.directory);
    expect(debrief).toContain('Transcript saved to');
    expect(debrief.replace(/\n/g, '')).toContain(join(app.directory, file!));

    const [transcript] = app.transcripts();
    expect(transcript![0]).toMatchObject({ kind: 'header', source: 'play', learner: 'tester', seed: 1, mode: 'practice' });
    expect(steps(transcript!)).toEqual(['identify', 'disclose_and_ask', 'ask_why', 'ask_specific', 'pros_cons', 'pin_down', 'no_card_details', 'confirm']);
    expect(endOf(transcript!)).toMatchObject({ finished: true, debrief: { outcome: { id: 'promise_to_pay' }, score: { total: 90 } } });
  });

  it('moves the highlight with the arrow keys and chooses with Enter', async () => {
    const app = playApp({ file: AWAY });
    expect(app.screen()).toContain('› 1. Hi, this is Sam');
    await app.press(KEY.down);
    expect(app.screen()).toContain('› 2. You owe $1,240');
    await app.press(KEY.down, KEY.up, KEY.enter); // back to 1: identify
    await app.press(KEY.down, KEY.down, KEY.down, KEY.enter); // past the end stays on the last: fake_lawyer
    expect(steps(app.transcripts()[0]!)).toEqual(['identify', 'fake_lawyer']);
    expect(app.screen()).toContain('› 1. You don\'t need to be home for this.'); // a new turn starts at the top
  });

  it('shows a red banner for a flagged reply: the flag, severity, explanation, rule and the better reply', async () => {
    const app = playApp({ file: AWAY, color: true });
    await app.press('1', '1', '3'); // tell_family
    expect(app.screen()).toContain('⚑ COERCIVE  Pressure to borrow or involve family');
    expect(app.screen()).toMatch(/Trust ███░░░░░░░ 3 \(−3\)/);
    await app.press('2'); // insist_family
    const screen = app.screen();
    expect(screen).toContain('⚑ VIOLATION  Threatening to tell others');
    expect(screen).toContain("Why: Threatening to tell the debtor's family");
    expect(screen).toMatch(/Rule: FDCPA 15 U\.S\.C\. 1692/);
    expect(screen).toContain('Better: Drop the family angle and offer a payment channel or a date he commits to.');
  });

  it('marks flags with text when colour is off (NO_COLOR)', async () => {
    const app = playApp({ file: AWAY, color: false });
    await app.press('2'); // blurt_debt
    expect(app.screen()).toContain('!! VIOLATION !! Not saying who you are');
    expect(app.screen()).not.toContain('⚑');
  });

  it('takes a reply back with u in practice mode and records the undo', async () => {
    const app = playApp({ file: AWAY });
    await app.press('1', '1', '3');
    expect(app.screen()).toContain('Whoa, leave my wife out of this.');
    await app.press('u');
    expect(app.screen()).toContain('Took back turn 3. Try another reply.');
    expect(app.screen()).not.toContain('Whoa, leave my wife out of this.');
    expect(app.screen()).not.toContain('Pressure to borrow');
    await app.press('2'); // ask_why instead
    const [transcript] = app.transcripts();
    expect(transcript!.find((l): l is TranscriptUndo => l.kind === 'undo')).toMatchObject({ turn: 3 });
    expect(steps(transcript!)).toEqual(['identify', 'disclose_and_ask', 'tell_family', 'ask_why']);
  });

  it('gives no undo and no feedback in assessment mode until the debrief', async () => {
    const app = playApp({ file: AWAY, mode: 'assessment' });
    expect(app.screen()).toContain('[assessment]');
    await app.press('1', '1', '3');
    const screen = app.screen();
    expect(screen).toContain('Whoa, leave my wife out of this.');
    expect(screen).not.toContain('VIOLATION');
    expect(screen).not.toContain('Coach');
    expect(screen).not.toMatch(/Trust █/);
    expect(screen).toContain('Assessment: coaching, flags and meters are shown in the debrief.');
    await app.press('u');
    expect(app.screen()).toContain('No undo in assessment mode.');
    expect(app.screen()).toContain('Whoa, leave my wife out of this.');
    expect(app.transcripts()[0]!.some((l) => l.kind === 'undo')).toBe(false);
  });

  it('teaches in the assessment debrief: per flagged turn the reply, why, the rule, the better reply and the hidden coaching', async () => {
    const app = playApp({ file: AWAY, mode: 'assessment', rows: 200 });
    await app.press('1', '1', '3', '2', KEY.enter); // tell_family, insist_family: complaint
    const debrief = app.screen();
    expect(debrief).toContain('Outcome: Complaint filed');
    expect(debrief).toContain('Result: failed: a violation fails the call, whatever it collected (pass mark 70)');
    expect(debrief).toContain('Rules: United States — FDCPA and Regulation F');
    expect(debrief).toMatch(/True reason\n  He has the money, but he lent a friend/);
    expect(debrief).toContain('you did not find it');
    expect(debrief).toMatch(/turn 3: “Then give me your wife's number\./);
    expect(debrief).toMatch(/!! COERCIVE !! Pressure to borrow or involve family\n {4}Why: Telling the debtor to get relatives/);
    expect(debrief).toMatch(/turn 4: “If you won't deal with it, I'll have to call her myself\.”\n {4}!! VIOLATION !! Threatening to tell others/);
    expect(debrief).toMatch(/Rule: FDCPA 15 U\.S\.C\. 1692e\(5\)/);
    expect(debrief).toContain('Better: Drop the family angle and offer a payment channel or a date he');
    expect(debrief).toContain("Coaching: Said as a threat, 'I'll call your wife' uses his family's");
    expect(debrief).toMatch(/\[x\] Ask for payment today \(turn 2\)/);
    expect(debrief).toMatch(/\[ \] Understand the reason/);
    expect(debrief).toMatch(/Trust\s+[▁-█]{5} 5 → 6 → 6 → 3 → 3/);
    expect(debrief).toMatch(/▶\s+3\.\s+Then give me your wife's number/);
    // Both columns wrap: the learner's reply is there to its last word.
    expect(debrief).toMatch(/Then give me your wife's number\. She can go +Understood\. Is it only the trip/);
    expect(debrief).toMatch(/\n {8}to the branch and pay it for you\. /);
    expect(debrief).toContain('▶ At turn 3 a compliant reply would have been:');
    expect(debrief).not.toContain('…');
  });

  it('shows the practice debrief the same way', async () => {
    const app = playApp({ file: AWAY, rows: 200 });
    await app.press('1', '1', '3', '2', KEY.enter);
    expect(app.screen()).toContain('Why: Threatening to tell the debtor');
    expect(app.screen()).toContain('Coaching: Said as a threat');
  });

  it('asks before q ends a call, and stays on any other key', async () => {
    const app = playApp({ file: AWAY });
    await app.press('1', 'q');
    expect(app.screen()).toContain('Quit now? The transcript is kept and can be resumed. y quit');
    await app.press('n');
    expect(app.screen()).not.toContain('Quit now?');
    await app.press('1');
    expect(steps(app.transcripts()[0]!)).toEqual(['identify', 'disclose_and_ask']);
    expect(endOf(app.transcripts()[0]!)).toBeUndefined();
  });

  it('quits on q then y typed faster than the screen is drawn, as one chunk or two', async () => {
    for (const burst of [['qy'], ['q', 'y']]) {
      const app = playApp({ file: AWAY });
      await app.press('1');
      // No settling between the keys: the second arrives before the question is drawn.
      for (const key of burst) app.stdin.write(key);
      await app.settle();
      expect(endOf(app.transcripts()[0]!), burst.join(' then ')).toMatchObject({ finished: false, reason: 'quit' });
    }
  });

  it('saves an unfinished transcript on Ctrl-C, and on q then y', async () => {
    for (const [keys, reason] of [
      [[KEY.ctrlC], 'interrupted (Ctrl-C)'],
      [['q', 'y'], 'quit'],
    ] as const) {
      const app = playApp({ file: AWAY });
      await app.press('1', '1', ...keys);
      const [transcript] = app.transcripts();
      expect(steps(transcript!)).toEqual(['identify', 'disclose_and_ask']);
      expect(endOf(transcript!)).toMatchObject({ finished: false, reason, debrief: { turns: 2 } });
    }
  });

  it('shows the keys on ?, and any key goes back', async () => {
    const app = playApp({ file: AWAY });
    await app.press('?');
    expect(app.screen()).toContain('take back the last reply (practice mode)');
    expect(app.screen()).toContain('Ctrl-C');
    await app.press('x');
    expect(app.screen()).toContain('Your reply');
    expect(app.transcripts()[0]!.some((l) => l.kind === 'step')).toBe(false);
  });

  it('shows the excuse type once the learner names it', async () => {
    const app = playApp({ file: AWAY });
    await app.press('1', '1', 'e');
    expect(app.screen()).toContain('Which excuse is this?');
    await app.press(KEY.escape);
    expect(app.screen()).not.toContain('Which excuse is this?');
    await app.press('e', '1'); // business losing money: wrong
    expect(app.screen()).toContain('Not quite. Listen to the line again.');
    expect(app.screen()).not.toContain('Excuse: ');
    await app.press('e', '3');
    expect(app.screen()).toContain("Right: I'm away on business.");
    expect(app.screen()).toContain("Excuse: I'm away on business");
    expect(steps(app.transcripts()[0]!)).toEqual(['identify', 'disclose_and_ask']);
  });

  it('scrolls the conversation back with PgUp', async () => {
    const app = playApp({ file: AWAY });
    await app.press('1', '1', '2', '1', '1');
    expect(app.screen()).not.toContain('(You call the mobile number on file.');
    await app.press(KEY.pageUp, KEY.pageUp, KEY.pageUp, KEY.pageUp);
    expect(app.screen()).toContain('(You call the mobile number on file.');
  });

  it('re-lays out for a narrower terminal', async () => {
    const app = playApp({ file: AWAY });
    await app.press('1');
    Object.defineProperty(app.stdout, 'columns', { get: () => 60 });
    app.stdout.emit('resize');
    await app.settle();
    const lines = app.screen().split('\n');
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(60);
    expect(lines[0]).toBe(`╭${'─'.repeat(58)}╮`);
  });

  it('on a short terminal scrolls the flag banner instead of cutting it, and lays it out again when the terminal grows', async () => {
    const app = playApp({ file: AWAY, columns: 80, rows: 24 });
    await app.press('1', '1', '3');
    expect(app.screen().split('\n')).toHaveLength(23);
    const why = coercionFlags.get('pressure_to_borrow')!.explanation.en;
    expect(app.screen()).toContain(`Why: ${why.slice(0, 20)}`);
    expect(app.screen()).toContain('… more below: PgDn');
    expect(app.screen()).toContain('Your reply');
    await app.press(KEY.pageDown);
    expect(app.screen()).toContain('Better: Offer payment channels he can use himself');
    expect(app.screen()).toContain('… more above: PgUp');
    Object.defineProperty(app.stdout, 'rows', { get: () => 40, configurable: true });
    app.stdout.emit('resize');
    await app.settle();
    expect(app.screen()).toMatch(/║ Rule: \S.* +║/);
    expect(app.screen().replace(/[║\s]+/g, ' ')).toContain(why.split(' ').slice(-4).join(' '));
    expect(app.screen()).not.toContain('more below');
  });
});

describe('parley play: the menu and languages', () => {
  it('lists the library with title, excuses, language and setting, and plays the one chosen', async () => {
    const app = playApp({ library: ['tests/fixtures/frozen'] });
    const menu = app.screen();
    expect(menu).toContain('Choose a roleplay');
    expect(menu).toMatch(/1\. Away on business \[EN\/US\]/);
    expect(menu).toMatch(/phone call · credit card · early stage · Excuses: I'm away on business, I'll pay tomorrow/);
    await app.press(KEY.down, KEY.enter);
    expect(app.screen()).toContain("The shop that's losing money");
    expect(app.screen()).toContain('Gil Navarro · visit');
  });

  it('says how many files it left out because they have errors', async () => {
    const app = playApp({ library: ['tests/fixtures/play', 'tests/fixtures/invalid/unknown-flag.yaml', 'tests/fixtures/invalid/dead-end.yaml'] });
    expect(app.screen()).toContain("2 files have errors and are not listed; 'parley validate' shows why.");
    // Language versions of one dialogue share a row: English unless --lang asks for another.
    expect(app.screen()).toMatch(/1\. Overdue card \[EN\/US · ES\/MX · ZH\/CN\]/);
    expect(app.screen()).not.toMatch(/2\. /);
  });

  it('with a language asked for, plays that version of a dialogue, interface included', async () => {
    const app = playApp({ library: ['tests/fixtures/play'], language: 'zh' });
    expect(app.screen()).toContain('选择一个情景演练');
    expect(app.screen()).toMatch(/1\. 信用卡逾期 \[EN\/US · ES\/MX · ZH\/CN\]/);
    expect(app.screen()).not.toContain('Overdue card');
    await app.press('1');
    expect(app.screen()).toContain('林小雨：“喂？哪位？”');
    expect(app.screen()).toContain('[练习]');
  });

  it('lets the learner pick the language of a dialogue with several versions', async () => {
    const app = playApp({ library: ['tests/fixtures/play'] });
    await app.press('1');
    expect(app.screen()).toContain('Which language? Press its number, or Esc.');
    expect(app.screen()).toMatch(/1\. English — United States\n.*2\. Spanish — Mexico\n.*3\. Chinese — China/s);
    await app.press(KEY.escape);
    expect(app.screen()).toContain('Choose a roleplay');
    await app.press('1', '2');
    expect(app.screen()).toContain('Lorena Paz: “¿Bueno?”');
    expect(app.screen()).toContain('Su respuesta');
    expect(app.screen()).toContain('normas de México');
  });

  it('says so when a dialogue has no version in the language asked for', async () => {
    const app = playApp({ library: [CARD], language: 'es' });
    await app.press('1');
    expect(app.screen()).toContain('Este diálogo no tiene versión en español');
    expect(app.screen()).toContain('Lena Park: “Hello?”');
    expect(app.screen()).toContain('Su respuesta');
  });

  it('goes from the debrief to another dialogue or plays again', async () => {
    const app = playApp({ library: ['tests/fixtures/play'] });
    await app.press('1', '1', '1', '1', '1', KEY.enter); // the dialogue, English, three replies
    expect(app.screen()).toContain('r again · m menu');
    await app.press('r');
    expect(app.screen()).toContain('Lena Park: “Hello?”');
    await app.press('2', '1', '2', KEY.enter, 'm');
    expect(app.screen()).toContain('Choose a roleplay');
    const ends = app.transcripts().map(endOf);
    expect(ends.map((e) => e?.finished).sort()).toEqual([true, true]);
  });

  it('renders a Chinese dialogue with its boxes and wrapped lines aligned', async () => {
    const app = playApp({ file: CARD_ZH });
    await app.press('2'); // shout (flagged)
    const lines = app.screen().split('\n');
    expect(Math.max(...lines.map(displayWidth))).toBeLessThanOrEqual(100);
    // Every row of a box ends in the same column, however many wide characters it holds.
    for (const box of [lines.filter((l) => l.startsWith('│')), lines.filter((l) => l.startsWith('║'))]) {
      expect(box.length).toBeGreaterThan(1);
      for (const row of box) expect(displayWidth(row)).toBe(100);
    }
    expect(app.screen()).toContain('林小雨 · 电话 · ¥2,300 · 逾期 21 天');
    expect(app.screen()).toContain('!! 违规 !! 辱骂性语言');
    await app.press('2');
    expect(app.screen()).toContain('林小雨：“我明天就还，真的，你放心吧。”');
    await app.press('2');
    expect(app.screen()).toContain('!! 违规 !! 虚假法律威胁');
    await app.press(KEY.enter);
    expect(app.screen()).toContain('得分：');
  });
});
