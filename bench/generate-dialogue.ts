/**
 * Synthetic dialogues for benchmarks: N debtor turns, three to five choices each,
 * guards on meters, some flagged choices, every state reachable (turn i always
 * leads on to turn i+1), and the same story written in ink so inkjs does the
 * same work. Deterministic for a seed.
 */
export interface GeneratedDialogue {
  yaml: string;
  ink: string;
  turns: number;
}

const FINALS = [
  { id: 'paid', outcome: 'paid_today', line: 'Fine, it is paid.' },
  { id: 'promised', outcome: 'promise_to_pay', line: 'Friday, the full amount. Promise.' },
  { id: 'hung_up', outcome: 'hung_up', line: 'I am hanging up now.' },
];
const FLAGS = ['false_deadline', 'guilt_trip', 'pressure_to_borrow', 'misrepresent_consequences'];

interface Choice {
  id: string;
  text: string;
  target: string;
  trust: number;
  guard?: number;
  flag?: string;
}

function random(seed: number): () => number {
  let state = seed | 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function plan(turns: number, seed: number): Choice[][] {
  const next = random(seed);
  const turnId = (i: number) => (i < turns ? `t${i}` : FINALS[0]!.id);
  return Array.from({ length: turns }, (_, i) => {
    const count = 3 + (i % 3);
    const choices: Choice[] = [
      { id: 'agree', text: `I hear you. Can we settle turn ${i} today?`, target: turnId(i + 1), trust: 1 },
      { id: 'plan', text: `Would a plan help with part ${i}?`, target: i + 2 < turns ? turnId(i + 2) : FINALS[1]!.id, trust: 0, guard: 4 },
      {
        id: 'push',
        text: `Pay now or else, step ${i}.`,
        target: i % 7 === 0 ? FINALS[2]!.id : turnId(i + 1),
        trust: -2,
        ...(i % 2 === 0 ? { flag: FLAGS[i % FLAGS.length]! } : {}),
      },
    ];
    for (let k = 3; k < count; k++) {
      const jump = Math.min(turns, i + 1 + Math.floor(next() * 4));
      choices.push({ id: `ask_${k}`, text: `Tell me more about ${i}/${k}.`, target: turnId(jump), trust: k % 2 ? 1 : -1 });
    }
    return choices;
  });
}

export function generateDialogue(turns: number, seed = 1): GeneratedDialogue {
  const turnsPlan = plan(turns, seed);
  const yaml: string[] = [
    `id: bench-${turns}`,
    'initial: t0',
    'meta:',
    `  title: "Benchmark dialogue, ${turns} turns"`,
    '  language: en',
    '  setting: { channel: phone, debt_kind: credit_card, stage: early }',
    '  debtor:',
    '    name: Bench Debtor',
    '    persona: { ability: able, willingness: willing, temperament: calm, true_reason: "Synthetic." }',
    '    excuses: [pay_tomorrow]',
    '    debt: { amount: 500, currency: USD, days_past_due: 30 }',
    'states:',
  ];
  const ink: string[] = ['VAR trust = 5', 'VAR legal_exposure = 0', '-> t0'];
  turnsPlan.forEach((choices, i) => {
    yaml.push(`  t${i}:`, `    line: "Turn ${i}: I'll pay tomorrow, I swear."`, '    excuse: pay_tomorrow', '    choices:');
    ink.push(`=== t${i} ===`, `Turn ${i}: I'll pay tomorrow, I swear.`);
    for (const c of choices) {
      yaml.push(`      - id: ${c.id}`, `        text: "${c.text}"`, `        target: ${c.target}`);
      if (c.trust) yaml.push(`        meters: { trust: ${c.trust} }`);
      if (c.guard !== undefined) yaml.push(`        guard: { type: meterAtLeast, params: { meter: trust, value: ${c.guard} } }`);
      if (c.flag) yaml.push(`        flags: [${c.flag}]`, `        better: "Ask calmly."`, `        feedback: "Pressure."`);
      ink.push(`* ${c.guard !== undefined ? `{trust >= ${c.guard}} ` : ''}[${c.text}]`);
      if (c.trust) ink.push(`  ~ trust = MAX(0, MIN(10, trust + ${c.trust}))`);
      if (c.flag) ink.push('  ~ legal_exposure = MIN(10, legal_exposure + 2)');
      ink.push(`  -> ${c.target}`);
    }
  });
  for (const f of FINALS) {
    yaml.push(`  ${f.id}:`, '    type: final', `    line: "${f.line}"`, `    outcome: ${f.outcome}`);
    ink.push(`=== ${f.id} ===`, f.line, '-> END');
  }
  return { yaml: `${yaml.join('\n')}\n`, ink: `${ink.join('\n')}\n`, turns };
}
