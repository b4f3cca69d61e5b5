/**
 * Who speaks: rules `attr.spokesman-org`, `attr.speaker.proper-name`, `attr.speaker.over-relative`
 * and `attr.speaker.over-place` (speaker.ts).
 */
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
    // attr.speaker.over-place: the body before "in <place>" speaks, as after "according to"
    ['Police in Kabul said gunmen killed two guards.', 'Police'],
    ['police in kabul said gunmen killed two guards.', 'police'],
    ['Gunmen killed two guards, officials at Kabul said.', 'officials'],
    // attr.speaker.over-relative: the aside opened by ", which" is no part of the speaker
    [
      "The Federal Prosecutor's Office, which has taken over the case, said gunmen killed two guards in Kabul.",
      "Federal Prosecutor's Office",
    ],
    ['The governor, who visited the site, said gunmen killed two guards in Kabul.', 'governor'],
  ])('%j → %j', (text, source) => {
    expect(sourceOf(text)).toBe(source);
  });
});
