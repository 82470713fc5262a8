import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { positionFinding } from './position-finding.js';
import type { SourceMap } from '../load/source-map.js';
import { resolveProfile } from '../catalog/dialogue-jurisdiction.js';
import type { Dialogue } from '../schema/dialogue.js';
import { lockedChoices } from './check-locked-wording.js';

export interface DialogueVersion {
  file: string;
  dialogue: Dialogue;
  sourceMap: SourceMap;
}

/**
 * Checks across the language versions of one dialogue (files sharing an `id`):
 * legally required wording locked in one version must be locked in every
 * version set under the same rules (a Chinese version set in China carries no
 * US disclosure), and one language should not be defined twice (`--lang`
 * could not tell them apart).
 */
export function checkLanguageVersions(versions: readonly DialogueVersion[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, DialogueVersion[]>();
  for (const version of versions) byId.set(version.dialogue.id, [...(byId.get(version.dialogue.id) ?? []), version]);

  for (const [id, group] of byId) {
    const seen = new Map<string, DialogueVersion>();
    for (const version of group) {
      const language = version.dialogue.meta.language;
      const first = seen.get(language);
      if (first) {
        diagnostics.push(
          positionFinding(
            {
              code: 'PAR244',
              severity: 'warning',
              message: `dialogue '${id}' in '${language}' is also defined in ${first.file}`,
              path: ['meta', 'language'],
              hint: 'give each language version its own meta.language',
            },
            version.sourceMap,
            version.file,
          ),
        );
      } else seen.set(language, version);
    }
    if (seen.size < 2) continue;

    const locks = group.map((version) => {
      const profile = resolveProfile(version.dialogue);
      return { version, locked: lockedChoices(version.dialogue), rules: `${profile.id}:${profile.debts}` };
    });
    for (const { version, locked, rules } of locks) {
      const reported = new Set<string>();
      for (const other of locks) {
        if (other.version === version || other.rules !== rules) continue;
        for (const lock of other.locked) {
          if (reported.has(lock.wording) || locked.some((own) => own.wording === lock.wording)) continue;
          reported.add(lock.wording);
          const same = version.dialogue.states[lock.stateId]?.on?.[lock.choiceId] !== undefined;
          const path = same ? ['states', lock.stateId, 'on', lock.choiceId] : ['id'];
          diagnostics.push(
            positionFinding(
              {
                code: 'PAR243',
                severity: 'error',
                message: `the ${other.version.dialogue.meta.language} version (${other.version.file}) locks '${lock.wording}' on '${lock.choiceId}', but this ${version.dialogue.meta.language} version has no reply locked to it`,
                path,
                hint: `every language version must carry the locked line: add 'locked: ${lock.wording}' to the reply that says it`,
              },
              version.sourceMap,
              version.file,
            ),
          );
        }
      }
    }
  }
  return diagnostics;
}
