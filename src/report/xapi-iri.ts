/**
 * An absolute IRI as xAPI needs for activity ids, extension keys and account
 * home pages: a scheme, no spaces or control characters. `--activity-base 'not
 * an iri'` used to make every statement invalid; now it is refused up front.
 */
export function checkIri(value: string, what: string): { ok: true; iri: string } | { ok: false; problem: string } {
  if (/[\s\u0000-\u001f\u007f-\u009f<>"{}|\\^`]/.test(value)) return { ok: false, problem: `${what} must be an absolute IRI such as https://lms.example.com/parley/ (no spaces or control characters)` };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, problem: `${what} must be an absolute IRI such as https://lms.example.com/parley/` };
  }
  if (url.username || url.password) return { ok: false, problem: `${what} must not hold a user name or password` };
  if (!/^[a-z][a-z0-9+.-]*:$/.test(url.protocol) || ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname)) {
    return { ok: false, problem: `${what} must be an absolute IRI such as https://lms.example.com/parley/` };
  }
  return { ok: true, iri: value };
}

/** The base every activity id hangs from, ending in '/'. */
export const withSlash = (iri: string): string => (iri.endsWith('/') ? iri : `${iri}/`);
