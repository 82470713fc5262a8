import { readTextFile } from './read-text-file.js';

/** The environment variable that holds `key:secret` for the LRS (a command line is visible to every user of the machine). */
export const LRS_AUTH_ENV = 'PARLEY_LRS_AUTH';

/**
 * The Authorization header for the LRS, from PARLEY_LRS_AUTH or the first line
 * of a file: `key:secret` (the LRS's Basic auth client key and secret), or a
 * whole `Basic …` value as an LRS hands it out.
 */
export function lrsAuthorization(file: string | undefined, env: NodeJS.ProcessEnv): { ok: true; authorization: string } | { ok: false; problem: string } {
  let value: string;
  let from: string;
  if (file !== undefined) {
    const read = readTextFile(file, 64 * 1024);
    if (!read.ok) return { ok: false, problem: `--lrs-auth-file ${file}: ${read.diagnostic.message}` };
    value = read.text.split(/\r?\n/)[0]!.trim();
    from = `--lrs-auth-file ${file}`;
  } else if (env[LRS_AUTH_ENV]) {
    value = env[LRS_AUTH_ENV]!.trim();
    from = LRS_AUTH_ENV;
  } else {
    return { ok: false, problem: `the LRS needs credentials: set ${LRS_AUTH_ENV}=key:secret in the environment, or give --lrs-auth-file FILE (a file holding key:secret)` };
  }
  if (/^Basic [A-Za-z0-9+/=]+$/.test(value)) return { ok: true, authorization: value };
  if (!value.includes(':') || /[\u0000-\u001f\u007f]/.test(value)) return { ok: false, problem: `${from}: expected key:secret (the LRS client's key and secret)` };
  return { ok: true, authorization: `Basic ${Buffer.from(value, 'utf8').toString('base64')}` };
}
