import { Command } from 'commander';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { loadDialogueFile } from '../io/load-dialogue-file.js';
import { locateRecordedDialogue } from '../io/locate-dialogue.js';
import { readLines } from '../io/read-lines.js';
import { renderTranscriptReview } from '../render/transcript-review.js';
import { sanitizeLine, showPath } from '../text/sanitize.js';
import { readTranscript, type ReadTranscript } from '../transcript/read-transcript.js';
import { replayTranscript, type ReplayDifference } from '../transcript/replay-transcript.js';
import { showControls } from '../text/show-controls.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { exitWith, type Output } from './output.js';
import { readProblem } from '../io/file-error.js';
import { diagnosticText } from '../diagnostics/diagnostic-text.js';

interface ReplayOptions extends LimitOptions {
  verify?: boolean;
  dialogue?: string;
  json?: boolean;
  markdown?: boolean;
  out?: string;
}

export const replayCommand = (output: Output): Command => addLimitOptions(
  new Command('replay')
    .description('re-run a transcript through its dialogue: does it still lead to the same place? (--verify: was the transcript altered?)')
    .argument('<transcript>', 'transcript file (JSON lines)')
    .option('--verify', 'also check the hash chain, that the transcript is complete, that the dialogue file is the one recorded, and that every step replays exactly')
    .option('--dialogue <file>', 'the dialogue to replay against (default: the file the transcript names)')
    .option('--json', 'print the result as JSON')
    .option('--markdown', "print the recorded session as a coach's review in Markdown (no replay)")
    .option('--out <file>', 'with --markdown: write the review to this file instead of stdout'),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley replay sessions/ana-2025-03-01.jsonl
  $ parley replay sessions/ana-2025-03-01.jsonl --verify
  $ parley replay old.jsonl --dialogue dialogues/away-on-business.yaml --json
  $ parley replay sessions/ana-2025-03-01.jsonl --markdown --out review.md

Exit codes: 0 same place (with --verify: verified), 1 it differs (or the transcript was altered),
2 usage error or no such transcript, 3 the dialogue file is missing or invalid.`,
  )
  .action(exitWith(output, async (file: string, options: ReplayOptions) => {
    let transcript: ReadTranscript;
    try {
      transcript = readTranscript(readLines(file));
    } catch (error) {
      const problem = readProblem(error);
      if (!problem) throw error;
      output.err(`parley replay: ${sanitizeLine(file)}: ${problem}`);
      return EXIT.usage;
    }
    const { header } = transcript;
    // File names reach the terminal too, and a transcript names its dialogue's file.
    const shownFile = sanitizeLine(file);
    const where = (line: number) => `${shownFile}:${line}`;
    if (!header) {
      for (const p of transcript.integrity) output.err(`${where(p.line)}: ${sanitizeLine(p.message)}`);
      output.err(`parley replay: ${shownFile} has no transcript header; it is not a Parley transcript, or its first line was damaged`);
      return EXIT.failed;
    }

    const located = options.dialogue === undefined ? locateRecordedDialogue(file, header.dialogue.file, output.io.cwd) : undefined;
    const dialogueFile = options.dialogue ?? (located?.ok ? located.file : undefined);
    const loaded = dialogueFile ? loadDialogueFile(dialogueFile, limitsFrom(options)) : undefined;

    if (options.markdown) {
      const dialogue = loaded?.ok ? loaded.compiled.dialogue : undefined;
      const review = renderTranscriptReview(header, transcript, {
        ...(dialogue ? { debtor: dialogue.meta.debtor.name, ...(dialogue.meta.jurisdictions ? { jurisdictions: dialogue.meta.jurisdictions } : {}) } : {}),
      });
      if (options.out) {
        writeFileAtomic(options.out, review);
        output.err(`review written to ${showPath(options.out)}`);
      } else output.out(review);
      return;
    }

    if (!dialogueFile || !loaded) {
      output.err(
        located && !located.ok && located.problem === 'refused'
          ? `parley replay: ${located.message} (it names ${showControls(header.dialogue.file)})`
          : `parley replay: the dialogue this transcript was recorded from (${sanitizeLine(header.dialogue.file)}) is not found; name it with --dialogue <file>`,
      );
      return EXIT.invalid;
    }
    if (!loaded.ok) {
      // A path from the transcript is not the user's choice: its diagnostics would quote the file back, whatever it holds.
      if (options.dialogue !== undefined) for (const d of loaded.diagnostics) output.err(diagnosticText(d));
      else output.err(`parley replay: ${sanitizeLine(dialogueFile)}, named by the transcript, does not hold a valid dialogue (${loaded.diagnostics.length} problem${loaded.diagnostics.length === 1 ? '' : 's'}; see them with parley validate, or name the dialogue with --dialogue <file>)`);
      output.err(`parley replay: ${sanitizeLine(dialogueFile)} is not a valid dialogue`);
      return EXIT.invalid;
    }

    const { dialogue } = loaded.compiled;
    const otherDialogue = dialogue.id !== header.dialogue.id;
    const hashMatches = loaded.hash === header.dialogue.hash;
    const replay = otherDialogue ? undefined : replayTranscript(loaded.compiled, header, transcript);
    const verified = transcript.integrity.length === 0 && hashMatches && replay?.identical === true;
    const passed = options.verify ? verified : replay?.sameCourse === true;
    const code = passed ? EXIT.ok : EXIT.failed;

    if (options.json) {
      output.out(
        stringifyForTerminal(
          {
            transcript: file,
            dialogue: { id: dialogue.id, file: dialogueFile, recordedId: header.dialogue.id, recordedHash: header.dialogue.hash, hash: loaded.hash, changed: !hashMatches },
            learner: header.learner ?? null,
            complete: transcript.end !== undefined,
            integrity: transcript.integrity,
            ...(replay
              ? { sameCourse: replay.sameCourse, identical: replay.identical, replayedTurns: replay.replayedTurns, differences: replay.differences, outcome: replay.debrief.outcome?.id ?? null, score: replay.debrief.score.total }
              : { sameCourse: false, identical: false }),
            ...(options.verify ? { verified } : {}),
          },
          2,
        ),
      );
      return code;
    }

    const { style } = output;
    const shownDialogue = sanitizeLine(dialogueFile);
    const ok = (text: string) => output.out(`  ${style.green('✔')} ${text}`);
    const bad = (text: string) => output.out(`  ${style.red('✖')} ${text}`);
    const recordedTurns = transcript.events.filter((e) => e.kind === 'step').length;
    output.out(
      style.bold(`${options.verify ? 'Verifying' : 'Replaying'} ${shownFile}`) +
        style.dim(` · ${sanitizeLine(header.dialogue.title)} · learner ${sanitizeLine(header.learner ?? 'unnamed')} · variant ${header.seed} · ${header.mode} · ${recordedTurns} turns recorded`),
    );
    if (otherDialogue) {
      bad(`${shownDialogue} is dialogue '${sanitizeLine(dialogue.id)}', but the transcript was recorded from '${sanitizeLine(header.dialogue.id)}'`);
      output.out(style.red('✖ cannot replay against a different dialogue'));
      return code;
    }
    if (options.verify) {
      if (transcript.integrity.length === 0) ok(`hash chain intact and complete (${transcript.lines} lines, ends with an end line)`);
      for (const p of transcript.integrity) bad(`${where(p.line)}: ${sanitizeLine(p.message)}`);
    } else if (!transcript.end) {
      output.out(`  ${style.yellow('!')} the transcript has no end line: the session was interrupted (replaying the ${recordedTurns} turns it has)`);
    }
    if (hashMatches) ok(`${shownDialogue} is the file that was played (sha256 ${loaded.hash.slice(0, 12)}…)`);
    else {
      const line = `${shownDialogue} has changed since the session (sha256 ${header.dialogue.hash.slice(0, 12)}… then, ${loaded.hash.slice(0, 12)}… now)`;
      if (options.verify) bad(line);
      else output.out(`  ${style.yellow('!')} ${line}`);
    }
    const replayResult = replay!;
    for (const d of replayResult.differences) {
      if (d.kind === 'wording' && !options.verify) output.out(`  ${style.yellow('~')} ${describeDifference(d)}`);
      else bad(describeDifference(d));
    }
    const debrief = replayResult.debrief;
    const place = `${debrief.outcome ? sanitizeLine(debrief.outcome.name) : `unfinished after ${debrief.turns} turns`}, score ${debrief.score.total}, ${debrief.flags.length ? `flags: ${debrief.flags.map((f) => f.id).join(', ')}` : 'no flags'}`;
    if (options.verify) {
      if (replayResult.identical) ok('every step and the debrief replay exactly');
      output.out(verified ? style.green(`✔ verified: an unaltered record of a session on this version of the dialogue (${place})`) : style.red('✖ not verified: see the problems above'));
    } else {
      output.out(
        replayResult.sameCourse
          ? style.green(`✔ still leads to the same place: ${place}`)
          : style.red(`✖ no longer leads to the same place (replayed ${replayResult.replayedTurns} of ${recordedTurns} turns; now: ${place})`),
      );
    }
    return code;
  }));

function describeDifference(d: ReplayDifference): string {
  const at = d.turn !== undefined ? `turn ${d.turn}: ` : '';
  return sanitizeLine(`${at}${d.what}: recorded ${quote(d.recorded)}, now ${quote(d.replayed)}`);
}

const quote = (text: string) => (text.includes(' ') && !text.startsWith("'") ? `“${text}”` : text || '(nothing)');
