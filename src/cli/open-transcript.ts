import { FileError } from '../io/file-error.js';
import { TranscriptWriter } from '../io/transcript-writer.js';
import { sanitizeLine } from '../text/sanitize.js';
import type { TranscriptHeader } from '../transcript/transcript-format.js';
import type { Output } from './output.js';
import { isDirectory } from '../io/path-kind.js';

/**
 * A transcript file is created exclusively, so two runs never share one. A
 * folder (existing, or written with a trailing slash) gets a fresh file named
 * after the dialogue. Returns the writer, or why it could not be opened.
 */
export function openTranscript(path: string, header: TranscriptHeader, output: Output): TranscriptWriter | string {
  try {
    if (/[\\/]$/.test(path) || isDirectory(path)) {
      const writer = TranscriptWriter.createIn(path, header);
      output.err(`transcript: ${sanitizeLine(writer.path)}`);
      return writer;
    }
    return TranscriptWriter.create(path, header);
  } catch (error) {
    // A disk that fills while the header is written is an I/O error, not a bad name.
    if (error instanceof FileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return `transcript ${path} already exists; give another file name, or a folder to get a fresh file in it`;
    if (code === 'ENOENT') return `cannot create transcript ${path}: its folder does not exist`;
    if (code === 'EACCES' || code === 'EPERM') return `cannot create transcript ${path}: permission denied`;
    return `cannot create transcript ${path} (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

