import { styleFor, type Style } from '../render/style.js';
import { terminalSafe } from '../text/sanitize.js';

/** stdout and stderr writes that hold nothing a terminal acts on but Parley's colours, and survive a reader closing the pipe early (`parley run … | head`). */
export interface Output {
  out(text: string): void;
  err(text: string): void;
  style: Style;
  errStyle: Style;
}

let pipeClosed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') {
    pipeClosed = true;
    process.exit(0);
  }
  throw error;
});

export const output: Output = {
  out: (text) => {
    if (!pipeClosed) process.stdout.write(terminalSafe(text.endsWith('\n') ? text : `${text}\n`));
  },
  err: (text) => {
    process.stderr.write(terminalSafe(text.endsWith('\n') ? text : `${text}\n`));
  },
  style: styleFor(process.stdout),
  errStyle: styleFor(process.stderr),
};
