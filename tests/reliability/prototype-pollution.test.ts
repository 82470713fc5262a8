import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileDialogue } from '../../src/compile/compile-machine.js';
import { explorePaths } from '../../src/analyze/explore-paths.js';
import { ChoiceUnavailableError, Session } from '../../src/engine/session.js';
import { loadDialogueFile } from '../../src/io/load-dialogue-file.js';
import { loadDialogue } from '../../src/validate/load-dialogue.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { readTranscriptText } from '../helpers/transcripts.js';
import { MINIMAL_DIALOGUE } from '../helpers/dialogue-text.js';
import { runTestFile } from '../../src/testing/run-tests.js';
import { CASES_DIR } from './bad-input-cases.js';
import { TEST_FILES_DIR } from './bad-test-file-cases.js';

/**
 * Loading hostile files in this very process must leave JavaScript's shared
 * objects exactly as they were: no key from a file may reach a prototype.
 */

const SHARED = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype } as const;
const snapshot = () =>
  Object.fromEntries(
    Object.entries(SHARED).map(([name, proto]) => [name, Object.getOwnPropertyNames(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)?.value])]),
  );

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? yamlFiles(path) : name.endsWith('.yaml') ? [path] : [];
  });
}

let before: ReturnType<typeof snapshot>;
beforeAll(() => {
  before = snapshot();
});

const expectUntouched = () => {
  const probe: Record<string, unknown> = {};
  for (const key of ['polluted', 'target', 'text', 'min', 'max', 'start', 'isAdmin']) {
    expect(probe[key]).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>)[key]).toBeUndefined();
  }
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
  expect(snapshot()).toEqual(before);
};

afterAll(expectUntouched);

describe('hostile files loaded in-process', () => {
  const files = yamlFiles(CASES_DIR).concat(yamlFiles(join('tests', 'fixtures', 'hostile', 'terminal')));

  it(`leave Object.prototype and friends unchanged (${files.length} files)`, () => {
    for (const file of files) {
      const loaded = loadDialogueFile(file);
      if (loaded.ok) {
        // Play every path too: names from the file become machine, state and context keys.
        for (const path of explorePaths(loaded.compiled, { maxDepth: 6, maxPaths: 50 })) expect(path.debrief).toBeDefined();
      }
    }
    expectUntouched();
  });

  it('test files too: every hostile test file read, checked and run in-process leaves them unchanged', async () => {
    const testFiles = yamlFiles(TEST_FILES_DIR).filter((file) => file.endsWith('.test.yaml'));
    expect(testFiles.length).toBeGreaterThan(100);
    for (const file of testFiles) {
      const result = await runTestFile(file);
      expect(result.testFile).toBe(file);
    }
    expectUntouched();
  });

  it('never give a parsed value a prototype other than Object.prototype or Array.prototype', () => {
    const check = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(value));
      Object.values(value).forEach(check);
    };
    for (const file of files) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      check(parseYaml(text, file).value);
    }
  });

  it('a key named __proto__ anywhere is refused by name, not silently dropped', () => {
    const spots = [
      ['under meta', MINIMAL_DIALOGUE.replace('  title: Minimal', '  title: Minimal\n  __proto__: { title: x }')],
      ['as a meter change', MINIMAL_DIALOGUE.replace('meters: { trust: 1 }', 'meters: { __proto__: 1 }')],
      ['as a fact', MINIMAL_DIALOGUE.replace('initial: start', 'initial: start\ncontext: { facts: { __proto__: { polluted: true } } }')],
      ['in flow style, quoted', MINIMAL_DIALOGUE.replace('persona: {', 'persona: { "__proto__": { polluted: true },')],
    ] as const;
    for (const [where, text] of spots) {
      const result = loadDialogue(text, 'proto.yaml');
      expect(result.ok, where).toBe(false);
      expect(result.diagnostics.map((d) => d.code), where).toEqual(['PAR104']);
      expect(result.diagnostics[0]!.message, where).toContain('__proto__');
    }
    expectUntouched();
  });

  it('a reserved name sent as a choice is simply unavailable', () => {
    const result = loadDialogue(MINIMAL_DIALOGUE, 'minimal.yaml');
    if (!result.ok) throw new Error('minimal dialogue should load');
    const session = new Session(compileDialogue(result.dialogue), { seed: 1 });
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(() => session.choose(name)).toThrow(ChoiceUnavailableError);
    }
    expect(session.available().map((c) => c.id)).toEqual(['ask', 'shout']);
    expect(session.choose('ask').outcome?.id).toBe('paid_today');
  });
});

describe('hostile transcripts', () => {
  it('are read without touching prototypes', () => {
    const lines = [
      '{"kind":"header","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
      '{"__proto__":{"kind":"step"}}',
      '{"kind":"step","at":"x","step":{"__proto__":{"polluted":true},"turn":1}}',
      '{"kind":"end","constructor":{"prototype":{"isAdmin":true}}}',
    ];
    const read = readTranscriptText(lines.join('\n'));
    expect(read.skipped).toEqual([1, 2, 3, 4]);
    expectUntouched();
  });
});

describe('the fixtures this file relies on', () => {
  it('include the dangerous names as state ids, choice ids, meters, facts and keys', () => {
    const names = readdirSync(join(CASES_DIR, 'reserved-name'));
    for (const spot of ['state-proto', 'choice-id-proto', 'meter-proto', 'fact-proto', 'meta-key-proto', 'params-key-proto']) {
      expect(names).toContain(`${spot}.yaml`);
    }
  });
});
