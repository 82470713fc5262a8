import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledDialogue } from '../../src/compile/compile-machine.js';
import { Session } from '../../src/engine/session.js';
import { transcriptHeader } from '../../src/io/transcript-writer.js';
import { loadDialogueFile } from '../../src/io/load-dialogue-file.js';
import { splitLines } from '../../src/io/read-lines.js';
import { readTranscript, type ReadTranscript } from '../../src/transcript/read-transcript.js';
import { sessionTranscriptLines } from '../../src/transcript/session-transcript.js';
import { transcriptText } from '../../src/transcript/transcript-chain.js';

export const tempDir = (prefix = 'parley-') => mkdtempSync(join(tmpdir(), prefix));

export function loadShipped(file: string): { compiled: CompiledDialogue; hash: string } {
  const loaded = loadDialogueFile(file);
  if (!loaded.ok) throw new Error(`${file} is invalid`);
  return { compiled: loaded.compiled, hash: loaded.hash };
}

/** A transcript of a session played now: what the engine and the writer would produce. */
export function playTranscript(
  file: string,
  choices: readonly string[],
  options: { learner?: string; seed?: number; startedAt?: string; quit?: boolean } = {},
): string {
  const { compiled, hash } = loadShipped(file);
  const session = new Session(compiled, { seed: options.seed ?? 1 });
  for (const choice of choices) session.choose(choice);
  const startedAt = options.startedAt ?? '2025-03-01T09:00:00.000Z';
  const header = transcriptHeader(session, file, hash, 'play', options.learner, startedAt);
  const base = Date.parse(startedAt);
  return transcriptText(sessionTranscriptLines(session, header, (i) => new Date(base + i * 10_000).toISOString()));
}

/** A transcript's text read by the one transcript reader, as if from a file. */
export const readTranscriptText = (text: string): ReadTranscript => readTranscript(splitLines(text));
