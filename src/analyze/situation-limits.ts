/** Situations expanded per dialogue before the deep check gives up (kept apart so the CLI can name it without loading the analysis). */
export const DEFAULT_MAX_SITUATIONS = 200_000;
