import { createContext, useContext, type ReactNode } from 'react';

/**
 * The columns a component may draw in. The app starts it at the terminal's
 * width; every border, padding and indent hands its children what is left, so
 * text can be wrapped here (src/render/text-width.ts) rather than by ink.
 */
export const WidthContext = createContext(80);

export const useWidth = (): number => useContext(WidthContext);

/** Children get `by` columns fewer (a border, a padding, an indent). */
export function Inset({ by, children }: { by: number; children: ReactNode }) {
  const width = useWidth();
  return <WidthContext.Provider value={Math.max(1, width - by)}>{children}</WidthContext.Provider>;
}

/** Children get exactly `width` columns (a table cell). */
export function Columns({ width, children }: { width: number; children: ReactNode }) {
  return <WidthContext.Provider value={Math.max(1, Math.floor(width))}>{children}</WidthContext.Provider>;
}
