import { describe, expect, it } from 'vitest';
import { spanWords } from '../annotated.js';
import { extract } from '../index.js';
import { tokenize } from '../stages/segment.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';
import { ACCUSER_NOT_PERP, blamedSpans, isAccuser, isBlameRule } from './blame-frames.js';

/** "rule words" for each phrase the sentence blames; "(org)" marks a body. */
const blamed = (text: string) => {
  const tokens = tokenize(text);
  return blamedSpans(tokens, 0, tokens.length).map(
    (b) => `${b.rule} ${spanWords(tokens, b.span)}${b.organisation ? ' (org)' : ''}`,
  );
};

describe('blamedSpans (perp.blame-frame)', () => {
  it.each([
    // perp.blamed-for
    [
      'the archbishop has once again blamed the salvadoran army for the murder of six jesuits.',
      ['perp.blamed-for salvadoran army (org)'],
    ],
    [
      'the president blamed colombian drug trafficking gangs for the attack.',
      ['perp.blamed-for colombian drug trafficking gangs'],
    ],
    [
      'the rebels blamed the government and the armed forces for the murder of 10 union members.',
      ['perp.blamed-for government (org)', 'perp.blamed-for armed forces (org)'],
    ],
    // perp.accused-of: the "of" an incident follows; the people's body too
    [
      'cristiani is taking a great risk by accusing members of the armed forces of this crime.',
      ['perp.accused-of members of the armed forces', 'perp.accused-of armed forces (org)'],
    ],
    [
      'the m-19 accused the colombian intelligence services of assassinating its candidate.',
      ['perp.accused-of colombian intelligence services'],
    ],
    // perp.responsible-for
    [
      'the report that armed forces elements are responsible for the killing of six priests',
      ['perp.responsible-for armed forces elements', 'perp.responsible-for armed forces (org)'],
    ],
    [
      'to find out whether the drug trafficking bands were responsible for his assassination',
      ['perp.responsible-for drug trafficking bands'],
    ],
    [
      "we hold alfredo cristiani's government and the armed forces high command responsible for this new terrorist attack.",
      [
        "perp.responsible-for alfredo cristiani's government (org)",
        'perp.responsible-for armed forces high command (org)',
      ],
    ],
    // perp.blamed-on
    ['authorities attribute the attacks to drug traffickers.', ['perp.blamed-on drug traffickers']],
    [
      'the attack has been blamed on colombian guerrillas and drug trafficking gangs.',
      ['perp.blamed-on colombian guerrillas', 'perp.blamed-on drug trafficking gangs'],
    ],
    [
      'the callers were attributing the attack on up leader jaramillo ossa to a so-called gonzalo rodriguez gacha commando group.',
      ['perp.blamed-on so-called gonzalo rodriguez gacha commando group'],
    ],
    // perp.involved-in
    [
      'the decision to prosecute the military men involved in the jesuits’ murder',
      ['perp.involved-in military men', 'perp.involved-in military (org)'],
    ],
    // no incident after the frame, a denial before it, or no actor blamed
    ['the guerrillas accused the government of not wanting to negotiate.', []],
    ['the official declined blaming any group for the death of the jesuits.', []],
    ['he has no evidence that those groups are responsible for the explosions.', []],
    ['the eln, however, accused him of being a cia agent.', []],
    ['maza accused the drug cartels of being responsible for the chain of assassinations.', []],
    ['an investigation to determine who is responsible for the massacre.', []],
    ['the minister is responsible for public order.', []],
    ['he attributed the attack to the fact that he is opposed to it.', []],
  ])('%j → %j', (text, expected) => {
    expect(blamed(text)).toEqual(expected);
  });

  // perp.blamed-named: a phrase whose head is no body noun but a group the knowledge base names
  it.each([
    ['the army said that the fmln is responsible for these attacks.', ['perp.blamed-named fmln (org)']],
    ['the government accused the fmln of murdering the colonel.', ['perp.blamed-named fmln (org)']],
    ['the two murders were attributed to the extraditables.', ['perp.blamed-named extraditables (org)']],
    // a body noun still decides first; a name that is not the whole phrase is no blamed group
    ['he blamed the salvadoran army for the murder.', ['perp.blamed-for salvadoran army (org)']],
    ['he said that the fmln leaders are responsible for the attack.', []],
    // no name known: nothing
    ['the army said that the pfln is responsible for these attacks.', []],
  ])('%j, naming fmln and extraditables → %j', (text, expected) => {
    const tokens = tokenize(text);
    const names = [['fmln'], ['extraditables'], ['salvadoran', 'army']];
    const named = (span: { from: number; to: number }) => names.some((n) => n.join(' ') === spanWords(tokens, span));
    expect(
      blamedSpans(tokens, 0, tokens.length, named).map(
        (b) => `${b.rule} ${spanWords(tokens, b.span)}${b.organisation ? ' (org)' : ''}`,
      ),
    ).toEqual(expected);
  });

  // perp.accuser-not-perp: the object frames mark where their accuser ends (the verb); subject frames do not
  it.each([
    ['the rebels blamed the government for the murder of 10 union members.', ['government 2']],
    ['a communique by the fmln accused the armed forces of the massacre.', ['armed forces 5']],
    ['we hold the armed forces high command responsible for this attack.', ['armed forces high command 1']],
    ['the report said that armed forces elements are responsible for the killing.', ['-', '-']],
    ['the attack has been blamed on colombian guerrillas.', ['-']],
  ])('%j → object and accuser end %j', (text, expected) => {
    const tokens = tokenize(text);
    expect(
      blamedSpans(tokens, 0, tokens.length).map((b) =>
        b.accuserBefore === undefined ? '-' : `${spanWords(tokens, b.span)} ${b.accuserBefore}`,
      ),
    ).toEqual(expected);
  });

  it.each([
    [{ sentence: 1, from: 10, to: 14 }, { sentence: 1, from: 11, to: 13 }, true],
    [{ sentence: 1, from: 10, to: 14 }, { sentence: 1, from: 13, to: 15 }, false],
    [{ sentence: 1, from: 10, to: 14 }, { sentence: 2, from: 11, to: 13 }, false],
  ])('isAccuser(%j, %j) → %j', (accuser, filler, expected) => {
    expect(isAccuser(accuser, filler)).toBe(expected);
  });

  it('tells its rules apart from others', () => {
    expect(
      ['perp.blamed-for', 'perp.involved-in', 'perp.blamed-named', 'perp.members-of', 'learned.PerpInd'].map(
        isBlameRule,
      ),
    ).toEqual([true, true, true, false, false]);
  });
});

describe('perp.blame-frame in the events stage', () => {
  const meta = { title: null, author: null, published: '1989-12-01', publisher: null, url: null };
  const perpetrators = (text: string) =>
    extract({ text, meta }, TEST_KNOWLEDGE)
      .events.filter((e) => e.rules.some(isBlameRule))
      .flatMap((e) => e.actors.filter((a) => a.role === 'perpetrator').map((a) => `${a.kind}:${a.mention}`));

  const story =
    'six jesuit priests were murdered in san salvador on 16 november. a communique blames certain officers of the armed forces for the murder of the six jesuits.';
  it('gives the blamed phrase to the incident in wire text (one case)', () => {
    expect(perpetrators(story)).toEqual(
      expect.arrayContaining(['group:certain officers of the armed forces', 'organization:armed forces']),
    );
  });

  it('blames a group the knowledge base names (perp.blamed-named)', () => {
    const named =
      'a bomb exploded at the residence of colonel carranza in san salvador yesterday. the owners had left the country in june. the police said on monday that the fmln is responsible for the crime.';
    expect(perpetrators(named)).toEqual(['organization:fmln']);
  });

  it('drops the accuser the tagger read as a perpetrator (perp.accuser-not-perp)', () => {
    const text =
      'the rebels blamed the government and the armed forces for the murder of 10 union members in a dynamite attack in san salvador on 31 october.';
    const events = extract({ text, meta }, TEST_KNOWLEDGE).events;
    const actors = events.flatMap((e) => e.actors.filter((a) => a.role === 'perpetrator').map((a) => a.mention));
    expect(actors).toEqual(expect.arrayContaining(['government', 'armed forces']));
    expect(actors).not.toContain('rebels');
    expect(events.some((e) => e.rules.includes(ACCUSER_NOT_PERP.id))).toBe(true);
  });

  it('leaves mixed-case reports alone', () => {
    const mixed = story.replace(/(^|\. )(\w)/g, (_, stop: string, c: string) => stop + c.toUpperCase());
    expect(perpetrators(mixed)).toEqual([]);
  });
});
