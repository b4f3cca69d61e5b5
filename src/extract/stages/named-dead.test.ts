/** Rules `arg.named-dead` (stages/among-the-dead.ts), `person.appositive-before` and `person.surname-first` (stages/persons.ts). */
import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';

const meta = { title: null, author: null, published: '2024-12-18', publisher: 'Test Wire', url: null };
const victimsOf = (text: string) =>
  extract({ text, meta }, TEST_KNOWLEDGE).events.flatMap((e) =>
    e.actors.filter((a) => a.role === 'victim').map((a) => a.name),
  );

describe('arg.named-dead: people named in the subject of "died" or "was killed"', () => {
  it.each([
    [
      'Igor Kirillov and his assistant, Ilya Polikarpov, died on Tuesday when a bomb went off in Kabul.',
      ['Ilya Polikarpov'],
    ],
    ['Darya Dugina, the daughter of a writer, was killed by a car bomb in Kabul on Monday.', ['Darya Dugina']],
    ['The blogger Vladlen Tatarsky died when a bomb blew up in a cafe in Kabul on Sunday.', ['Vladlen Tatarsky']],
    // a name inside an "of" phrase describes the subject: no victim
    [
      'Khalil Haqqani, an uncle of the interior minister, Sirajuddin Haqqani, died on Tuesday when a suicide bomber struck in Kabul.',
      ['Khalil Haqqani'],
    ],
    // a speaker is no victim: "said" ends the subject
    ['Spokesman Zabihullah Mujahid said two guards were killed when a bomb went off in Kabul on Monday.', []],
    // single-case wire text: the rule does not run
    ['DARYA DUGINA, THE DAUGHTER OF A WRITER, WAS KILLED BY A CAR BOMB IN KABUL ON MONDAY.', []],
  ])('%j → %j', (text, want) => {
    for (const name of want) expect(victimsOf(text)).toContain(name);
    if (!want.length) expect(victimsOf(text).filter((n) => /[A-Z]/.test(n[0] ?? ''))).toEqual([]);
  });
  it('a surname alone after the full name is the same person, not another', () => {
    const victims = victimsOf(
      'Khalil Haqqani was the most senior official killed. Haqqani, the minister for refugees, died on Tuesday when a suicide bomber struck in Kabul.',
    );
    expect(victims).not.toContain('Haqqani');
  });
});
