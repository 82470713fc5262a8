import { posix } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

/** The `$id` of schema/dialogue.schema.json: the one URL a dialogue may name as its schema. */
export const PROJECT_SCHEMA_URL = 'https://parley.invalid/schema/dialogue.schema.json';

// What yaml-language-server 1.25 takes for a modeline (services/modelineUtil.js): a comment
// starting `# yaml-language-server:` or `# $schema:`, whose first `$schema=…` or `$schema: …`
// anywhere on the line names the schema. Parley looks at every comment line, not only the
// ones before the document (a superset: an editor reads the header, a later edit moves it),
// and also takes `#yaml-language-server` without the space.
const MODELINE = /^\s*#\s*(?:yaml-language-server\s*:|\$schema:)/;
const SCHEMA_IN_LINE = /\$schema(?:=|:[^\S\r\n]*)(\S+)/;
const SCHEME = /^[a-z][a-z0-9+.-]+:/i;
const PROJECT_SCHEMA_PATH = /(?:^|\/)schema\/dialogue\.schema\.json$/;

/**
 * The `# yaml-language-server: $schema=…` line is the only path a dialogue names.
 * Parley never opens it, but an editor does: a shared file could make a
 * colleague's editor fetch a URL or read a file anywhere on their disk. So it
 * may only be Parley's schema (by URL, or a relative path to a
 * `schema/dialogue.schema.json`, which is where `parley new` and `parley
 * schema` put it) or a path inside the dialogue's own folder; URLs, absolute
 * paths and other files outside the folder are reported as a warning.
 */
export function checkSchemaReference(text: string, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Every modeline holds '$schema'; finding those by search keeps large files cheap.
  let index = 0;
  let lineStart = 0;
  for (let hit = text.indexOf('$schema'); hit !== -1; ) {
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < hit; nl = text.indexOf('\n', lineStart)) {
      index++;
      lineStart = nl + 1;
    }
    const end = text.indexOf('\n', hit);
    const raw = text.slice(lineStart, end === -1 ? text.length : end).replace(/\r$/, '');
    // One modeline per line at most: the next search starts on the next line.
    hit = end === -1 ? -1 : text.indexOf('$schema', end);
    const bom = raw.startsWith('\uFEFF') ? 1 : 0;
    const line = raw.slice(bom);
    if (!MODELINE.test(line)) continue;
    const match = SCHEMA_IN_LINE.exec(line);
    const target = match ? match[1]! : '';
    const problem = schemaTargetProblem(target);
    if (!problem) continue;
    const col = match ? match.index + match[0].length - target.length : line.indexOf('$schema');
    diagnostics.push({
      code: 'PAR014',
      severity: 'warning',
      message: `the $schema line ${problem}: ${JSON.stringify(target)}`,
      file,
      line: index + 1,
      col: col + 1 + bom,
      hint: `use $schema=${PROJECT_SCHEMA_URL} or a relative path to Parley's schema/dialogue.schema.json`,
    });
  }
  return diagnostics;
}

function schemaTargetProblem(target: string): string | undefined {
  if (target === '') return 'is empty';
  if (target === PROJECT_SCHEMA_URL) return undefined;
  if (/^[a-z]:[\\/]/i.test(target) || /^[\\/~]/.test(target)) return 'names an absolute path, outside the dialogue\'s folder';
  if (SCHEME.test(target)) return "points to a URL other than Parley's schema; an editor would fetch it";
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return 'is not a valid path';
  }
  const path = posix.normalize(decoded.replace(/\\/g, '/'));
  if (PROJECT_SCHEMA_PATH.test(path)) return undefined;
  if (path === '..' || path.startsWith('../') || path.startsWith('/')) return "points outside the dialogue's folder";
  return undefined;
}
