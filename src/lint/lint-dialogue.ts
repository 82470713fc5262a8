import type { Coded } from '../diagnostics/codes.js';
import { coercionFlags } from '../catalog/index.js';
import { didYouMeanOrKnown } from '../validate/did-you-mean.js';
import type { Path } from '../load/source-map.js';
import type { Dialogue } from '../schema/dialogue.js';
import { matchCoercion, WORDED_FLAGS, type CoercionMatch } from './match-coercion.js';

/** A warning fails `parley lint`; a hint is advice. */
export type LintFinding = Coded<'warning' | 'hint'> & {
  message: string;
  path: Path;
  state: string;
  choice: string;
  /** Flags the wording suggests, for the fix. */
  suggested: string[];
  /** How to fix a finding that suggests no flag. */
  hint?: string;
};

const name = (flag: string) => coercionFlags.get(flag)?.name.en ?? flag;
const quoted = (m: CoercionMatch) => `${name(m.flag)} [${m.flag}]: “${m.phrase}” (${m.rule})`;

/** The corpus and older dialogues put threats to tell others under third_party_disclosure: a threat_to_expose reading confirms that flag. */
const confirms = (declared: Set<string>, found: string) => declared.has(found) || (found === 'threat_to_expose' && declared.has('third_party_disclosure'));

/**
 * Reads every choice's text for coercive wording and compares it with the flags
 * the author put on it: coercive wording with no flag (PAR601), wording that
 * suggests a flag the choice lacks (PAR603), and a flagged choice whose words
 * show nothing coercive (PAR602). `lint: { allow: [flag] }` on a choice is the
 * author saying "intended": findings about those flags are not raised.
 */
export function lintDialogue(dialogue: Dialogue): LintFinding[] {
  const findings: LintFinding[] = [];
  const language = dialogue.meta.language;
  for (const [state, stateValue] of Object.entries(dialogue.states)) {
    for (const [choice, value] of Object.entries(stateValue.on ?? {})) {
      const branches = Array.isArray(value) ? value : [value];
      const at: Path = Array.isArray(value) ? ['states', state, 'on', choice, 0] : ['states', state, 'on', choice];
      const text = branches[0]!.meta?.text;
      if (!text) continue;
      const allowed = new Set(branches.flatMap((b) => b.meta?.lint?.allow ?? []));
      const declared = new Set(branches.flatMap((b) => b.meta?.flags ?? []));
      const add = (coded: Coded<'warning' | 'hint'>, message: string, suggested: string[], path: Path = [...at, 'meta', 'text'], hint?: string) =>
        findings.push({ ...coded, message, path, state, choice, suggested, ...(hint ? { hint } : {}) });

      for (const flag of allowed) {
        if (!coercionFlags.has(flag)) add({ code: 'PAR604', severity: 'warning' }, `lint.allow on choice '${choice}' names unknown flag '${flag}'`, [], [...at, 'meta', 'lint'], didYouMeanOrKnown(flag, coercionFlags.keys()));
      }
      const matches = matchCoercion(text, [language]).filter((m) => !allowed.has(m.flag));
      const missing = matches.filter((m) => !confirms(declared, m.flag));
      if (declared.size === 0 && missing.length) {
        add({ code: 'PAR601', severity: 'warning' },
          `choice '${choice}' in state '${state}' reads as coercive but has no flag: ${missing.map(quoted).join('; ')}`,
          missing.map((m) => m.flag),
        );
      } else if (missing.length) {
        add({ code: 'PAR603', severity: 'hint' }, `choice '${choice}' in state '${state}' also reads as ${missing.map(quoted).join('; ')}`, missing.map((m) => m.flag));
      }
      const worded = [...declared].filter((f) => WORDED_FLAGS.has(f) && !allowed.has(f));
      if (worded.length && !matches.some((m) => confirms(declared, m.flag))) {
        add({ code: 'PAR602', severity: 'hint' },
          `choice '${choice}' in state '${state}' is flagged ${worded.join(', ')}, but nothing in its text reads as coercive`,
          [],
          [...at, 'meta', 'flags'],
        );
      }
    }
  }
  return findings;
}
