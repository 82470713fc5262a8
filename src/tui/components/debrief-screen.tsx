import { Box, Text } from 'ink';
import { useMemo, type ReactNode } from 'react';
import { bestCompliantPath } from '../../analyze/best-path.js';
import { comparePaths } from '../../analyze/path-divergence.js';
import { formatReferences } from '../../render/format-reference.js';
import { scoreVerdict } from '../../render/score-verdict.js';
import { sanitizeLine } from '../../text/sanitize.js';
import { useKeys } from '../hooks/use-keys.js';
import { useScroll } from '../hooks/use-scroll.js';
import { useHue, useUi } from '../hooks/use-ui.js';
import { keysFor } from '../keys.js';
import type { Run } from '../run.js';
import { HelpPanel } from './help-panel.js';
import { KeyBar } from './key-bar.js';
import { MeterChart } from './meter-chart.js';
import { PathComparison } from './path-comparison.js';
import { ScrollView } from './scroll-view.js';
import { SeverityMark } from './severity-mark.js';
import { StatusLine } from './status-line.js';

interface Props {
  run: Run;
  help: boolean;
  note?: string | undefined;
  onReplay(): void;
  /** Back to the library; absent when there is no other dialogue to choose. */
  onMenu?: (() => void) | undefined;
}

/**
 * The end of a session: outcome, core tasks, flags with their rules, the
 * meters over the turns, the score, where the transcript is, and the learner's
 * path beside the compliant one.
 */
export function DebriefScreen({ run, help, note, onReplay, onMenu }: Props) {
  const { t } = useUi();
  const hue = useHue();
  const { session, recorder } = run;
  const debrief = useMemo(() => session.debrief(), [session, session.steps.length]);
  const comparison = useMemo(() => {
    const best = bestCompliantPath(run.dialogue.compiled, { seed: session.seed, language: session.language });
    if (!best) return undefined;
    return comparePaths(
      session.steps.map((s) => s.choice),
      best.choices,
    );
  }, [run.dialogue, session, session.steps.length]);
  const scroll = useScroll(session, 'down');
  const keys = keysFor('debrief', t, { menu: Boolean(onMenu) });

  useKeys((input, key) => {
    if (scroll.handle(key, true)) return;
    if (input === 'r') onReplay();
    else if (input === 'm' && onMenu) onMenu();
  }, !help);

  const { score } = debrief;
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Box borderStyle="round" paddingX={1} flexShrink={0}>
        <Text bold wrap="truncate-end">
          {t.debrief} · {sanitizeLine(session.dialogue.meta.title)}
        </Text>
      </Box>
      {help ? (
        <HelpPanel keys={keys} />
      ) : (
        <ScrollView anchor="top" offset={scroll.offset} onRange={scroll.setRange}>
          <Text>
            <Text bold>
              {t.outcome}
              {t.colon}
            </Text>
            {debrief.outcome ? (
              <Text color={hue(debrief.outcome.kind === 'success' ? 'green' : debrief.outcome.kind === 'failure' ? 'red' : 'yellow')}>
                {debrief.outcome.name}
              </Text>
            ) : (
              t.unfinished(debrief.turns)
            )}
          </Text>
          {debrief.outcome?.unsustainable ? <Text color={hue('yellow')}>{'  '}{sanitizeLine(debrief.outcome.unsustainable)}</Text> : null}
          <Text>
            <Text bold>
              {t.score}
              {t.colon}
              {score.total}/100
            </Text>{' '}
            <Text dimColor>({t.scoreParts(score.outcome, score.tasks, score.penalties)})</Text>{' '}
            <Text color={hue(score.passed ? 'green' : 'red')}>{scoreVerdict(score, session.language)}</Text>
          </Text>
          <Text dimColor>
            {t.savedAt} {recorder.path}
          </Text>
          <Section title={t.coreTasks}>
            {debrief.tasks.map((task) => (
              <Text key={task.id}>
                {'  '}
                <Text color={hue(task.met ? 'green' : 'red')}>{task.met ? '[x]' : '[ ]'}</Text> {task.name}
                {task.turn ? <Text dimColor> ({t.turn(task.turn)})</Text> : null}
              </Text>
            ))}
          </Section>
          <Section title={t.flags}>
            {debrief.flags.length === 0 ? (
              <Text color={hue('green')}>
                {'  '}
                {t.none}
              </Text>
            ) : (
              debrief.flags.map((flag, index) => (
                <Text key={`${flag.turn}-${flag.id}-${index}`}>
                  {'  '}
                  {t.turn(flag.turn)}
                  {t.colon}
                  <SeverityMark severity={flag.severity} /> {flag.name}{' '}
                  <Text dimColor>— {formatReferences(flag.references, session.dialogue.meta.jurisdictions, session.language)}</Text>
                </Text>
              ))
            )}
          </Section>
          <Section title={t.metersOverTurns}>
            <MeterChart dialogue={session.dialogue} series={debrief.meters} />
          </Section>
          <Section title={t.pathsCompared}>
            <PathComparison comparison={comparison} />
          </Section>
        </ScrollView>
      )}
      <StatusLine text={note} />
      <KeyBar keys={keys} />
    </Box>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box flexDirection="column" marginTop={1}>
      <Text bold>{title}</Text>
      {children}
    </Box>
  );
}
