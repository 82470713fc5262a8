import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parley } from './helpers/cli.js';
import { MINIMAL_DIALOGUE } from './helpers/dialogue-text.js';
import { tempDir } from './helpers/transcripts.js';
import { parseXml, type XmlElement } from './helpers/xml.js';

/** The attributes Jenkins' junit-10.xsd (xunit plugin) declares, per element; the required ones first. */
const JUNIT_10: Record<string, { required: string[]; optional: string[] }> = {
  testsuites: { required: [], optional: ['name', 'time', 'tests', 'failures', 'errors'] },
  testsuite: { required: ['name', 'tests', 'failures', 'errors'], optional: ['group', 'time', 'skipped', 'timestamp', 'hostname', 'id', 'package', 'file', 'log', 'url'] },
  testcase: { required: ['name'], optional: ['time', 'classname', 'group'] },
  failure: { required: [], optional: ['type', 'message'] },
  error: { required: [], optional: ['type', 'message'] },
};

function checkAgainstJunit10(element: XmlElement, problems: string[]): void {
  const rules = JUNIT_10[element.name];
  if (!rules) problems.push(`<${element.name}> is not in junit-10`);
  else {
    for (const name of Object.keys(element.attributes)) if (![...rules.required, ...rules.optional].includes(name)) problems.push(`<${element.name} ${name}>`);
    for (const name of rules.required) if (!(name in element.attributes)) problems.push(`<${element.name}> lacks ${name}`);
  }
  for (const child of element.children) checkAgainstJunit10(child, problems);
}

const testcases = (root: XmlElement) => root.children.flatMap((suite) => suite.children.filter((c) => c.name === 'testcase'));

describe('JUnit reports', () => {
  it("the library's report fits junit-10 and gives every case its own classname::name, language versions included", async () => {
    const result = await parley(['test', 'dialogues/', '--reporter', 'junit']);
    const root = parseXml(result.stdout);
    const problems: string[] = [];
    checkAgainstJunit10(root, problems);
    expect(problems).toEqual([]);
    const keys = testcases(root).map((c) => `${c.attributes.classname}::${c.attributes.name}`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(Number(root.attributes.tests)).toBe(keys.length);
  });

  it('language versions of one dialogue are separate classes', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tests'));
    const test = 'cases:\n  - name: asking calmly gets paid\n    choices: [ask]\n    expect: { outcome: paid_today }\n';
    writeFileSync(join(dir, 'minimal.yaml'), MINIMAL_DIALOGUE);
    writeFileSync(join(dir, 'minimal.es.yaml'), MINIMAL_DIALOGUE.replace(/language: en/, 'language: es'));
    writeFileSync(join(dir, 'tests', 'minimal.test.yaml'), test);
    writeFileSync(join(dir, 'tests', 'minimal.es.test.yaml'), test);
    const root = parseXml((await parley(['test', dir, '--reporter', 'junit'])).stdout);
    expect(testcases(root).map((c) => c.attributes.classname).sort()).toEqual(['minimal.en', 'minimal.es']);
  });

  it('a test file whose dialogue is invalid still reports each of its cases, as an error', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'tests'));
    writeFileSync(join(dir, 'broken.yaml'), 'id: broken\n');
    writeFileSync(join(dir, 'tests', 'broken.test.yaml'), 'cases:\n  - name: one\n    choices: [a]\n  - name: two\n    choices: [b]\n  - name: three\n    choices: [c]\n');
    const result = await parley(['test', dir, '--reporter', 'junit']);
    expect(result.status).toBe(3);
    const root = parseXml(result.stdout);
    const cases = testcases(root);
    expect(cases.map((c) => c.attributes.name)).toEqual(['one', 'two', 'three']);
    expect(cases.every((c) => c.children[0]?.name === 'error')).toBe(true);
    expect(root.attributes).toMatchObject({ tests: '3', errors: '3', failures: '0' });
    const problems: string[] = [];
    checkAgainstJunit10(root, problems);
    expect(problems).toEqual([]);
  });
});
