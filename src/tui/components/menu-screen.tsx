import { Box, Text } from 'ink';
import { excuseTypes } from '../../catalog/index.js';
import type { LibraryEntry } from '../../io/dialogue-library.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { useCursorList } from '../hooks/use-cursor-list.js';
import { useKeys } from '../hooks/use-keys.js';
import { useHue, useUi } from '../hooks/use-ui.js';
import { keysFor } from '../keys.js';
import { HelpPanel } from './help-panel.js';
import { KeyBar } from './key-bar.js';
import { ScrollView } from './scroll-view.js';
import { StatusLine } from './status-line.js';

interface Props {
  entries: readonly LibraryEntry[];
  onChoose(entry: LibraryEntry): void;
  help: boolean;
  note?: string | undefined;
  /** Terminal rows, to keep the highlighted dialogue in view. */
  rows: number;
}

const ENTRY_ROWS = 3;

/** The library: every dialogue with its title, excuse types, language and setting. */
export function MenuScreen({ entries, onChoose, help, note, rows }: Props) {
  const { t, language } = useUi();
  const hue = useHue();
  const cursor = useCursorList(entries.length, entries);
  const fits = Math.max(1, Math.floor((rows - 6) / ENTRY_ROWS));
  const first = Math.max(0, cursor.index - fits + 1);
  const keys = keysFor('menu', t, { items: entries.length });

  useKeys((input, key) => {
    if (/^[1-9]$/.test(input)) {
      const entry = entries[Number(input) - 1];
      if (entry) onChoose(entry);
    } else if (key.return) {
      const entry = entries[cursor.current()];
      if (entry) onChoose(entry);
    } else if (key.upArrow || input === 'k') cursor.move(-1);
    else if (key.downArrow || input === 'j') cursor.move(1);
  }, !help);

  return (
    <Box flexDirection="column" flexGrow={1}>
      <Box borderStyle="round" paddingX={1} flexShrink={0}>
        <Text bold>Parley</Text>
        <Text> · {t.menuTitle}</Text>
      </Box>
      {help ? (
        <HelpPanel keys={keys} />
      ) : entries.length === 0 ? (
        <Text>{t.menuEmpty}</Text>
      ) : (
        <ScrollView anchor="top" offset={first * ENTRY_ROWS}>
          {entries.map((entry, index) => {
            const current = index === cursor.index;
            const excuses = entry.excuses.map((id) => excuseTypes.get(id)?.name[language] ?? id).join(', ');
            const setting = [t.channel[entry.channel], t.debtKind[entry.debtKind as keyof typeof t.debtKind] ?? entry.debtKind, t.stage[entry.stage]];
            return (
              <Box key={entry.file} flexDirection="column" marginBottom={1}>
                <Text bold={current} color={current ? hue('cyan') : undefined}>
                  {current ? '› ' : '  '}
                  {index + 1}. {sanitizeLine(entry.title)} <Text dimColor>[{entry.language.toUpperCase()}]</Text>
                </Text>
                <Box paddingLeft={5}>
                  <Text dimColor>
                    {setting.join(' · ')} · {t.excuses}
                    {t.colon}
                    {excuses}
                  </Text>
                </Box>
              </Box>
            );
          })}
        </ScrollView>
      )}
      <StatusLine text={note} />
      <KeyBar keys={keys} />
    </Box>
  );
}
