import { describe, expect, it } from 'vitest';
import { spanWords } from '../annotated.js';
import { extract } from '../index.js';
import { tokenize } from '../stages/segment.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';
import { GROUP_OF_MEMBERS, groupsInMention, memberPhrase, membersOfPhrase } from './member-phrase.js';

describe('memberPhrase (perp.member-phrase)', () => {
  it.each([
    { text: 'the eln guerrillas attacked the town.', org: 'eln', phrase: 'eln guerrillas' },
    { text: 'fmln urban commandos burned a bus.', org: 'fmln', phrase: 'fmln urban commandos' },
    { text: 'police arrested shining path members.', org: 'shining path', phrase: 'shining path members' },
    // the group's name alone, or with a word that names no member
    { text: 'the fmln attacked the post.', org: 'fmln', phrase: null },
    { text: 'fmln urban areas were hit.', org: 'fmln', phrase: null },
    { text: 'the eln membership grew.', org: 'eln', phrase: null },
    { text: 'eln guerrillas', org: '', phrase: null },
    // upper case and accents: the org's words are tokenised like the text
    { text: 'SHINING PATH TERRORISTS BOMBED A BANK.', org: 'Shining Path', phrase: 'shining path terrorists' },
    { text: 'Frente Patriótico members fled.', org: 'FRENTE PATRIÓTICO', phrase: 'frente patriotico members' },
  ])('$org in "$text" → $phrase', ({ text, org, phrase }) => {
    const tokens = tokenize(text);
    const span = memberPhrase(
      tokens,
      tokenize(org).map((t) => t.norm),
    );
    expect(span && spanWords(tokens, span)).toBe(phrase);
  });
});

describe('membersOfPhrase (perp.members-of)', () => {
  it.each([
    {
      text: 'when members of the farabundo marti national liberation front (fmln) attacked a substation',
      org: 'farabundo marti national liberation front',
      phrase: 'members of the farabundo marti national liberation front',
    },
    {
      text: 'five members of the armed forces were charged.',
      org: 'armed forces',
      phrase: 'five members of the armed forces',
    },
    {
      text: 'the presumed members of the shining path group attacked the meeting.',
      org: 'shining path',
      phrase: 'presumed members of the shining path group',
    },
    { text: 'alleged members of eln kidnapped two mexicans.', org: 'eln', phrase: 'alleged members of eln' },
    { text: '12 members of the fmln fled.', org: 'fmln', phrase: '12 members of the fmln' },
    // the name without "members of", or another noun before "of"
    { text: 'the fmln attacked the post.', org: 'fmln', phrase: null },
    { text: 'leaders of the fmln met.', org: 'fmln', phrase: null },
    { text: 'fmln members fled.', org: 'fmln', phrase: null },
    { text: 'members of the fmln', org: '', phrase: null },
  ])('$org in "$text" → $phrase', ({ text, org, phrase }) => {
    const tokens = tokenize(text);
    const span = membersOfPhrase(
      tokens,
      tokenize(org).map((t) => t.norm),
    );
    expect(span && spanWords(tokens, span)).toBe(phrase);
  });
});

describe('groupsInMention (perp.group-of-members)', () => {
  const groups = [['shining', 'path'], ['farc'], ['eln'], ['salvadoran', 'army']];
  it.each([
    ['150 shining path members', [['shining', 'path']]],
    ['members of the xxii front of the farc', [['farc']]],
    ['salvadoran army soldiers', [['salvadoran', 'army']]],
    // the group's name alone is no phrase of its members; whole words only; unknown groups
    ['eln', []],
    ['elnino gunmen', []],
    ['urban guerrillas', []],
  ])('%j → %j', (mention, expected) => {
    expect(groupsInMention(mention.split(' '), groups)).toEqual(expected);
  });
});

describe('perp.group-of-members in the events stage', () => {
  const meta = { title: null, author: null, published: '1989-12-01', publisher: null, url: null };
  const perpetrators = (text: string) =>
    extract({ text, meta }, TEST_KNOWLEDGE)
      .events.filter((e) => e.rules.includes(GROUP_OF_MEMBERS.id))
      .flatMap((e) => e.actors.filter((a) => a.role === 'perpetrator').map((a) => `${a.kind}:${a.mention}`));

  it('files the group its members are called by as the organisation (wire text)', () => {
    expect(perpetrators('the peasants were killed by members of the fmln in san miguel yesterday.')).toEqual([
      'group:members of the fmln',
      'organization:fmln',
    ]);
  });
});
