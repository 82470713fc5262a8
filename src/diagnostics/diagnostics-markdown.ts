import { DIAGNOSTICS, type DiagnosticCode, type DiagnosticDescriptor, type DiagnosticStage } from './codes.js';

const STAGES: Record<DiagnosticStage, { heading: string; about: string }> = {
  file: { heading: 'Reading the file', about: 'Any file Parley reads (dialogues, test files, transcripts) is checked before it is parsed.' },
  yaml: { heading: 'YAML', about: 'Dialogues and test files are a safe subset of YAML, within size limits a stranger\'s file cannot exceed by accident.' },
  schema: { heading: 'Shape', about: 'Keys, types and values against the dialogue format (docs/authoring.md; schema/dialogue.schema.json for editors).' },
  dialogue: { heading: 'The dialogue', about: 'The graph of states and choices, and every name borrowed from the catalogs.' },
  jurisdiction: { heading: 'Jurisdiction and required wording', about: 'Where a dialogue is set, and the wording the law there requires.' },
  resume: { heading: 'Resuming', about: '`parley play --resume` picks an unfinished conversation up from its transcript.' },
  'test-file': { heading: 'Test files', about: 'Names and cases in `*.test.yaml` files (`parley test`), checked against the dialogue they test.' },
  analysis: {
    heading: 'Deep check',
    about: '`parley analyze` and `parley validate --deep` explore the dialogue with its guards and meters.',
  },
  lint: { heading: 'Coercion lint', about: '`parley lint` reads the wording of every choice for coercion its flags do not declare.' },
};

const severityText = (d: DiagnosticDescriptor): string => (d.alsoAs ? `${d.severity} (${d.alsoAs.severity} when ${d.alsoAs.when})` : d.severity);

/** docs/diagnostics.md, written from the catalog so the two cannot drift apart. */
export function diagnosticsMarkdown(): string {
  const entries = Object.entries(DIAGNOSTICS) as Array<[DiagnosticCode, DiagnosticDescriptor]>;
  const out = [
    '# Diagnostics',
    '',
    '<!-- Written by `npm run diagnostics-doc` from src/diagnostics/codes.ts; edit that file, not this one. -->',
    '',
    'Every problem Parley reports has a code, printed as `file:line:col: severity CODE: message (hint)`.',
    'An error stops the file from being used; a warning is printed and the file still works (`--quiet` hides warnings);',
    'a hint is advice shown by `parley lint --hints`.',
    '',
  ];
  for (const [stage, { heading, about }] of Object.entries(STAGES) as Array<[DiagnosticStage, (typeof STAGES)[DiagnosticStage]]>) {
    const codes = entries.filter(([, d]) => d.stage === stage);
    if (codes.length === 0) continue;
    out.push(`## ${heading}`, '', about, '', '| Code | Severity | Problem |', '| --- | --- | --- |');
    for (const [code, d] of codes) out.push(`| [${code}](#${code.toLowerCase()}) | ${severityText(d)} | ${d.title} |`);
    out.push('');
    for (const [code, d] of codes) out.push(`### ${code}`, '', `**${d.title}** (${severityText(d)})`, '', d.explanation, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
