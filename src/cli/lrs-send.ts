import { Option, type Command } from 'commander';
import { sendOutbox, type SendSummary } from '../io/lrs-client.js';
import { lrsAuthorization } from '../io/lrs-credentials.js';
import { defaultOutbox, LrsOutbox } from '../io/lrs-outbox.js';
import { readLines } from '../io/read-lines.js';
import { summarizeSession } from '../report/session-summary.js';
import { sessionStatements } from '../report/xapi-statements.js';
import { checkIri } from '../report/xapi-iri.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { Output } from './output.js';

export interface LrsOptions {
  lrs?: string;
  lrsAuthFile?: string;
  lrsBatchKb: number;
  outbox?: string;
  activityBase: string;
  learnerHome?: string;
}

export const DEFAULT_ACTIVITY_BASE = 'https://parley.invalid/';

const positive = (what: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${what} must be a whole number of at least 1`);
  return n;
};

/** The options of every command that can send statements to a record store (report, run, play). */
export const addLrsOptions = (command: Command): Command =>
  command
    .option('--lrs <endpoint>', "send the statements to this xAPI LRS endpoint (…/xAPI/); credentials from PARLEY_LRS_AUTH or --lrs-auth-file")
    .option('--lrs-auth-file <file>', 'a file holding the LRS key:secret (instead of PARLEY_LRS_AUTH)')
    .addOption(new Option('--lrs-batch-kb <n>', 'most kilobytes in one request to the LRS').default(256).argParser(positive('--lrs-batch-kb')))
    .option('--outbox <file>', 'where statements wait until the LRS has them (default: one file per LRS in the Parley data folder)');

/** Checks the LRS options before anything is read, so a typo costs nothing. */
export function checkLrsOptions(options: LrsOptions, env: NodeJS.ProcessEnv): string | undefined {
  const base = checkIri(options.activityBase, '--activity-base');
  if (!base.ok) return base.problem;
  if (options.learnerHome !== undefined) {
    const home = checkIri(options.learnerHome, '--learner-home');
    if (!home.ok) return home.problem;
  }
  if (options.lrs === undefined) return options.lrsAuthFile || options.outbox ? '--lrs-auth-file and --outbox go with --lrs' : undefined;
  const endpoint = lrsEndpoint(options.lrs);
  if (typeof endpoint !== 'string') return endpoint.problem;
  const auth = lrsAuthorization(options.lrsAuthFile, env);
  return auth.ok ? undefined : auth.problem;
}

function lrsEndpoint(value: string): string | { problem: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `--lrs ${sanitizeLine(value)}: not a URL (expected the LRS's xAPI endpoint, e.g. https://lrs.example.com/data/xAPI/)` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `--lrs: the endpoint must be an http(s) URL` };
  if (url.username || url.password) return { problem: '--lrs: no credentials in the URL (a command line is visible to other users); use PARLEY_LRS_AUTH or --lrs-auth-file' };
  if (url.search || url.hash) return { problem: '--lrs: give the endpoint without ?query or #fragment' };
  url.pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return url.href;
}

/**
 * The LRS's outbox, open for statements as a report reads transcripts (to a
 * file, so memory does not grow with the cohort), and the send of everything
 * waiting there, with progress on long sends and one summary. `send` resolves
 * to whether the LRS now has every statement.
 */
export function openLrsSend(options: LrsOptions, output: Output): { add: (statement: { id: string }) => void; send: () => Promise<boolean> } {
  const endpoint = lrsEndpoint(options.lrs!) as string;
  const auth = lrsAuthorization(options.lrsAuthFile, output.io.env);
  if (!auth.ok) throw new Error(auth.problem);
  const outbox = new LrsOutbox(options.outbox ?? defaultOutbox(endpoint, output.io.env));
  const waiting = outbox.size;
  return {
    add: (statement) => outbox.add(statement),
    async send() {
      const url = new URL(endpoint);
      const host = sanitizeLine(url.host);
      if (url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
        output.err(output.errStyle.yellow(`warning: ${host} is plain http: the credentials and learner records travel unencrypted`));
      }
      if (waiting) output.err(`${waiting} statements from an earlier send were waiting in the outbox; sending them too`);
      const progress = progressLine(output);
      const summary = await sendOutbox(outbox, { endpoint, authorization: auth.authorization }, {
        batchBytes: options.lrsBatchKb * 1024,
        batchStatements: 500,
        attempts: 5,
        onProgress: progress.update,
      });
      progress.done();
      printSummary(host, summary, outbox.path, output);
      return summary.left === 0;
    },
  };
}

/**
 * Sends the sessions of transcripts just written (`run` and `play` with
 * --lrs), as `report --xapi --lrs` would. Resolves to whether the LRS has
 * every statement; what it does not have waits in the outbox.
 */
export async function sendTranscriptsToLrs(files: readonly string[], options: LrsOptions, output: Output): Promise<boolean> {
  const lrs = openLrsSend(options, output);
  for (const file of files) {
    const session = await summarizeSession(file, readLines(file), () => {});
    if (session) for (const statement of sessionStatements(session, { base: options.activityBase })) lrs.add(statement);
  }
  return lrs.send();
}

function printSummary(host: string, summary: SendSummary, outbox: string, output: Output): void {
  const { sent, alreadyThere, refused, left, stopped } = summary;
  output.err(`LRS ${host}: ${sent} statements sent, ${alreadyThere} already there, ${refused.length} refused`);
  for (const { id, reason } of refused.slice(0, 10)) output.err(`  refused ${id}: ${sanitizeLine(reason)}`);
  if (refused.length > 10) output.err(`  … and ${refused.length - 10} more refused`);
  if (stopped) output.err(output.errStyle.red(`stopped: ${sanitizeLine(stopped)}`));
  if (left) output.err(`${left} statements wait in ${sanitizeLine(outbox)} and go with the next send to this LRS`);
}

/** One line rewritten in place on a terminal; every tenth batch as its own line elsewhere (logs). */
function progressLine(output: Output) {
  const { stderr } = output.io;
  const tty = stderr.isTTY === true;
  let calls = 0;
  let shown = false;
  return {
    update(done: number, total: number) {
      calls++;
      if (total < 1000 && !tty) return;
      const text = `sending statements to the LRS: ${done} of ${total}`;
      if (tty) {
        stderr.write(`\r${text}`);
        shown = true;
      } else if (calls % 10 === 0) output.err(text);
    },
    done() {
      if (shown) stderr.write('\r\u001b[K');
    },
  };
}
