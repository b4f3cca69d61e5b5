import { describe, expect, it } from 'vitest';
import { assemble } from '../assemble.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';
import { sentenceClaims } from './claim-sentences.js';
import { datesStage } from './dates.js';
import { namesStage } from './names.js';
import { placesStage } from './places.js';
import { segmentStage } from './segment.js';

const pipeline = assemble([segmentStage, datesStage, placesStage, namesStage]);
const claimsOf = (text: string) =>
  sentenceClaims(
    pipeline.run(
      text,
      { title: null, author: null, published: '2024-09-02', publisher: null, url: null },
      { knowledge: TEST_KNOWLEDGE },
    ),
  ).map((c) => [c.sentence, c.name.actor.id, c.rule]);

describe('claims told without a claim trigger', () => {
  it.each([
    {
      text: 'A bomb killed six. ISKP said in a statement that one of its fighters had carried out the bombing.',
      want: [[1, 'iskp', 'claim.own-fighters']],
    },
    { text: "The FMLN's command said its units had attacked the post.", want: [[0, 'fmln', 'claim.own-fighters']] },
    // the speaker must be an armed group, and must speak
    { text: 'The NDS said its members had arrested two men.', want: [] },
    { text: 'ISKP fighters and its members fled.', want: [] },
    // claim.said-it: the group that says it did the act
    { text: 'A bomb killed six. ISKP said it was behind the attack.', want: [[1, 'iskp', 'claim.said-it']] },
    { text: 'A bomb killed six. ISKP said it had carried out the bombing.', want: [[1, 'iskp', 'claim.said-it']] },
    { text: 'A bomb killed six. ISKP said it had nothing to do with it.', want: [] },
    { text: 'A bomb killed six. ISKP said it had planted the device.', want: [[1, 'iskp', 'claim.said-it']] },
    { text: 'A bomb killed six. ISKP said it had targeted the police.', want: [[1, 'iskp', 'claim.said-it']] },
    {
      text: 'ISKP fights the FMLN in the east. In March a bomber killed 21 people, an attack the group also claimed.',
      want: [[1, 'iskp', 'claim.the-group-claimed']],
    },
    // claim.name-claimed: a named group that "claimed the attack"
    { text: 'A bomb killed six. ISKP claimed the attack in a statement.', want: [[1, 'iskp', 'claim.name-claimed']] },
    { text: 'A bomb killed six. ISKP later claimed the bombing.', want: [[1, 'iskp', 'claim.name-claimed']] },
    { text: 'A bomb killed six. ISKP claimed that it was winning.', want: [] },
    // "the group claimed responsibility" is a claim trigger of its own
    { text: 'ISKP is active. The group claimed responsibility.', want: [] },
  ])('$text → $want', ({ text, want }) => {
    expect(claimsOf(text)).toEqual(want);
  });
});
