import { codedPart } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceMap } from '../load/source-map.js';
import type { Finding } from './finding.js';

/** A finding at the place it was written: the source map turns its path into file:line:col. */
export function positionFinding(finding: Finding, sourceMap: SourceMap, file: string): Diagnostic {
  const at = sourceMap.at(finding.path, { key: finding.atKey ?? false });
  return {
    ...codedPart(finding),
    message: finding.message,
    file,
    line: at.line,
    col: at.col,
    path: sourceMap.sourcePath(finding.path),
    ...(finding.hint ? { hint: finding.hint } : {}),
  };
}

