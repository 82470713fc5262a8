import './zod-setup.js';
import { runCli } from './run-cli.js';

// The real process around a run: its streams, environment and folder in, its exit code out.

// A reader that closes the pipe early (`parley run … | head`) has all it wanted: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// No top-level await: the built CLI runs as a script (scripts/build.mjs), which cannot hold one.
void runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Read only by the commands that take input: creating stdin costs start-up time.
  get stdin() {
    return process.stdin;
  },
  env: process.env,
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
