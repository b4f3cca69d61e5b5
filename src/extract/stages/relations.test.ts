import { describe, expect, it } from 'vitest';
import { extract } from '../index.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';

const meta = { title: null, author: null, published: '2021-10-20', publisher: 'Test Wire', url: null };
/** "type subject → object" lines, with entity names in place of ids. */
function relations(text: string): string[] {
  const r = extract({ text, meta }, TEST_KNOWLEDGE);
  const name = (id: string) => r.entities.find((e) => e.id === id)?.name ?? `?${id}`;
  return (r.relations ?? []).map((x) => `${x.type} ${name(x.subject)} → ${name(x.object)}`);
}

describe('relations between named actors', () => {
  it.each([
    [
      'Afghan intelligence arrested ISKP leader Abdullah Orakzai in Kabul.',
      ['leader_of Abdullah Orakzai → Islamic State Khorasan Province'],
    ],
    [
      'Police detained Aslam Farooqi, the emir of ISKP, in Kabul.',
      ['leader_of Aslam Farooqi → Islamic State Khorasan Province'],
    ],
    [
      'Qari Zahid, a senior ISKP commander, was killed in Kabul.',
      ['member_of Qari Zahid → Islamic State Khorasan Province'],
    ],
    [
      'Police detained Aslam Farooqi, the deputy leader of ISKP, in Kabul.',
      ['member_of Aslam Farooqi → Islamic State Khorasan Province'],
    ],
  ])('%j', (text, expected) => {
    expect(relations(text)).toEqual(expected);
  });

  it.each([
    ['two names with no relation word between them', 'Abdullah Orakzai met NDS officials in Kabul.'],
    ['a relation word without a named person', 'An ISKP leader was arrested in Kabul.'],
    ['lower-case text, where no person can be told', 'iskp leader abdullah orakzai was arrested in kabul.'],
  ])('finds nothing for %s', (_why, text) => {
    expect(relations(text)).toEqual([]);
  });

  it('keeps the sentence as evidence and names the rule', () => {
    const text = 'A bomb exploded in Kabul. NDS arrested ISKP leader Abdullah Orakzai in Kabul.';
    const [r] = extract({ text, meta }, TEST_KNOWLEDGE).relations ?? [];
    expect(r?.evidence).toEqual({ text: text.slice(26), start: 26, end: text.length });
    expect(r?.rule).toBe('rel.leader.org-noun-person');
  });
});
