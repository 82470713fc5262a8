import { existsSync } from 'node:fs';
import { stringifyForTerminal } from '../text/terminal-json.js';
import { join, resolve } from 'node:path';
import { Command, Option } from 'commander';
import { excuseTypes } from '../catalog/index.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { schemaPathFor } from '../io/schema-location.js';
import { didYouMean } from '../validate/did-you-mean.js';
import { DEFAULT_EXCUSE, starterDialogue } from '../scaffold/starter-dialogue.js';
import { NameSchema } from '../schema/names.js';
import { LANGUAGES, type Language } from '../schema/language.js';
import { sanitizeLine } from '../text/sanitize.js';
import { EXIT } from './exit-codes.js';
import { exitWith, type Output } from './output.js';

interface NewOptions {
  excuse?: string[];
  lang: Language;
  out?: string;
  force?: boolean;
  schema?: string;
  json?: boolean;
}

export const newCommand = (output: Output): Command => new Command('new')
  .description('write a starter dialogue that validates and plays, ready to edit')
  .argument('<id>', 'dialogue id (letters, digits, _ or -); also the default file name')
  .addOption(new Option('-e, --excuse <type...>', `excuse types the debtor voices, in order (default: ${DEFAULT_EXCUSE})`))
  .addOption(new Option('-l, --lang <code>', 'language of the dialogue').choices(LANGUAGES).default('en'))
  .option('-o, --out <file>', "where to write it (default: '<id>.yaml'; '-' prints it)")
  .option('--force', 'overwrite the file if it exists')
  .option('--schema <ref>', 'the $schema reference for editors (default: a path to the schema shipped with Parley)')
  .option('--json', 'print what was written as JSON')
  .addHelpText(
    'after',
    `
Examples:
  $ parley new late-rent
  $ parley new shop-owner --excuse business_losing_money big_promises --out dialogues/shop-owner.yaml
  $ parley new pago-manana --lang es --excuse pay_tomorrow
  $ parley new forgot-zh --lang zh --excuse forgot --out -

Excuse types: ${[...excuseTypes.keys()].join(', ')}.
An existing file is never overwritten without --force.`,
  )
  .action(exitWith(output, (id: string, options: NewOptions) => {
    const usage = (message: string) => {
      output.err(`parley new: ${message}`);
      return EXIT.usage;
    };
    const name = NameSchema.safeParse(id);
    if (!name.success) return usage(`'${sanitizeLine(id)}' is not a valid id: ${name.error.issues[0]?.message}`);
    const excuses = [...new Set(options.excuse ?? [DEFAULT_EXCUSE])];
    for (const excuse of excuses) {
      if (!excuseTypes.has(excuse)) {
        const hint = didYouMean(excuse, excuseTypes.keys());
        return usage(`unknown excuse type '${sanitizeLine(excuse)}'${hint ? ` (${hint})` : ''}; known: ${[...excuseTypes.keys()].join(', ')}`);
      }
    }
    const out = options.out ?? `${id}.yaml`;
    const toStdout = out === '-';
    const schemaRef = options.schema ?? schemaPathFor(toStdout ? join(output.io.cwd, `${id}.yaml`) : resolve(out));
    const text = starterDialogue({ id, excuses, language: options.lang, schemaRef });
    if (toStdout) {
      output.io.stdout.write(text);
      return EXIT.ok;
    }
    if (existsSync(out) && !options.force) {
      output.err(`parley new: ${sanitizeLine(out)} already exists; choose another --out, or add --force to overwrite it`);
      return EXIT.failed;
    }
    writeFileAtomic(out, text);
    if (options.json) output.out(stringifyForTerminal({ file: out, id, language: options.lang, excuses, schema: schemaRef }, 2));
    else {
      const { style } = output;
      output.out(style.green(`✔ wrote ${sanitizeLine(out)}`) + style.dim(` (${excuses.join(', ')}; ${options.lang})`));
      output.out(`  next: parley validate --deep ${sanitizeLine(out)} && parley coverage ${sanitizeLine(out)}`);
    }
  }));
