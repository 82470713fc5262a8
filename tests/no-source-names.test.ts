/**
 * Learners and trainers must never read the names of the private collector-training
 * texts the catalogs were built from ("seed 002 (item 5)", "the seed suggests",
 * "texto fuente", "培训材料003", file names). Where the point is that collectors are
 * often taught a bad tactic, the text says so in plain words instead.
 *
 * Checked here: every file under dialogues/ (test files and golden transcripts too),
 * README.md and docs/, every string literal and JSX text in src/ (catalogs, UI string
 * tables, run labels, help texts; comments are for developers and are not read),
 * the catalogs as loaded, the help of every command, vitest test names, and
 * generated roleplays over a range of variants × excuse types × languages ×
 * jurisdictions. Keys (`seed:` in a test file or a transcript header) and the
 * `--seed` option are not prose and are not matched.
 *
 * Each failure lists file:line, what matched and the text around it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { COERCION_FLAGS, CORE_TASKS, EXCUSE_TYPES, OUTCOMES } from '../src/catalog/index.js';
import { JURISDICTIONS } from '../src/catalog/jurisdictions.js';
import { BUILT_IN_METER_NAMES } from '../src/catalog/meter-names.js';
import { SITUATION_RULES } from '../src/catalog/situation-rules.js';
import { COMMANDS } from '../src/cli/commands.js';
import { compileDialogue } from '../src/compile/compile-machine.js';
import { Session } from '../src/engine/session.js';
import { generateDialogue } from '../src/generate/generate-dialogue.js';
import { dialogueToYaml } from '../src/generate/to-yaml.js';
import { loadDialogue } from '../src/validate/load-dialogue.js';
import { renderDialogueSummary } from '../src/render/dialogue-summary.js';
import { RUN_LABELS } from '../src/render/run-labels.js';
import { renderHeader } from '../src/render/session-text.js';
import { PLAIN } from '../src/render/style.js';
import { UI_STRINGS } from '../src/tui/ui-strings.js';
import { PROFILE_IDS } from '../src/catalog/jurisdictions.js';
import { LANGUAGES } from '../src/schema/language.js';
import { parley, ROOT } from './helpers/cli.js';

/** Ways the source texts get named. Case-insensitive; each with what it catches. */
export const SOURCE_NAME_PATTERNS: readonly (readonly [RegExp, string])[] = [
  // "seed 002", "Seeds 002 items 4 and 5", "seed002"; not the --seed option.
  [/(?<![-\w])seeds? ?#?0\d\d(?!\d)/i, 'a numbered seed'],
  // "the seed suggests", "The seeds' answer", "the seed's".
  [/\bthe seeds?\b/i, '"the seed(s)"'],
  // "A seed suggests", "Seed 003 tells", "seeds warn".
  [/\bseeds?(?:'s|'|’s|’)? (?:says?|suggests?|tells?|teach(?:es)?|recommends?|advises?|notes?|warns?|treats?|asks?|calls?)\b/i, 'a seed that says something'],
  [/\bseed(?:'s|’s)? (?:texts?|documents?|materials?|files?)\b/i, '"seed text"'],
  [/\btextos? fuentes?\b/i, '"texto fuente"'],
  [/\bmateriale?s? de capacitaci[oó]n\b/i, '"material de capacitación"'],
  [/\bsemillas? ?#?0\d\d(?!\d)|\b(?:la|las) semillas? (?:dice|dicen|sugiere|sugieren|recomienda|recomiendan|enseña|enseñan)\b/i, 'a seed, in Spanish'],
  [/培训材料|源材料|种子(?:文本|材料|资料|文件)|种子\s*0\d\d/, 'training material, in Chinese'],
  // Item references that only make sense with a document in hand: "(002, item 16)", "000 (4.3)", "(000, 4.4)".
  [
    /\b0\d\d(?:,\s*|\s+\(?)(?:items?|scenes?|tips?|puntos?|escenas?|consejos?|第)\s*\d|\b0\d\d\s+\(\d+(?:\.\d+)?\)|\(0\d\d,\s*\d+(?:\.\d+)?\)/i,
    'an item of a numbered document',
  ],
  // The source files themselves: "002_e041….txt", "003_9f2c…".
  [/\b\d{3}_[0-9a-f]{16}|\b\d{3}_[\w-]+\.txt\b/i, 'a source file name'],
];

export interface Hit {
  where: string;
  match: string;
  text: string;
}

/** At most one hit per text: what matched (every pattern that did), and the text around the first match. */
export function sourceNamesIn(text: string, where: string, extra: readonly RegExp[] = []): Hit[] {
  const found = [...SOURCE_NAME_PATTERNS.map(([p]) => p), ...extra].flatMap((pattern) => {
    const m = pattern.exec(text);
    return m ? [m] : [];
  });
  if (found.length === 0) return [];
  const first = found.reduce((a, b) => (b.index < a.index ? b : a));
  return [{ where, match: [...new Set(found.map((m) => m[0]))].join('", "'), text: excerpt(text, first.index) }];
}

function excerpt(text: string, at: number): string {
  const from = Math.max(0, at - 40);
  const flat = text.replace(/\s+/g, ' ');
  const clipped = flat.slice(from, from + 120);
  return `${from > 0 ? '…' : ''}${clipped}${from + 120 < flat.length ? '…' : ''}`;
}

function report(hits: readonly Hit[], what: string): void {
  if (hits.length === 0) return;
  const lines = hits.map((h) => `  ${h.where}: "${h.match}" in: ${h.text}`);
  const perFile = new Map<string, number>();
  for (const h of hits) {
    const file = h.where.replace(/:\d+$/, '');
    perFile.set(file, (perFile.get(file) ?? 0) + 1);
  }
  const summary = [...perFile].map(([file, n]) => `  ${file} ×${n}`);
  throw new Error(
    `${hits.length} place(s) in ${what} name the source material; say what collectors are taught in plain words instead.\n` +
      `By file:\n${summary.join('\n')}\nEach place:\n${lines.join('\n')}`,
  );
}

function filesUnder(dir: string, keep: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules') out.push(...filesUnder(path, keep));
    } else if (keep(path)) out.push(path);
  }
  return out;
}

const rel = (path: string) => relative(ROOT, path).split('\\').join('/');

/** A block key at the start of a YAML line (`name:`, `- id:`, `"seed":`), which is not prose. */
const YAML_KEY = /^(\s*(?:-\s+)*)(?:[A-Za-z_$][\w$.-]*|"[^"\n]*"|'[^'\n]*')\s*:(?=\s|$)/;

/** A YAML file, line by line, without its keys: values, block scalars and comments are what people read. */
function yamlHits(file: string, text: string, extra: readonly RegExp[] = []): Hit[] {
  return text.split(/\r?\n/).flatMap((line, i) => sourceNamesIn(line.replace(YAML_KEY, '$1'), `${file}:${i + 1}`, extra));
}

/** Every string value in a JSON value (keys are not prose). */
function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) jsonStrings(item, out);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) jsonStrings(item, out);
  return out;
}

/** A JSON-lines file (golden transcripts): every string value, reported by line. */
function jsonlHits(file: string, text: string): Hit[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      return sourceNamesIn(line, `${file}:${i + 1}`);
    }
    return jsonStrings(parsed).flatMap((s) => sourceNamesIn(s, `${file}:${i + 1}`));
  });
}

function plainTextHits(file: string, text: string): Hit[] {
  return text.split(/\r?\n/).flatMap((line, i) => sourceNamesIn(line, `${file}:${i + 1}`));
}

function fileHits(path: string): Hit[] {
  const file = rel(path);
  const text = readFileSync(path, 'utf8');
  if (/\.ya?ml$/.test(path)) return yamlHits(file, text);
  if (/\.jsonl?$/.test(path)) return path.endsWith('.jsonl') ? jsonlHits(file, text) : jsonStrings(JSON.parse(text)).flatMap((s) => sourceNamesIn(s, file));
  return plainTextHits(file, text);
}

/** Every string literal, template part and JSX text of a TypeScript file, with its line: what the program can show. */
function sourceStrings(path: string): { line: number; text: string }[] {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      // Import paths are not text anyone reads.
      if (!(ts.isStringLiteral(node) && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent)))) {
        out.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

/** Every string reachable in a value, with where it sits; functions (label builders) are called with sample arguments. */
function valueStrings(value: unknown, path: string, out: { path: string; text: string }[] = [], seen = new Set<unknown>()): { path: string; text: string }[] {
  if (typeof value === 'string') out.push({ path, text: value });
  else if (typeof value === 'function') {
    for (const args of [[3, 4, 5], ['x', 'y', 'z']]) {
      try {
        valueStrings((value as (...a: unknown[]) => unknown)(...args), `${path}()`, out, seen);
      } catch {
        // A builder that needs other arguments; its literals are covered by the source scan.
      }
    }
  } else if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    const entries = value instanceof Map ? [...value.entries()] : Object.entries(value);
    for (const [key, item] of entries) valueStrings(item, `${path}.${String(key)}`, out, seen);
  }
  return out;
}

describe('no learner- or trainer-facing text names the source material', () => {
  it('the pattern finds the ways sources get named, and leaves the --seed option and seed: keys alone', () => {
    const named = [
      'Seed 002 (item 5): make it clear you will not leave.',
      'The seed suggests asking family to pay.',
      "The seeds' 'be worse off than the customer' trick.",
      'A seed says frequent calls make some debtors pay.',
      'Seeds 002 items 4 and 5 together.',
      'the seed texts recommend it',
      'Un texto fuente sugiere pedir a los familiares que paguen.',
      'Según el material de capacitación 3, hay que insistir.',
      '这几乎就是培训材料003的原话。',
      '源材料里说要不停打电话。',
      'see 002_e041a9f3c2b7d810.txt',
      "avoid direct conflict (000, item 2), and don't act on impulse (002, item 16)",
      'Seed 000 (4.3) teaches finding out what the customer fears most.',
      "show him there are consequences (000, 4.4). Posing as an attorney",
      'Seed 002 (item 13) and seed 003 (tip 2) tell collectors',
    ];
    for (const text of named) expect(sourceNamesIn(text, 'sample'), text).not.toEqual([]);
    const fine = [
      'parley run x.yaml --seed 042 -c 1,2',
      'random seed: a number that picks the variant of each line (same number, same lines)',
      'A tip often passed around collection teams says to get the family to pay.',
      'Muchos cobradores aprenden a buscar lo que el cliente más teme.',
      '很多催收培训会教“你要比客户更难”。',
      'the same seed gives the same lines',
      'Martin Hale · phone · USD 1,240 · variant 841505308 · practice',
      '他去年买的种子全烂在地里了。',
      'Le falta capital semilla para el negocio.',
      'Tiene $9,000 pesos disponibles, 20 días de atraso (3 pagos).',
      'USD 1,000, 38 days past due',
    ];
    for (const text of fine) expect(sourceNamesIn(text, 'sample'), text).toEqual([]);
    expect(yamlHits('t.yaml', 'seed: 002\ncases:\n  - name: ok\n    seed: 041\n')).toEqual([]);
    expect(yamlHits('t.yaml', 'cases:\n  - name: seed 002 says so\n')).toHaveLength(1);
    expect(jsonlHits('g.jsonl', '{"kind":"header","seed":42,"seed 002":"x"}\n{"feedback":"The seed suggests it"}\n')).toEqual([
      expect.objectContaining({ where: 'g.jsonl:2' }),
    ]);
  });

  it('dialogues/: dialogues, their test files and golden transcripts', () => {
    const files = filesUnder(join(ROOT, 'dialogues'), (f) => /\.(ya?ml|jsonl?|md|txt)$/.test(f));
    expect(files.length).toBeGreaterThan(20);
    report(files.flatMap(fileHits), 'dialogues/');
  });

  it('README.md and docs/', () => {
    const files = [join(ROOT, 'README.md'), ...filesUnder(join(ROOT, 'docs'), (f) => /\.(md|txt)$/.test(f))];
    report(files.flatMap(fileHits), 'README.md and docs/');
  });

  it('every string the program can show: string literals and JSX text in src/ (catalogs, UI strings, labels, help)', () => {
    const files = filesUnder(join(ROOT, 'src'), (f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'));
    expect(files.length).toBeGreaterThan(100);
    report(
      files.flatMap((path) => sourceStrings(path).flatMap(({ line, text }) => sourceNamesIn(text, `${rel(path)}:${line}`))),
      'src/ string literals',
    );
  });

  it('the catalogs and string tables as loaded', () => {
    const tables = {
      coercionFlags: COERCION_FLAGS,
      excuseTypes: EXCUSE_TYPES,
      coreTasks: CORE_TASKS,
      outcomes: OUTCOMES,
      jurisdictions: JURISDICTIONS,
      situationRules: SITUATION_RULES,
      meterNames: BUILT_IN_METER_NAMES,
      uiStrings: UI_STRINGS,
      runLabels: RUN_LABELS,
    };
    const strings = valueStrings(tables, '');
    expect(strings.length).toBeGreaterThan(500);
    report(
      strings.flatMap(({ path, text }) => sourceNamesIn(text, path.slice(1))),
      'the catalogs and string tables',
    );
  });

  it("the help of parley and of every command", async () => {
    const helps = [['--help'], ...COMMANDS.map(([name]) => [name, '--help'])];
    const hits: Hit[] = [];
    for (const args of helps) {
      const result = await parley(args);
      expect(result.status, args.join(' ')).toBe(0);
      hits.push(...plainTextHits(`parley ${args.join(' ')}`, result.stdout + result.stderr));
    }
    report(hits, 'command help');
  });

  it('test names in tests/', () => {
    const files = filesUnder(join(ROOT, 'tests'), (f) => /\.test\.tsx?$/.test(f));
    const hits = files.flatMap((path) => {
      const text = readFileSync(path, 'utf8');
      const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
      const out: Hit[] = [];
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node)) {
          const callee = node.expression.getText(source).split('.')[0];
          const title = node.arguments[0];
          if (['it', 'test', 'describe'].includes(callee ?? '') && title && (ts.isStringLiteral(title) || ts.isNoSubstitutionTemplateLiteral(title))) {
            out.push(...sourceNamesIn(title.text, `${rel(path)}:${source.getLineAndCharacterOfPosition(title.getStart()).line + 1}`));
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      return out;
    });
    report(hits, 'test names');
  });

  it('generated roleplays, over variants × excuse types × languages × jurisdictions, and the screens that show them', () => {
    // In a generated roleplay even the random seed is called the variant: a learner cannot tell one "seed" from the other.
    const anySeed = /\bseeds?\b|semilla|种子/i;
    const hits: Hit[] = [];
    let count = 0;
    for (const language of LANGUAGES) {
      for (const jurisdiction of PROFILE_IDS) {
        for (const [k, excuse] of EXCUSE_TYPES.entries()) {
          for (const seed of [k, 1000 + k * 7919]) {
            const where = `generated (--seed ${seed} --excuse ${excuse.id} --lang ${language} --jurisdiction ${jurisdiction})`;
            const yaml = dialogueToYaml(generateDialogue({ seed, language, jurisdiction, excuses: [excuse.id] }));
            hits.push(...yamlHits(`${where} line`, yaml, [anySeed]));
            const loaded = loadDialogue(yaml, 'generated.yaml');
            if (!loaded.ok) throw new Error(`${where} does not load`);
            const compiled = compileDialogue(loaded.dialogue);
            const summary = renderDialogueSummary(compiled.dialogue, PLAIN, { seed, jurisdiction });
            const header = renderHeader(new Session(compiled, { seed }), PLAIN);
            hits.push(...sourceNamesIn(summary, `${where} summary`, [anySeed]), ...sourceNamesIn(header, `${where} header`, [anySeed]));
            count++;
          }
        }
      }
    }
    expect(count).toBe(LANGUAGES.length * PROFILE_IDS.length * EXCUSE_TYPES.length * 2);
    report(hits, 'generated roleplays');
  });
});
