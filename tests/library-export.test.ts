import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// Through the package's own `exports`, as another project imports Parley.
import { loadDialogue, loadDialogueFile, readLines, readTranscript, Session, TranscriptWriter, transcriptHeader } from 'parley';
import { tempDir } from './helpers/transcripts.js';

describe("the library entry ('parley')", () => {
  it('loads and validates a dialogue, plays a session, writes and reads back its transcript', () => {
    const loaded = loadDialogueFile('dialogues/away-on-business.yaml');
    if (!loaded.ok) throw new Error('the shipped dialogue is invalid');
    const session = new Session(loaded.compiled, { seed: 3 });
    const writer = TranscriptWriter.createIn(tempDir(), transcriptHeader(session, loaded.file, loaded.hash, 'run', 'mailto:ana@example.com'));
    writer.step(session.choose('identify'));
    writer.step(session.choose('disclose_and_ask'));
    writer.end(session, 'quit');

    const transcript = readTranscript(readLines(writer.path));
    expect(transcript.integrity).toEqual([]);
    expect(transcript.choices).toEqual(['identify', 'disclose_and_ask']);
    expect(transcript.header?.learner).toBe('mailto:ana@example.com');
    expect(transcript.end?.finished).toBe(false);
  });

  it('reports what is wrong with a dialogue as file:line:col diagnostics', () => {
    const result = loadDialogue('id: x\ninitial: start\nstates: {}\n', join('lib', 'x.yaml'));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.length).toBeGreaterThan(0);
    expect(result.diagnostics[0]).toMatchObject({ file: join('lib', 'x.yaml'), severity: 'error' });
    expect(typeof result.diagnostics[0]!.line).toBe('number');
  });
});
