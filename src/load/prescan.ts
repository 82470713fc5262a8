import { CST } from 'yaml';
import { tokensWithOffsets } from './yaml-tokens.js';

export interface PrescanLimits {
  /** Longest line, in characters. */
  maxLineLength: number;
  maxNodes: number;
  maxDepth: number;
}

export interface PrescanProblem {
  code: 'PAR005' | 'PAR007';
  message: string;
  /** Character offset in the text. */
  offset: number;
}

/**
 * Cheap checks on the raw text before the YAML parser builds anything: over-long
 * lines, and documents whose token count or flow nesting alone already breaks a
 * limit. The parser's cost grows with both, and its recursion can run out of
 * stack on deep nesting, so a hostile file is refused here in one linear pass.
 */
export function prescan(text: string, limits: PrescanLimits): PrescanProblem | undefined {
  return longLine(text, limits.maxLineLength) ?? tokenLimits(text, limits);
}

function longLine(text: string, maxLength: number): PrescanProblem | undefined {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const length = end - start - (text[end - 1] === '\r' ? 1 : 0);
    if (length > maxLength) {
      return {
        code: 'PAR007',
        message: `line is ${length} characters long, over the ${maxLength}-character limit; break it up (YAML strings can span lines) or raise the limit with --max-line if the file is trusted`,
        offset: start + maxLength,
      };
    }
    start = end + 1;
  }
  return undefined;
}

function tokenLimits(text: string, limits: PrescanLimits): PrescanProblem | undefined {
  // Every walked node is a value; keys are scalars too, so a document within
  // maxNodes has at most about twice as many value-like tokens.
  const maxTokens = limits.maxNodes * 2;
  let tokens = 0;
  let depth = 0;
  // `- - - - x` opens one block sequence per dash on a single line; the parser recurses on each.
  let dashesOnLine = 0;
  for (const { token, offset } of tokensWithOffsets(text)) {
    switch (CST.tokenType(token)) {
      case 'newline':
        dashesOnLine = 0;
        break;
      case 'seq-item-ind':
        if (++dashesOnLine > limits.maxDepth) {
          return { code: 'PAR005', message: `the document nests deeper than ${limits.maxDepth} levels; raise the limit with --max-depth if the file is trusted`, offset };
        }
        break;
      case 'scalar':
      case 'alias':
        tokens++;
        break;
      case 'flow-map-start':
      case 'flow-seq-start':
        tokens++;
        if (++depth > limits.maxDepth) {
          return { code: 'PAR005', message: `the document nests deeper than ${limits.maxDepth} levels; raise the limit with --max-depth if the file is trusted`, offset };
        }
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        depth = Math.max(0, depth - 1);
        break;
      default:
        break;
    }
    if (tokens > maxTokens) {
      return {
        code: 'PAR005',
        message: `the document has more than ${limits.maxNodes} nodes; raise the limit with --max-nodes if the file is trusted`,
        offset,
      };
    }
  }
  return undefined;
}
