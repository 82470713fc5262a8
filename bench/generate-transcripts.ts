import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledDialogue } from '../src/compile/compile-machine.js';
import { Session } from '../src/engine/session.js';
import { TranscriptWriter, transcriptHeader } from '../src/io/transcript-writer.js';

const LEARNERS = ['ana', 'bo', 'chen', 'dev', 'eli', 'fatima', 'gus', 'hana', 'ivan', 'jo'];

/**
 * `count` transcripts in `directory`: a few dozen real sessions written by the
 * real writer, then copied with the learner name varied. Real writes fsync
 * every line, far too slow for 100,000 files; copies keep the format exact
 * (a renamed learner breaks the hash chain, which `report` does not check;
 * `replay --verify` would).
 */
export function writeTranscripts(directory: string, count: number, compiled: CompiledDialogue): void {
  const templates: string[] = [];
  const hash = createHash('sha256').update(compiled.dialogue.id).digest('hex');
  const scratch = mkdtempSync(join(tmpdir(), 'parley-templates-'));
  for (let k = 0; k < 40; k++) {
    const session = new Session(compiled, { seed: k, mode: k % 2 ? 'practice' : 'assessment' });
    const writer = TranscriptWriter.createIn(scratch, transcriptHeader(session, 'bench.yaml', hash, 'run', LEARNERS[k % LEARNERS.length]));
    let rand = k + 1;
    while (!session.ended && session.steps.length < 60) {
      rand = (rand * 16807) % 2147483647;
      const choices = session.available();
      writer.step(session.choose(choices[rand % choices.length]!.id));
    }
    writer.end(session);
    templates.push(writer.path);
  }
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    const target = join(directory, `t${String(i).padStart(6, '0')}.jsonl`);
    if (i < templates.length) {
      copyFileSync(template, target);
      continue;
    }
    const text = readFileSync(template, 'utf8');
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline));
    header.learner = `${LEARNERS[i % LEARNERS.length]}-${i % 500}`;
    writeFileSync(target, `${JSON.stringify(header)}${text.slice(newline)}`);
  }
}
