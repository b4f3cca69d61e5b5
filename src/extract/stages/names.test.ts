/** Names the text teaches: rule `name.acronym-taught` (names.ts). Fixtures are our own words. */
import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';

const meta = { title: null, author: null, published: '2022-09-12', publisher: 'Test Wire', url: null };
const actorsOf = (text: string) =>
  extract({ text, meta }, TEST_KNOWLEDGE).events.flatMap((e) => e.actors.map((a) => `${a.role}:${a.name}`));

describe('name.acronym-taught', () => {
  it.each([
    // the bracketed initials teach the name; the acronym alone names it again later
    [
      'The Southern Transitional Council (STC) holds Aden. On Tuesday STC fighters attacked a checkpoint in Kabul.',
      'perpetrator:Southern Transitional Council',
    ],
    // a KB name inside the taught one gives way; words without initials ("in", "the", "al-") may be skipped
    [
      'Al-Qaeda in the Arabian Peninsula (AQAP) is active in Abyan. On Tuesday AQAP attacked a checkpoint in Kabul.',
      'perpetrator:Al-Qaeda in the Arabian Peninsula',
    ],
    // a force's head noun makes it state security: it arrests
    ['The Federal Guard Service (FGS) arrested two men in Kabul on Tuesday.', 'arresting_party:Federal Guard Service'],
    // the possessive form of the acronym names it too
    [
      'The Southern Transitional Council (STC) holds Aden. On Tuesday gunmen attacked the STC’s headquarters in Kabul.',
      'target:Southern Transitional Council',
    ],
  ])('%j → %s', (text, actor) => {
    expect(actorsOf(text)).toContain(actor);
  });
  it.each([
    // initials that do not spell the bracketed letters teach nothing
    ['Gunmen attacked the Southern Transitional Council (PKF) in Kabul on Tuesday.', 'Southern Transitional Council'],
    // a bracketed place or word is no acronym
    ['Gunmen attacked the Grand Hotel (Kabul) on Tuesday.', 'Grand Hotel'],
  ])('%j names no %s', (text, name) => {
    expect(actorsOf(text).join()).not.toContain(name);
  });
});
