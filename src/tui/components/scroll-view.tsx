import { Box, measureElement, type DOMElement } from 'ink';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Rows scrolled away from the anchor: back in time for 'bottom', down the page for 'top'. */
  offset: number;
  /** 'bottom' keeps the newest content in view, like a chat. */
  anchor: 'top' | 'bottom';
  /** Told how far the content can scroll, so keys can stop at the ends. */
  onRange?: (max: number) => void;
}

/**
 * A window onto taller content. Ink lays the content out at its full height
 * (wrapping by display width, so wide characters stay aligned) and the window
 * clips it; the content's height is measured after each layout.
 */
export function ScrollView({ children, offset, anchor, onRange }: Props) {
  const viewport = useRef<DOMElement>(null);
  const content = useRef<DOMElement>(null);
  const [heights, setHeights] = useState({ view: 0, content: 0 });

  useLayoutEffect(() => {
    if (!viewport.current || !content.current) return;
    const view = measureElement(viewport.current).height;
    const inner = measureElement(content.current).height;
    if (view === heights.view && inner === heights.content) return;
    setHeights({ view, content: inner });
    onRange?.(Math.max(0, inner - view));
  });

  const max = Math.max(0, heights.content - heights.view);
  const shift = Math.min(Math.max(0, offset), max);
  const top = anchor === 'bottom' ? max - shift : shift;
  return (
    <Box ref={viewport} flexDirection="column" flexGrow={1} flexShrink={1} flexBasis={0} overflow="hidden">
      <Box ref={content} flexDirection="column" flexShrink={0} marginTop={-top}>
        {children}
      </Box>
    </Box>
  );
}
