import { Box, measureElement, Text, type DOMElement } from 'ink';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useUi } from '../hooks/use-ui.js';

interface Props {
  children: ReactNode;
  /**
   * Content above `children` that scrolls away first (the conversation so far):
   * when `children` is taller than the window, the window starts at its top
   * rather than at the bottom, so nothing of it is pushed out of sight unseen.
   */
  before?: ReactNode;
  /** Rows scrolled away from where the window rests: back in time for 'bottom', down the page for 'top'. */
  offset: number;
  /** 'bottom' keeps the newest content in view, like a chat. */
  anchor: 'top' | 'bottom';
  /** Told how far the content can scroll each way, so keys can stop at the ends. */
  onRange?: (max: number, min: number, view: number) => void;
}

/**
 * A window onto taller content. Ink lays the content out at its full height
 * and the window clips it; the heights are measured after each layout. Whatever
 * is out of sight is marked with a "… more above/below" row naming the key that
 * brings it into view: nothing is cut without saying so.
 */
export function ScrollView({ children, before, offset, anchor, onRange }: Props) {
  const { t } = useUi();
  const viewport = useRef<DOMElement>(null);
  const content = useRef<DOMElement>(null);
  const lead = useRef<DOMElement>(null);
  const [heights, setHeights] = useState({ view: 0, content: 0, lead: 0 });

  const max = Math.max(0, heights.content - heights.view);
  const rest = anchor === 'bottom' ? Math.min(max, before ? heights.lead : max) : 0;

  useLayoutEffect(() => {
    if (!viewport.current || !content.current) return;
    const view = measureElement(viewport.current).height;
    const inner = measureElement(content.current).height;
    const leadHeight = lead.current ? measureElement(lead.current).height : 0;
    if (view === heights.view && inner === heights.content && leadHeight === heights.lead) return;
    setHeights({ view, content: inner, lead: leadHeight });
    const nextMax = Math.max(0, inner - view);
    const nextRest = anchor === 'bottom' ? Math.min(nextMax, before ? leadHeight : nextMax) : 0;
    if (anchor === 'bottom') onRange?.(nextRest, nextRest - nextMax, view);
    else onRange?.(nextMax, 0, view);
  });

  const top = Math.min(max, Math.max(0, anchor === 'bottom' ? rest - offset : offset));
  return (
    <Box flexDirection="column" flexGrow={1} flexShrink={1} flexBasis={0}>
      {top > 0 ? (
        <Text dimColor wrap="truncate-end">
          {t.moreAbove}
        </Text>
      ) : null}
      <Box ref={viewport} flexDirection="column" flexGrow={1} flexShrink={1} flexBasis={0} overflow="hidden">
        <Box ref={content} flexDirection="column" flexShrink={0} marginTop={-top}>
          {before !== undefined ? (
            <Box ref={lead} flexDirection="column" flexShrink={0}>
              {before}
            </Box>
          ) : null}
          {children}
        </Box>
      </Box>
      {top < max ? (
        <Text dimColor wrap="truncate-end">
          {t.moreBelow}
        </Text>
      ) : null}
    </Box>
  );
}
