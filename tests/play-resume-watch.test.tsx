import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanup } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadDialogueFile, type LoadedDialogueFile } from '../src/io/load-dialogue-file.js';
import { findResumePoint } from '../src/io/resume-point.js';
import { TranscriptFolder } from '../src/io/transcript-folder.js';
import { watchDialogueFile } from '../src/io/watch-dialogue.js';
import { DEFAULT_LIMITS } from '../src/io/load-dialogue-file.js';
import type { TranscriptEnd, TranscriptHeader, TranscriptLine, TranscriptStep } from '../src/transcript/transcript-format.js';
import { replayRun } from '../src/tui/run.js';
import { UI_STRINGS } from '../src/tui/ui-strings.js';
import { KEY, playApp } from './helpers/play-app.js';

const CARD = 'tests/fixtures/play/overdue-card.yaml';

afterEach(() => cleanup());

const lines = (file: string): TranscriptLine[] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as TranscriptLine);
const choicesOf = (all: TranscriptLine[]) => all.filter((l): l is TranscriptStep => l.kind === 'step').map((l) => l.step.choice.id);
const endOf = (all: TranscriptLine[]) => all.find((l): l is TranscriptEnd => l.kind === 'end');
const transcriptFiles = (directory: string) => readdirSync(directory).map((name) => join(directory, name));

/** A private copy of the test dialogue that a test may edit. */
function editableCopy(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-dialogue-')), 'overdue-card.yaml');
  copyFileSync(CARD, file);
  return file;
}
const edit = (file: string, from: string, to: string) => writeFileSync(file, readFileSync(file, 'utf8').replaceAll(from, to));

describe('parley play --watch', () => {
  function watchedApp(file: string) {
    let reload: ((loaded: LoadedDialogueFile) => void) | undefined;
    const app = playApp({
      file,
      watch: (onChange) => {
        reload = onChange;
        return () => (reload = undefined);
      },
    });
    return {
      app,
      async save(from: string, to: string) {
        edit(file, from, to);
        reload!(loadDialogueFile(file));
        await app.settle();
      },
    };
  }

  it('reloads an edited file and keeps the learner at the same turn', async () => {
    const file = editableCopy();
    const { app, save } = watchedApp(file);
    await app.press('1', '1');
    await save("I'll pay it tomorrow, I promise.", "Tomorrow. I'll pay it tomorrow, honestly.");
    expect(app.screen()).toContain('File changed: reloaded; you are still at turn 3.');
    expect(app.screen()).toContain('Lena Park: “Tomorrow. I\'ll pay it tomorrow, honestly.”');

    // The old transcript is closed as reloaded; the new one holds the replayed steps.
    const all = transcriptFiles(app.directory).map(lines);
    const old = all.find((t) => endOf(t)?.reason === 'reloaded')!;
    const current = all.find((t) => t !== old)!;
    expect(choicesOf(old)).toEqual(['introduce', 'ask_today']);
    expect(choicesOf(current)).toEqual(['introduce', 'ask_today']);
    expect((current[0] as TranscriptHeader).dialogue.hash).not.toBe((old[0] as TranscriptHeader).dialogue.hash);
  });

  it('stops the replay where a chosen reply no longer exists', async () => {
    const file = editableCopy();
    const { app, save } = watchedApp(file);
    await app.press('1', '1');
    await save('id: ask_today', 'id: ask_for_today');
    expect(app.screen()).toContain("reply 'ask_today' at turn 2 no longer exists");
    expect(app.screen()).toContain('Lena Park: “Yes, that\'s me.');
    await app.press('1');
    expect(app.screen()).toContain("I'll pay it tomorrow, I promise.");
  });

  it('keeps playing the previous version when the edited file has errors', async () => {
    const file = editableCopy();
    const { app, save } = watchedApp(file);
    await app.press('1');
    await save('target: tomorrow', 'target: tomorow');
    expect(app.screen().replace(/\s+/g, ' ')).toMatch(/File changed but has errors; still playing the previous version: \S*overdue-card\.yaml:38:17: error PAR201/);
    await app.press('1');
    expect(app.screen()).toContain("I'll pay it tomorrow, I promise.");
  });

  it('notices when the file is saved on disk', async () => {
    const file = editableCopy();
    const loaded = new Promise<LoadedDialogueFile>((resolve) => {
      const stop = watchDialogueFile(file, DEFAULT_LIMITS, (l) => {
        stop();
        resolve(l);
      });
    });
    edit(file, 'title: "Overdue card"', 'title: "Overdue card, edited"');
    const result = await loaded;
    expect(result.ok && result.compiled.dialogue.meta.title).toBe('Overdue card, edited');
  });
});

describe('parley play --resume', () => {
  /** Plays `keys` then quits with q, returning the unfinished transcript's path. */
  async function quitAfter(file: string, ...keys: string[]): Promise<string> {
    const app = playApp({ file, seed: 42 });
    await app.press(...keys, 'q');
    const [path] = transcriptFiles(app.directory);
    return path!;
  }

  it('continues an unfinished session with the same seed and appends to a new transcript', async () => {
    const path = await quitAfter(CARD, '1', '2');
    const found = findResumePoint(path, DEFAULT_LIMITS);
    if (!found.ok) throw new Error(found.errors.join('\n'));
    expect(found.point.transcript.choices).toEqual(['introduce', 'ask_why']);
    expect(found.point.options).toEqual({ seed: 42, mode: 'practice', language: 'en', jurisdiction: 'us' });
    expect(found.point.fileChanged).toBe(false);

    const transcripts = new TranscriptFolder(mkdtempSync(join(tmpdir(), 'parley-resumed-')));
    const { run, replay } = replayRun(found.point.loaded, found.point.options, found.point.transcript.choices, transcripts, path);
    const app = playApp({ initial: { run, transcripts, note: (t) => t.resumed(replay.applied) } });
    expect(app.screen()).toContain('Resumed after 2 recorded turns.');
    expect(app.screen()).toContain('You (turn 2): “That happens with a move.');
    expect(app.screen()).toContain("I'll pay it tomorrow, I promise.");
    await app.press('1', KEY.enter);
    expect(app.screen()).toContain('Score: ');

    const [resumed] = transcriptFiles(transcripts.directory).map(lines);
    expect(resumed![0]).toMatchObject({ kind: 'header', resumedFrom: path, seed: 42 });
    expect(choicesOf(resumed!)).toEqual(['introduce', 'ask_why', 'pin_down']);
    expect(endOf(resumed!)).toMatchObject({ finished: true });
  });

  it('warns when the dialogue file changed, and stops where a recorded reply is gone', async () => {
    const file = editableCopy();
    const path = await quitAfter(file, '1', '1');
    edit(file, 'id: ask_today', 'id: ask_now');
    // The copy is outside this folder and the transcript's: the user names it (parley play <dialogue> --resume <t>).
    const found = findResumePoint(path, DEFAULT_LIMITS, file);
    if (!found.ok) throw new Error(found.errors.join('\n'));
    expect(found.point.fileChanged).toBe(true);
    const { replay } = replayRun(found.point.loaded, found.point.options, found.point.transcript.choices, new TranscriptFolder(mkdtempSync(join(tmpdir(), 'p-'))));
    expect(replay.stopped).toEqual({ turn: 2, choice: 'ask_today' });
    expect(replay.session.steps.map((s) => s.choice.id)).toEqual(['introduce']);
    expect(UI_STRINGS.en.fileChanged).toMatch(/changed since this transcript was recorded/);
  });

  it('refuses a finished session and a file that is not a transcript, with the line to look at', async () => {
    const app = playApp({ file: CARD });
    await app.press('1', '1', '1', 'q');
    const [finished] = transcriptFiles(app.directory);
    const done = findResumePoint(finished!, DEFAULT_LIMITS);
    expect(done.ok || done.errors[0]).toMatch(/already reached the end of its dialogue/);

    const notTranscript = findResumePoint(CARD, DEFAULT_LIMITS);
    expect(notTranscript.ok || notTranscript.errors[0]).toMatch(/overdue-card\.yaml:1:1: error PAR050: is not a Parley transcript \(not JSON/);
  });

  it('reads undo lines and a last line cut off mid-write', async () => {
    const app = playApp({ file: CARD });
    await app.press('1', '2', 'u', '1', KEY.ctrlC);
    const [path] = transcriptFiles(app.directory);
    const text = readFileSync(path!, 'utf8');
    // Drop the end line and cut the last step in half, as a crash during the write would.
    const kept = text.trim().split('\n').slice(0, -1);
    const cut = `${kept.slice(0, -1).join('\n')}\n${kept.at(-1)!.slice(0, 40)}`;
    const damaged = join(mkdtempSync(join(tmpdir(), 'parley-cut-')), 'cut.jsonl');
    writeFileSync(damaged, cut);
    const read = findResumePoint(damaged, DEFAULT_LIMITS);
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.point.transcript.truncated).toBe(true);
    expect(read.point.transcript.choices).toEqual(['introduce']);

    const full = findResumePoint(path!, DEFAULT_LIMITS);
    if (!full.ok) throw new Error(full.errors.join('\n'));
    expect(full.point.transcript.choices).toEqual(['introduce', 'ask_today']);
    expect(full.point.transcript.end).toMatchObject({ finished: false, reason: 'interrupted (Ctrl-C)' });
  });
});

describe('a crash', () => {
  it('still ends the transcript, as unfinished, with the reason', async () => {
    const silence = vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = playApp({ file: CARD });
    await app.press('1');
    Object.defineProperty(app.run!.session, 'turn', {
      get() {
        throw new Error('boom');
      },
    });
    await app.press('?');
    silence.mockRestore();
    expect(app.screen()).toContain('Parley hit a bug and has to stop.');
    const [transcript] = transcriptFiles(app.directory).map(lines);
    expect(choicesOf(transcript!)).toEqual(['introduce']);
    expect(endOf(transcript!)).toMatchObject({ finished: false, reason: 'crash: boom' });
  });

  it('in a key handler is caught the same way', async () => {
    const silence = vi.spyOn(console, 'error').mockImplementation(() => {});
    const app = playApp({ file: CARD });
    await app.press('1');
    app.run!.recorder.step = () => {
      throw new Error('disk full');
    };
    await app.press('1');
    silence.mockRestore();
    expect(app.screen()).toContain('Parley hit a bug and has to stop.');
    expect(app.screen()).toContain('disk full');
    const [transcript] = transcriptFiles(app.directory).map(lines);
    expect(choicesOf(transcript!)).toEqual(['introduce']);
    expect(endOf(transcript!)).toMatchObject({ finished: false, reason: 'crash: disk full', debrief: { turns: 2 } });
  });
});
