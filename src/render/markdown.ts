import { sanitize, sanitizeLine } from '../text/sanitize.js';

/**
 * Text from a file made safe inside Markdown: control sequences stripped, and
 * the characters that would turn it into markup, links or HTML escaped, so a
 * dialogue line cannot restyle a pull-request comment or a report.
 */
export function md(text: string): string {
  return sanitize(text)
    .replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}

/** Inline code: a code span cannot escape a backtick, so backticks become quotes. */
export function mdCode(text: string): string {
  return `\`${sanitizeLine(text).replace(/`/g, "'").replace(/\|/g, '\\|')}\``;
}

/** A block quote that keeps the text's own line breaks. */
export function mdQuote(text: string): string {
  return sanitize(text)
    .split(/\r?\n/)
    .map((line) => `> ${line.replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`)}`)
    .join('\n');
}

export function mdTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}
