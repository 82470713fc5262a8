import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TranscriptLineSchema } from '../src/transcript/transcript-format.js';
import { parley, ROOT } from './helpers/cli.js';
import { playTranscript, readTranscriptText, tempDir } from './helpers/transcripts.js';

const AWAY = 'tests/fixtures/frozen/away-on-business.yaml';
const FAMILY = ['identify', 'disclose_and_ask', 'tell_family', 'apologise_refocus', 'pin_down', 'no_card_details', 'confirm'];


/** A recorded session in a fresh folder with its own copy of the dialogue, as `parley run --transcript` writes it. */
async function recorded(choices: readonly string[] = FAMILY): Promise<{ dir: string; dialogue: string; transcript: string }> {
  const dir = tempDir();
  const dialogue = join(dir, 'away.yaml');
  cpSync(join(ROOT, AWAY), dialogue);
  const transcript = join(dir, 'session.jsonl');
  const run = await parley(['run', dialogue, '-c', choices.join(','), '--seed', '4', '--learner', 'ana', '--transcript', transcript]);
  expect(run.status).toBe(0);
  return { dir, dialogue, transcript };
}

describe('transcript format', () => {
  it('writes lines the schema accepts, each carrying the hash of the line before', async () => {
    const text = playTranscript(AWAY, FAMILY);
    const lines = text.trim().split('\n').map((l) => JSON.parse(l));
    for (const line of lines) expect(TranscriptLineSchema.safeParse(line).success).toBe(true);
    expect(lines.map((l) => l.kind)).toEqual(['header', ...FAMILY.map(() => 'step'), 'end']);
    expect(lines[0]).toMatchObject({ format: 'parley-transcript', version: 1, dialogue: { id: 'away-on-business' }, mode: 'practice', seed: 1, language: 'en' });
    expect(lines[0].dialogue.hash).toMatch(/^[0-9a-f]{64}$/);
    const read = readTranscriptText(text);
    expect(read.integrity).toEqual([]);
    expect(read.end?.debrief.flags.map((f) => f.id)).toEqual(['pressure_to_borrow']);
  });

  it('reads an interrupted session (no end line) as unfinished', async () => {
    const text = playTranscript(AWAY, FAMILY).split('\n').slice(0, 4).join('\n') + '\n';
    const read = readTranscriptText(text);
    expect(read.end).toBeUndefined();
    expect(read.events).toHaveLength(3);
    expect(read.integrity.map((p) => p.message)).toEqual(['no end line: the session was interrupted, or the file was truncated after this line']);
  });
});

describe('parley replay', () => {
  it('says an unchanged dialogue still leads to the same place', async () => {
    const { transcript } = await recorded();
    const result = await parley(['replay', transcript]);
    expect(result.stdout).toContain('✔ still leads to the same place: Promise to pay (date and amount), score 55');
    expect(result.status).toBe(0);
  });

  it('detects a changed dialogue: exit 1, naming the turn and what changed', async () => {
    const { dialogue, transcript } = await recorded();
    const text = readFileSync(dialogue, 'utf8');
    writeFileSync(dialogue, text.replace('    target: tomorrow\n        meters: { trust: 1 }\n        feedback: "Backing off', '    target: hang_up\n        meters: { trust: 1 }\n        feedback: "Backing off'));
    const result = await parley(['replay', transcript]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('has changed since the session');
    expect(result.stdout).toContain("turn 4: next state: recorded tomorrow, now hang_up");
    expect(result.stdout).toContain("turn 5: choice: recorded 'pin_down' in 'tomorrow', now “not available in 'hang_up'; the dialogue has already ended in 'hang_up'”");
    expect(result.stdout).toContain('✖ no longer leads to the same place (replayed 4 of 7 turns');
    const json = JSON.parse((await parley(['replay', transcript, '--json'])).stdout);
    expect(json).toMatchObject({ sameCourse: false, dialogue: { changed: true }, outcome: 'hung_up' });
  });

  it('treats changed wording as the same place, but not as the same version', async () => {
    const { dialogue, transcript } = await recorded();
    writeFileSync(dialogue, readFileSync(dialogue, 'utf8').replace("Whoa, leave my wife out of this.", 'Hey, leave my wife out of this.'));
    const replay = await parley(['replay', transcript]);
    expect(replay.status).toBe(0);
    expect(replay.stdout).toContain('~ turn 3: debtor line after: recorded “Whoa, leave my wife');
    expect((await parley(['replay', transcript, '--verify'])).status).toBe(1);
  });

  it('exits 3 when the dialogue is gone, and replays against --dialogue', async () => {
    const { dir, transcript } = await recorded();
    const moved = join(dir, 'moved.yaml');
    cpSync(join(dir, 'away.yaml'), moved);
    writeFileSync(join(dir, 'away.yaml'), 'not: [a dialogue');
    expect((await parley(['replay', transcript])).status).toBe(3);
    expect((await parley(['replay', transcript, '--dialogue', moved])).status).toBe(0);
    expect((await parley(['replay', join(dir, 'missing.jsonl')])).status).toBe(2);
  });
});

describe('parley replay --verify', () => {
  it('verifies an unaltered transcript on the same dialogue version', async () => {
    const { transcript } = await recorded();
    const result = await parley(['replay', transcript, '--verify']);
    expect(result.stdout).toContain('✔ hash chain intact and complete (9 lines');
    expect(result.stdout).toContain('✔ verified:');
    expect(result.status).toBe(0);
  });

  it('verifies a session played with another persona, rule set and time of day: the header records them and the replay uses them', async () => {
    const dir = tempDir();
    const transcript = join(dir, 'session.jsonl');
    const setup = ['--persona', 'hostile,unable', '--jurisdiction', 'uk', '--time', '22:30'];
    // Played as a debtor who can't pay, the call leaves the family path after the promise is asked for.
    const run = await parley(['run', AWAY, '-c', FAMILY.slice(0, 5).join(','), '--seed', '4', ...setup, '--transcript', transcript]);
    expect(run.status).toBe(0);
    const header = JSON.parse(readFileSync(transcript, 'utf8').split('\n')[0]!);
    expect(header).toMatchObject({ jurisdiction: 'uk', persona: { temperament: 'hostile', ability: 'unable' }, contact: { local_time: '22:30' } });
    // The late call is flagged under the UK rules it was played with, and the replay must see the same.
    expect(readFileSync(transcript, 'utf8')).toContain('inconvenient_time');
    const result = await parley(['replay', transcript, '--verify']);
    expect(result.stdout).toContain('✔ verified:');
    expect(result.status).toBe(0);
  });

  it('detects an edited step line', async () => {
    const { transcript } = await recorded();
    const lines = readFileSync(transcript, 'utf8').split('\n');
    lines[3] = lines[3]!.replace('"pressure_to_borrow"', '"call_frequency"');
    writeFileSync(transcript, lines.join('\n'));
    const result = await parley(['replay', transcript, '--verify']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("session.jsonl:5: hash chain broken: 'prev' is not the hash of line 4, so line 4 was edited");
    expect(result.stdout).toContain('✖ not verified');
  });

  it('detects an edited end line (a better score)', async () => {
    const { transcript } = await recorded();
    writeFileSync(transcript, readFileSync(transcript, 'utf8').replace('"score":{"total":55', '"score":{"total":90'));
    const result = await parley(['replay', transcript, '--verify']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("the end line's own hash does not match its text");
    expect(result.stdout).toContain('score: recorded 90, now 55');
  });

  it('detects a transcript truncated at a line boundary and one cut mid-line', async () => {
    const { transcript } = await recorded();
    const text = readFileSync(transcript, 'utf8');
    const lines = text.split('\n');
    writeFileSync(transcript, `${lines.slice(0, 5).join('\n')}\n`);
    const atLine = await parley(['replay', transcript, '--verify']);
    expect(atLine.status).toBe(1);
    expect(atLine.stdout).toContain('session.jsonl:5: no end line: the session was interrupted, or the file was truncated after this line');

    writeFileSync(transcript, text.slice(0, text.indexOf('\n', 2000) - 40));
    const midLine = await parley(['replay', transcript, '--verify']);
    expect(midLine.status).toBe(1);
    expect(midLine.stdout).toMatch(/session\.jsonl:\d+: the last line is cut off \(no newline after it\)/);
  });

  it('detects removed and appended lines', async () => {
    const { transcript } = await recorded();
    const lines = readFileSync(transcript, 'utf8').trimEnd().split('\n');
    writeFileSync(transcript, `${[...lines.slice(0, 2), ...lines.slice(3)].join('\n')}\n`);
    expect((await parley(['replay', transcript, '--verify'])).stdout).toContain('session.jsonl:3: hash chain broken');
    writeFileSync(transcript, `${[...lines, lines[2]].join('\n')}\n`);
    expect((await parley(['replay', transcript, '--verify'])).stdout).toContain('a line after the end line: lines were appended');
  });
});

describe("a transcript as a coach's review", () => {
  it('walks through each turn: what was said, the choice, the flag with its rule and the better alternative', async () => {
    const { transcript, dir } = await recorded();
    const result = await parley(['replay', transcript, '--markdown']);
    expect(result.status).toBe(0);
    const review = result.stdout;
    expect(review).toMatch(/^# Call review: Away on business/);
    expect(review).toContain('**Learner:** ana');
    expect(review).toContain('## Turn 3');
    expect(review).toContain("**You:** Then give me your wife's number. She can go to the branch and pay it for you.");
    expect(review).toContain('> ⚑ **Coercive: Pressure to borrow or involve family** (`pressure_to_borrow`)');
    expect(review).toMatch(/^> \*\*Rule:\*\* \S/m);
    expect(review).toContain('> **Better:** Offer payment channels he can use himself from where he is, and ask what he can pay.');
    expect(review).toContain('**Martin Hale:**');
    expect(review).toContain('- [ ] Understand the reason');
    expect(review).toContain('Score: **55/100**');
    const out = join(dir, 'review.md');
    expect((await parley(['replay', transcript, '--markdown', '--out', out])).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(review);
  });
});
