import type { YAMLError } from 'yaml';
import { tokensWithOffsets } from './yaml-tokens.js';

/**
 * A YAML syntax error as an author needs it: where the fix goes and what to
 * do. The parser reports some errors where it noticed them, which is not
 * where the mistake is: an unclosed quote at the end of the line or file, a
 * misaligned key at the start of its line. Others pass through as they are.
 */
export function syntaxProblem(error: YAMLError, source: string): { message: string; offset: number } {
  const offset = error.pos[0];
  const first = error.message.split('\n')[0]!;
  if (error.code === 'MISSING_CHAR' && /quote/.test(first)) {
    const opened = quoteOpening(source, offset);
    if (opened !== undefined) {
      const quote = source[opened]!;
      return { message: `the quoted text that starts here is never closed; add the closing ${quote} where the text ends`, offset: opened };
    }
  }
  const flow = /^Flow (sequence|map) in block collection/.exec(first);
  if (error.code === 'BAD_INDENT' && flow) {
    const opened = unclosedFlow(source, offset);
    if (opened !== undefined) {
      const close = source[opened] === '[' ? ']' : '}';
      return { message: `the ${source[opened]} that starts here is never closed; add the ${close} where the ${flow[1] === 'map' ? 'mapping' : 'list'} ends`, offset: opened };
    }
  }
  if (error.code === 'BAD_INDENT' && /mapping items must start at the same column/.test(first)) {
    const lineStart = source.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    const key = lineStart + indentAt(source, lineStart);
    const above = previousContentLine(source, lineStart);
    if (above !== undefined) {
      const aboveIndent = indentAt(source, above);
      return {
        message: `keys of one mapping must line up: this key is indented ${key - lineStart} spaces, the line above ${aboveIndent}; indent both the same`,
        offset: key,
      };
    }
    return { message: first, offset: key };
  }
  return { message: first, offset };
}

/** Where the quoted scalar that runs up to `offset` opens. */
function quoteOpening(source: string, offset: number): number | undefined {
  let found: number | undefined;
  for (const { token, offset: at } of tokensWithOffsets(source)) {
    if (at > offset) break;
    if ((token[0] === '"' || token[0] === "'") && offset <= at + token.length) found = at;
  }
  return found;
}

/** The outermost `[` or `{` still open when the text reaches `offset`. */
function unclosedFlow(source: string, offset: number): number | undefined {
  const open: number[] = [];
  for (const { token, offset: at } of tokensWithOffsets(source)) {
    if (at >= offset) break;
    if (token === '[' || token === '{') open.push(at);
    else if (token === ']' || token === '}') open.pop();
  }
  return open[0];
}

function indentAt(source: string, lineStart: number): number {
  let i = lineStart;
  while (source[i] === ' ') i++;
  return i - lineStart;
}

/** Start of the closest line before `lineStart` that holds more than spaces or a comment. */
function previousContentLine(source: string, lineStart: number): number | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = source.lastIndexOf('\n', end - 1) + 1;
    const text = source.slice(start, end).trim();
    if (text !== '' && !text.startsWith('#')) return start;
    end = start - 1;
  }
  return undefined;
}
