/** Rule `arg.affiliation`: the group unnamed attackers belong to is a perpetrator of their attack. */
import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';

const meta = { title: null, author: null, published: '2021-10-20', publisher: 'Test Wire', url: null };
const perpetrators = (text: string) =>
  extract({ text, meta }, TEST_KNOWLEDGE).events.flatMap((e) =>
    e.actors.filter((a) => a.role === 'perpetrator').map((a) => a.name),
  );

describe('arg.affiliation', () => {
  it.each([
    ['The attackers, who were affiliated with the Islamic State, killed two guards in Raqqa.', true],
    ['Gunmen loyal to ISIS stormed a church in Raqqa.', true],
    ['A bomber killed five people in Raqqa. The ministry said the attacker belonged to Islamic State.', true],
    ['Gunmen stormed a church in Raqqa, killing three. Police said the gunmen were members of Islamic State.', true],
    // no attacker noun: suspects linked to a group took part in no attack the text tells
    ['Police detained 25 people linked to Islamic State in Raqqa.', false],
    // no attack within reach
    ['The attacker belonged to Islamic State, the ministry said.', false],
  ])('%j → Islamic State perpetrator: %s', (text, found) => {
    expect(perpetrators(text).includes('Islamic State')).toBe(found);
  });
});
