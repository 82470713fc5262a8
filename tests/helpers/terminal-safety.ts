/**
 * Checks that text bound for a terminal carries nothing a dialogue file could
 * use against it: escape sequences (title changes, hyperlinks, clearing, cursor
 * moves, clipboard writes, status reports), C0/C1 controls and bidi overrides.
 * Reusable for every interface: `parley run`/`validate` output, reports, and
 * TUI frames (pass `allowColor` where Parley itself draws with SGR colours).
 */

/** A valid dialogue whose every printed text carries an attack, and the runs that show them all. */
export const HOSTILE_TEXT_DIALOGUE = 'tests/fixtures/hostile/terminal/hostile-text.yaml';
/** The same attacks as raw bytes rather than YAML escapes. */
export const HOSTILE_RAW_DIALOGUE = 'tests/fixtures/hostile/terminal/hostile-raw.yaml';
/** An invalid dialogue whose diagnostics quote hostile names and values back. */
export const HOSTILE_DIAGNOSTICS_DIALOGUE = 'tests/fixtures/hostile/terminal/hostile-diagnostics.yaml';
/** Choice paths through the hostile dialogues that together show every text in them. */
export const HOSTILE_TEXT_PATHS: readonly (readonly string[])[] = [['ask', 'done'], ['shout']];

export interface ControlFinding {
  what: string;
  /** Offset in the checked text. */
  at: number;
  /** The text around it, with controls made visible. */
  context: string;
}

export interface SafetyOptions {
  /** Allow SGR colour sequences (ESC [ … m), which Parley's own styling emits on a TTY. */
  allowColor?: boolean;
}

const SGR = /^\u001b\[[0-9;]*m/;

function describe(char: string): string {
  const code = char.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code === 0x1b) return 'ESC (escape sequence)';
  if (code === 0x9b) return 'CSI (8-bit control sequence)';
  if (code === 0x9d) return 'OSC (8-bit operating system command)';
  if (code === 0x07) return 'BEL';
  if (code >= 0x80 && code <= 0x9f) return `C1 control ${hex}`;
  if (code === 0x7f) return 'DEL';
  if (code < 0x20) return `C0 control ${hex}`;
  return `bidi control ${hex}`;
}

const visible = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `<${c.codePointAt(0)!.toString(16)}>`);

/** Every control character or escape sequence in `text` a terminal would act on. */
export function findTerminalControls(text: string, options: SafetyOptions = {}): ControlFinding[] {
  const findings: ControlFinding[] = [];
  const unsafe = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
  for (let match = unsafe.exec(text); match; match = unsafe.exec(text)) {
    if (options.allowColor && match[0] === '\u001b') {
      const sgr = SGR.exec(text.slice(match.index));
      if (sgr) {
        unsafe.lastIndex = match.index + sgr[0].length;
        continue;
      }
    }
    findings.push({ what: describe(match[0]), at: match.index, context: visible(text.slice(Math.max(0, match.index - 20), match.index + 20)) });
  }
  return findings;
}

/** Throws, listing what was found, if `text` is not safe to print. */
export function expectTerminalSafe(text: string, options: SafetyOptions = {}): void {
  const findings = findTerminalControls(text, options);
  if (findings.length === 0) return;
  const list = findings.slice(0, 10).map((f) => `  ${f.what} at ${f.at}: …${f.context}…`).join('\n');
  throw new Error(`output is not terminal-safe: ${findings.length} control character(s)\n${list}`);
}
