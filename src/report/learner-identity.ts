import { checkIri } from './xapi-iri.js';

/**
 * Who a transcript is about, in a form an LMS can match: an email address
 * (`mailto:…`, xAPI's mbox) or an account name at an LMS (`--learner-home`).
 * Normalised so a stray space or a capital in an address does not make two
 * people of one.
 */
export type LearnerCheck = { ok: true; learner: string; learnerHome?: string } | { ok: false; problem: string };

const MBOX = /^mailto:[^\s@:/?#]+@[^\s@:/?#]+\.[^\s@:/?#]+$/;

export function checkLearner(learner: string, learnerHome?: string): LearnerCheck {
  const name = learner.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (name === '') return { ok: false, problem: '--learner is empty' };
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(name)) return { ok: false, problem: '--learner holds control characters' };
  if (name.length > 200) return { ok: false, problem: '--learner is longer than 200 characters' };
  if (/^mailto:/i.test(name)) {
    const mbox = `mailto:${name.slice('mailto:'.length).toLowerCase()}`;
    if (!MBOX.test(mbox)) return { ok: false, problem: `--learner ${name}: not an email address (mailto:name@example.com)` };
    if (learnerHome !== undefined) return { ok: false, problem: '--learner-home is for an LMS account name; an email address (mailto:) needs none' };
    return { ok: true, learner: mbox };
  }
  if (learnerHome === undefined) return { ok: true, learner: name };
  const home = checkIri(learnerHome, '--learner-home');
  if (!home.ok) return home;
  return { ok: true, learner: name, learnerHome: home.iri };
}
