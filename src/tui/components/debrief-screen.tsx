import { Box, Text } from 'ink';
import { useMemo, type ReactNode } from 'react';
import { bestCompliantPath } from '../../analyze/best-path.js';
import { comparePaths } from '../../analyze/path-divergence.js';
import { scoreVerdict } from '../../render/score-verdict.js';
import { truncateWidth } from '../../render/text-width.js';
import { sanitize, sanitizeLine } from '../../text/sanitize.js';
import { Inset, useWidth } from '../width.js';
import { Field, FlagDetails } from './flag-banner.js';
import { Hanging, Wrapped } from './wrapped.js';
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
  const width = useWidth();
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
  const flaggedTurns = session.steps.filter((step) => step.flags.length > 0).map((step) => ({ step, flags: step.flags }));
  return (
    <Box flexDirection="column" flexGrow={1}>
      <Box borderStyle="round" paddingX={1} flexShrink={0}>
        <Text bold>{truncateWidth(`${t.debrief} · ${sanitizeLine(session.dialogue.meta.title)}`, width - 4)}</Text>
      </Box>
      {help ? (
        <HelpPanel keys={keys} />
      ) : (
        <ScrollView anchor="top" offset={scroll.offset} onRange={scroll.setRange}>
          <Hanging
            label={
              <Text bold>
                {t.outcome}
                {t.colon}
              </Text>
            }
            labelText={`${t.outcome}${t.colon}`}
            text={debrief.outcome ? debrief.outcome.name : t.unfinished(debrief.turns)}
            color={debrief.outcome ? hue(debrief.outcome.kind === 'success' ? 'green' : debrief.outcome.kind === 'failure' ? 'red' : 'yellow') : undefined}
          />
          {debrief.outcome?.unsustainable ? (
            <Box paddingLeft={2}>
              <Inset by={2}>
                <Wrapped color={hue('yellow')} text={sanitizeLine(debrief.outcome.unsustainable)} />
              </Inset>
            </Box>
          ) : null}
          <Hanging
            label={
              <Text bold>
                {t.score}
                {t.colon}
              </Text>
            }
            labelText={`${t.score}${t.colon}`}
            text={`${score.total}/100${t.aside(t.scoreParts(score.outcome, score.tasks, score.penalties))}`}
            bold
          />
          <Hanging
            label={
              <Text bold>
                {t.result}
                {t.colon}
              </Text>
            }
            labelText={`${t.result}${t.colon}`}
            text={scoreVerdict(score, session.language)}
            color={hue(score.passed ? 'green' : 'red')}
            bold
          />
          <Hanging
            label={
              <Text bold>
                {t.rules}
                {t.colon}
              </Text>
            }
            labelText={`${t.rules}${t.colon}`}
            text={`${debrief.jurisdiction.name} — ${debrief.jurisdiction.rules}`}
          />
          {recorder.failure ? (
            <Wrapped color={hue('red')} text={`${t.transcriptNotSaved} ${sanitizeLine(recorder.failure.reason)}`} />
          ) : (
            <Wrapped dimColor text={`${t.savedAt} ${recorder.path}`} />
          )}
          <Section title={t.coreTasks}>
            {debrief.tasks.map((task) => (
              <Hanging
                key={task.id}
                label={
                  <Text>
                    {'  '}
                    <Text color={hue(task.met ? 'green' : 'red')}>{task.met ? '[x]' : '[ ]'}</Text>{' '}
                  </Text>
                }
                labelText="  [x] "
                text={task.turn ? `${task.name}${t.aside(t.turn(task.turn))}` : task.name}
              />
            ))}
          </Section>
          <Section title={t.trueReason}>
            <Box paddingLeft={2} flexDirection="column">
              <Inset by={2}>
                <Wrapped text={sanitize(debrief.trueReason.reason)} />
                {debrief.trueReason.tracked ? (
                  <Wrapped
                    color={hue(debrief.trueReason.found ? 'green' : 'yellow')}
                    text={debrief.trueReason.found ? t.foundIt(debrief.trueReason.turn ?? 0) : t.notFound}
                  />
                ) : null}
              </Inset>
            </Box>
          </Section>
          <Section title={t.flags}>
            {debrief.flags.length === 0 ? (
              <Text color={hue('green')}>
                {'  '}
                {t.none}
              </Text>
            ) : (
              flaggedTurns.map(({ step, flags }) => (
                <Box key={step.turn} flexDirection="column" marginBottom={1}>
                  <Hanging
                    label={
                      <Text bold>
                        {'  '}
                        {t.turn(step.turn)}
                        {t.colon}
                      </Text>
                    }
                    labelText={`  ${t.turn(step.turn)}${t.colon}`}
                    text={`${t.open}${step.typed ? sanitizeLine(step.typed.text) : sanitize(step.choice.text)}${t.close}`}
                  />
                  <Box flexDirection="column" paddingLeft={4}>
                    <Inset by={4}>
                      {flags.map((flag) => (
                        <FlagDetails key={flag.id} flag={flag} jurisdictions={session.dialogue.meta.jurisdictions} />
                      ))}
                      {step.feedback ? <Field label={t.coaching} text={sanitize(step.feedback)} /> : null}
                    </Inset>
                  </Box>
                </Box>
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
      <Wrapped bold text={title} />
      {children}
    </Box>
  );
}
