/**
 * Parley as a library (`import … from 'parley'`): the same load → validate →
 * compile → engine pipeline the CLI runs, and the transcript format. docs/architecture.md,
 * "Parley as a library", documents it; what is not exported here may change.
 */
export { loadDialogue, DEFAULT_DIALOGUE_LIMITS, type LoadResult, type DialogueLimits } from '../validate/load-dialogue.js';
export { loadDialogueFile, DEFAULT_LIMITS, type LoadedDialogueFile, type LoadLimits } from '../io/load-dialogue-file.js';
export type { Diagnostic } from '../diagnostics/diagnostic.js';
export type { Dialogue } from '../schema/dialogue.js';
export { compileDialogue, machineConfig, type CompiledDialogue } from '../compile/compile-machine.js';
export { Session, startSession, ChoiceUnavailableError, UndoNotAllowedError, type SessionOptions } from '../engine/session.js';
export type { Turn, Step, Debrief, FlagHit, ChoiceView, MeterReading, Mode, OutcomeView, TypedReply } from '../engine/types.js';
export {
  TRANSCRIPT_FORMAT,
  TRANSCRIPT_VERSION,
  TranscriptLineSchema,
  type TranscriptLine,
  type TranscriptHeader,
  type TranscriptStep,
  type TranscriptUndo,
  type TranscriptEnd,
} from '../transcript/transcript-format.js';
export { parseTranscriptLine, type ParsedLine } from '../transcript/parse-transcript-line.js';
export { readTranscript, type ReadTranscript, type RawLine } from '../transcript/read-transcript.js';
export { readLines } from '../io/read-lines.js';
export { replayTranscript, type ReplayResult } from '../transcript/replay-transcript.js';
export { sessionOptionsOf } from '../transcript/session-options-of.js';
export { TranscriptWriter, transcriptHeader } from '../io/transcript-writer.js';
export { transcriptJsonSchema } from '../transcript/transcript-json-schema.js';
