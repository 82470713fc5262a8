import { CST, Lexer } from 'yaml';

/** The lexer's marker tokens take no room in the text; every other token is text, in order. */
const MARKERS = new Set([CST.DOCUMENT, CST.FLOW_END, CST.SCALAR]);

/**
 * The `yaml` lexer's tokens with the offset where each starts in the text. A
 * marker (the one-character token announcing a document, a scalar or the end
 * of a flow collection) takes no room: its offset is that of what follows.
 */
export function* tokensWithOffsets(source: string): Generator<{ token: string; offset: number }> {
  let offset = 0;
  for (const token of new Lexer().lex(source)) {
    yield { token, offset };
    if (!MARKERS.has(token)) offset += token.length;
  }
}
