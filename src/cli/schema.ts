import { Command } from 'commander';
import { writeFileAtomic } from '../io/atomic-write.js';
import { dialogueJsonSchema } from '../schema/json-schema.js';
import { sanitizeLine } from '../text/sanitize.js';
import { exitWith, type Output } from './output.js';

export const schemaCommand = (output: Output): Command => new Command('schema')
  .description('print (or write) the JSON Schema of the dialogue format, for editors that use the YAML language server')
  .option('-o, --out <file>', 'write the schema to this file instead of printing it')
  .addHelpText(
    'after',
    `
Examples:
  $ parley schema > dialogue.schema.json
  $ parley schema --out my-dialogues/dialogue.schema.json

Then start each dialogue file with the line
  # yaml-language-server: $schema=dialogue.schema.json
(a path relative to the dialogue file, or a URL) and VS Code's YAML extension, or any editor
using the YAML language server, completes keys and marks errors as you type.
The output is always JSON. It is generated from the same zod schemas 'parley validate' uses.`,
  )
  .action(exitWith(output, (options: { out?: string }) => {
    const text = `${JSON.stringify(dialogueJsonSchema(), null, 2)}\n`;
    if (options.out) {
      writeFileAtomic(options.out, text);
      output.err(`wrote ${sanitizeLine(options.out)}`);
    } else output.io.stdout.write(text);
  }));
