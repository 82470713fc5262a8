import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../src/engine/session.js';
import { renderDebrief, renderStep } from '../src/render/session-text.js';
import { PLAIN as plainStyle } from '../src/render/style.js';
import { conversation } from '../src/tui/conversation.js';
import { parley } from './helpers/cli.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { compileText } from './helpers/load.js';
import { tempDir } from './helpers/transcripts.js';

/**
 * A typed reply is one line said on a call. However it arrived (a replies file
 * with tabs, a test file's block scalar, an edited transcript resumed in play),
 * it is shown on one line: a tab or a line break in it would tear the layout.
 */
const TYPED = { text: 'Can you\tpay today?\n\n\nor I tell\r\nyour boss', confidence: 0.8, flags: [{ flag: 'threat_to_expose', phrase: 'tell\n\nyour\tboss' }] };

describe('typed words are shown on one line', () => {
  it('in the play screen conversation', () => {
    const session = new Session(compileText(MINIMAL_DIALOGUE), { seed: 1 });
    session.choose('ask', TYPED);
    const reply = conversation(session).find((e) => e.kind === 'reply');
    expect(reply && 'text' in reply ? reply.text : '').not.toMatch(/[\t\r\n]/);
  });

  it("in parley run's step and debrief", () => {
    const session = new Session(compileText(MINIMAL_DIALOGUE), { seed: 1 });
    const step = session.choose('ask', TYPED);
    const printed = [renderStep(session, step, plainStyle), renderDebrief(session.debrief(), plainStyle, 'en', session.dialogue)].join('\n');
    const typedLines = printed.split('\n').filter((l) => /pay today|boss|your/.test(l));
    expect(typedLines.join('\n')).not.toMatch(/\t/);
    expect(printed).toContain('“Can you pay today? or I tell your boss”');
    expect(printed).toContain('“tell your boss”');
  });

  it('in parley run --replies, for a line with tabs', async () => {
    const replies = join(tempDir(), 'replies.txt');
    writeFileSync(replies, 'Hi,\tSam from Ridgeline Recovery,\t\tis this Martin Hale?\n');
    const result = await parley(['run', 'dialogues/away-on-business.yaml', '--replies', replies]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).not.toMatch(/\t/);
  });
});
