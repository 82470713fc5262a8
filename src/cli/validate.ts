import { Command } from 'commander';
import { showPath } from '../text/sanitize.js';
import { jurisdictionProfile, PROFILE_IDS } from '../catalog/jurisdictions.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import type { DebtPurpose, ProfileId } from '../schema/catalog.js';
import { maxSituationsOption } from './max-situations-option.js';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { checkDialogueFiles } from './check-dialogue-files.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, limitsFrom, type LimitOptions } from './limits-options.js';
import { exitWith, type Output } from './output.js';
import { jurisdictionOption } from './session-options.js';
import { diagnosticLines } from '../render/diagnostic-lines.js';

interface ValidateOptions extends LimitOptions {
  json?: boolean;
  quiet?: boolean;
  jurisdiction?: ProfileId;
  deep?: boolean;
  maxSituations: number;
}

export const validateCommand = (output: Output): Command => addLimitOptions(
  new Command('validate')
    .description('check dialogue files: schema, graph, every catalog name they use, and legally required wording')
    .argument('[paths...]', 'dialogue files or folders', ['dialogues'])
    .addOption(jurisdictionOption())
    .option('--json', 'print the diagnostics as JSON')
    .option('-q, --quiet', 'print errors only, no warnings or summary')
    .option('--deep', "also explore each dialogue with its guards and meters (what 'parley analyze' does)")
    .addOption(maxSituationsOption()),
)
  .addHelpText(
    'after',
    `
Examples:
  $ parley validate                      # every dialogue under ./dialogues
  $ parley validate dialogues/away-on-business.yaml
  $ parley validate dialogues/ --jurisdiction us
  $ parley validate my-dialogues/ --json
  $ parley validate --deep dialogues/    # plus unreachable states, loops without an outcome, dead choices

A dialogue is checked under every jurisdiction it declares (meta.jurisdictions) and the one
given with --jurisdiction; language versions of one dialogue (same id) are checked together.
Exit codes: 0 all valid (warnings allowed), 1 at least one error, 2 usage error.`,
  )
  .action(exitWith(output, async (paths: string[], options: ValidateOptions) => {
    const { files, invalid, diagnostics, profiles } = await checkDialogueFiles(paths, {
      limits: limitsFrom(options),
      jurisdiction: options.jurisdiction,
      deep: options.deep ? { maxSituations: options.maxSituations } : undefined,
    });

    if (options.json) {
      output.out(stringifyForTerminal({ files: files.length, invalid, jurisdictions: profiles, diagnostics }, 2));
    } else {
      const { style } = output;
      for (const line of diagnosticLines(diagnostics, style, options)) output.out(line);
      if (!options.quiet) {
        if (files.length === 0) output.out(`no dialogue files found in ${paths.map(showPath).join(', ')}`);
        else {
          const errors = diagnostics.filter((d) => d.severity === 'error').length;
          const warnings = diagnostics.length - errors;
          const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
          const rules = describeProfiles(profiles);
          output.out(
            invalid === 0
              ? style.green(`✔ ${files.length} dialogue${files.length === 1 ? '' : 's'} valid (${counts})${rules}`)
              : style.red(`✖ ${invalid} of ${files.length} dialogue${files.length === 1 ? '' : 's'} invalid (${counts})${rules}`),
          );
        }
      }
    }
    return hasErrors(diagnostics) || files.length === 0 ? EXIT.failed : EXIT.ok;
  }));

/**
 * " · us rules (FDCPA and Regulation F)", or how many dialogues were checked
 * under each rule set ("us ×3, us business ×2"): business debts are judged by other rules.
 */
function describeProfiles(profiles: ReadonlyArray<{ jurisdiction: ProfileId; debts: DebtPurpose }>): string {
  const counts = new Map<string, { jurisdiction: ProfileId; debts: DebtPurpose; n: number }>();
  for (const { jurisdiction, debts } of profiles) {
    const key = debts === 'consumer' ? jurisdiction : `${jurisdiction} business`;
    counts.set(key, { jurisdiction, debts, n: (counts.get(key)?.n ?? 0) + 1 });
  }
  if (counts.size === 0) return '';
  if (counts.size === 1) {
    const [key, { jurisdiction, debts }] = [...counts][0]!;
    return ` · ${key} rules (${jurisdictionProfile(jurisdiction, debts).rules.en})`;
  }
  const order = (entry: { jurisdiction: ProfileId; debts: DebtPurpose }) => PROFILE_IDS.indexOf(entry.jurisdiction) * 2 + (entry.debts === 'consumer' ? 0 : 1);
  const sorted = [...counts].sort(([, a], [, b]) => order(a) - order(b));
  return ` · rules: ${sorted.map(([key, { n }]) => `${key} ×${n}`).join(', ')}`;
}
