/** Rules `arg.toll-apposition` and `arg.among-the-dead-subject`: victims told beside a toll. */
import { describe, expect, it } from 'vitest';
import { layer } from '../annotated.js';
import { PIPELINE } from '../pipeline.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';

const meta = { title: null, author: null, published: '2023-07-31', publisher: 'Test Wire', url: null };
const RULES = ['arg.toll-apposition', 'arg.among-the-dead-subject'];
const victims = (text: string) =>
  layer(PIPELINE.run(text, meta, { knowledge: TEST_KNOWLEDGE }), 'arguments')
    .filter((a) => a.role === 'victim' && RULES.some((r) => a.rule.startsWith(r)))
    .map((a) => a.mention);

describe('victims beside a toll', () => {
  it.each([
    // arg.toll-apposition: "most of them" says who the counted were
    ['A bomber killed more than 80 people, most of them policemen, in a mosque.', ['policemen']],
    ['Gunmen killed at least 24 people, many of them mothers, in a hospital.', ['mothers']],
    // "among them" singles out some of them: only a person's name counts there
    ['A bomber killed 54 people, among them children, at a rally.', []],
    // a figure of the attackers is no toll of victims
    ['Security forces killed all six attackers, most of them foreigners.', []],
    // arg.among-the-dead-subject: the subject before "were among the dead"
    [
      'A suicide bomber blew himself up at a station. Soldiers returning from a course were among the dead, police said.',
      ['Soldiers'],
    ],
    // (within its clause only)
    [
      'A suicide bomber blew himself up at a station. Police said four suspects were held and that one attacker was among the wounded.',
      [],
    ],
    // no attack told before
    ['Soldiers were among the dead, police said.', []],
  ])('%j → %j', (text, want) => {
    expect(victims(text)).toEqual(want);
  });
});
