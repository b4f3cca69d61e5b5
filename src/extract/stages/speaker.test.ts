/** Who speaks: rules `attr.spokesman-org` and `attr.speaker.proper-name` (speaker.ts). */
import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';

const meta = { title: null, author: null, published: '2021-10-20', publisher: 'Test Wire', url: null };
const sourceOf = (text: string) => extract({ text, meta }, TEST_KNOWLEDGE).events[0]?.attribution.source;

describe('speakerName', () => {
  it.each([
    ['NDS spokesman Ahmad Karimi said gunmen killed two guards in Kabul.', 'NDS'],
    ['Ahmad Karimi, the NDS spokesman, said gunmen killed two guards in Kabul.', 'NDS'],
    ['Ahmad Karimi, a spokesman for the NDS, said gunmen killed two guards in Kabul.', 'NDS'],
    // a spokesman of a body the knowledge base does not know stays the person
    ['Interior ministry spokesman Ahmad Karimi said gunmen killed two guards in Kabul.', 'Ahmad Karimi'],
    [
      "According to Tajikistan's State Committee for National Security, gunmen killed two guards in Kabul.",
      'State Committee for National Security',
    ],
    ["Russia's Investigative Committee said gunmen killed two guards in Kabul.", 'Investigative Committee'],
    ["The Taliban's interior ministry said gunmen killed two guards in Kabul.", "Taliban's interior ministry"],
    [
      'According to the Ministry of Interior Affairs, gunmen killed two guards in Kabul.',
      'Ministry of Interior Affairs',
    ],
    ['According to officials in Kabul, gunmen killed two guards.', 'officials'],
  ])('%j → %j', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });
});
