// Preloaded (--require) by the build when it runs `parley play` once to write
// the play command's code cache: stdin and stdout pass for a terminal, and the
// process exits as soon as the first screen is drawn (the launcher writes the
// cache on exit). Never part of the installed CLI.
'use strict';
const { stdin, stdout } = process;
for (const stream of [stdin, stdout]) Object.defineProperty(stream, 'isTTY', { value: true });
stdout.columns = 100;
stdout.rows = 40;
stdin.setRawMode = () => stdin;
// A file or /dev/null as stdin has no ref/unref, which ink calls on a terminal.
stdin.ref ??= () => stdin;
stdin.unref ??= () => stdin;

const marker = process.env.PARLEY_WARM_UP_UNTIL;
const write = stdout.write.bind(stdout);
let seen = '';
stdout.write = (chunk, ...rest) => {
  seen += String(chunk);
  if (marker && seen.includes(marker)) setImmediate(() => process.exit(0));
  return write(chunk, ...rest);
};
setTimeout(() => {
  process.stderr.write(`parley play did not draw '${marker}' within 20 s while writing its code cache\n`);
  process.exit(1);
}, 20_000).unref();
