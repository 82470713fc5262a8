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
import { ChoiceList } from './choice-list.js';
import { Hanging, Wrapped } from './wrapped.js';
import { Inset } from '../width.js';
import { useState } from 'react';
import { jurisdictions } from '../../catalog/jurisdictions.js';
import { LANGUAGE_NAMES } from '../ui-strings.js';
import type { Language } from '../../schema/language.js';

interface Props {
  entries: readonly LibraryEntry[];
  /** Every language version of each dialogue, by id. */
  versions?: ReadonlyMap<string, readonly LibraryEntry[]>;
  /** No --lang: a dialogue with several versions asks which one to play. */
  askLanguage?: boolean;
  onChoose(entry: LibraryEntry): void;
  help: boolean;
  note?: string | undefined;
  /** Terminal rows, to keep the highlighted dialogue in view. */
  rows: number;
}

const ENTRY_ROWS = 3;

/** "EN/US": the version's language and the country its call is set in. */
const versionTag = (entry: LibraryEntry) => `${entry.language.toUpperCase()}/${entry.jurisdiction.toUpperCase()}`;

/** "English — United States", in the interface language. */
const versionName = (entry: LibraryEntry, language: Language) =>
  `${LANGUAGE_NAMES[language][entry.language]} — ${jurisdictions.get(entry.jurisdiction)?.name[language] ?? entry.jurisdiction.toUpperCase()}`;

/** The library: every dialogue with its title, excuse types, language and setting. */
export function MenuScreen({ entries, versions, askLanguage = false, onChoose, help, note, rows }: Props) {
  const { t, language } = useUi();
  const hue = useHue();
  const cursor = useCursorList(entries.length, entries);
  const [asking, setAsking] = useState<readonly LibraryEntry[]>();
  const picker = useCursorList(asking?.length ?? 0, asking);
  const versionsOf = (entry: LibraryEntry) => versions?.get(entry.id) ?? [entry];
  const open = (entry: LibraryEntry) => {
    const all = versionsOf(entry);
    if (askLanguage && all.length > 1) setAsking(all);
    else onChoose(entry);
  };
  const digits = String(entries.length).length;
  const fits = Math.max(1, Math.floor((rows - 6) / ENTRY_ROWS));
  const first = Math.max(0, cursor.index - fits + 1);
  const keys = asking ? keysFor('quiz', t, { items: asking.length }) : keysFor('menu', t, { items: entries.length });

  useKeys((input, key) => {
    if (asking) {
      const picked = /^[1-9]$/.test(input) ? asking[Number(input) - 1] : key.return ? asking[picker.current()] : undefined;
      if (picked) {
        setAsking(undefined);
        onChoose(picked);
      } else if (key.escape) setAsking(undefined);
      else if (key.upArrow || input === 'k') picker.move(-1);
      else if (key.downArrow || input === 'j') picker.move(1);
      return;
    }
    if (/^[1-9]$/.test(input)) {
      const entry = entries[Number(input) - 1];
      if (entry) open(entry);
    } else if (key.return) {
      const entry = entries[cursor.current()];
      if (entry) open(entry);
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
      ) : asking ? (
        <Box flexDirection="column" flexShrink={0}>
          <Wrapped bold text={sanitizeLine(asking[0]!.title)} />
          <ChoiceList title={t.chooseLanguage} items={asking.map((v) => ({ key: v.file, text: versionName(v, language) }))} selected={picker.index} />
        </Box>
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
                <Hanging
                  label={
                    <Text bold={current} color={current ? hue('cyan') : undefined}>
                      {current ? '› ' : '  '}
                      {String(index + 1).padStart(digits)}.{' '}
                    </Text>
                  }
                  labelText={`  ${String(index + 1).padStart(digits)}. `}
                  text={`${sanitizeLine(entry.title)} [${versionsOf(entry).map(versionTag).join(' · ')}]`}
                  bold={current}
                  color={current ? hue('cyan') : undefined}
                />
                <Box paddingLeft={digits + 4}>
                  <Inset by={digits + 4}>
                    <Wrapped dimColor text={`${setting.join(' · ')} · ${t.excuses}${t.colon}${excuses}`} />
                  </Inset>
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
