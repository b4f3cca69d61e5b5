import { describe, expect, it } from 'vitest';
import { layer } from '../annotated.js';
import { assemble } from '../assemble.js';
import { TEST_KNOWLEDGE } from '../test-knowledge.js';
import { datesStage } from './dates.js';
import { segmentStage } from './segment.js';

const pipeline = assemble([segmentStage, datesStage]);
const datesOf = (text: string, published: string | null) =>
  layer(
    pipeline.run(
      text,
      { title: null, author: null, published, publisher: null, url: null },
      { knowledge: TEST_KNOWLEDGE },
    ),
    'dates',
  ).map((d) => ({ start: d.date.start, end: d.date.end, rule: d.rule }));

describe('dates stage: discourse', () => {
  it.each([
    {
      name: 'date.year: a year alone dates its event noun, even after "since", and gives no year to the paragraph',
      text: 'It was the worst attack since the Beslan school siege of 2004. On March 25 gunmen attacked a temple.',
      published: '2021-06-01',
      want: [
        { start: '2004-01-01', end: '2004-12-31', rule: 'date.year' },
        { start: '2021-03-25', rule: 'date.chrono' },
      ],
    },
    {
      name: 'date.birth: a year after "born" dates no incident and gives no year to the paragraph',
      text: 'Police detained a man, born in 1995, on Wednesday. He was born on 3 May 1990 in Osh.',
      published: '2024-12-18',
      want: [{ start: '2024-12-18', rule: 'date.chrono' }],
    },
    {
      name: 'date.span-duration: "in several days of fighting" is how long it lasted; "late July" dates it',
      text: 'Rebels said they had killed dozens of soldiers in several days of fighting in late July.',
      published: '2024-09-19',
      want: [{ start: '2024-07-21', end: '2024-07-31', rule: 'date.part-of-month' }],
    },
    {
      name: 'date.anniversary: years before the day dated last',
      text: 'Two bombs exploded on Wednesday. Crowds marched on the fourth anniversary of his killing.',
      published: '2024-01-04',
      want: [{ start: '2024-01-03' }, { start: '2020-01-03', end: '2020-01-03', rule: 'date.anniversary' }],
    },
    {
      name: 'date.new-year',
      text: "A gunman attacked the nightclub on New Year's night of 2017.",
      published: '2021-06-01',
      want: [{ start: '2017-01-01', end: '2017-01-01', rule: 'date.new-year' }],
    },
    {
      name: 'a yearless date takes the year its paragraph named',
      text: 'In April 2020 the group was weakened. On March 25 gunmen attacked a temple.',
      published: '2021-06-01',
      want: [{ start: '2020-04-01' }, { start: '2020-03-25', rule: 'date.discourse-year' }],
    },
    {
      name: 'the named year ends with its paragraph',
      text: 'In April 2020 the group was weakened.\n\nOn March 25 gunmen attacked a temple.',
      published: '2021-06-01',
      want: [{ start: '2020-04-01' }, { start: '2021-03-25', rule: 'date.chrono' }],
    },
    {
      name: 'a yearless date never falls after publication',
      text: 'The group was quiet in January 2021. On December 3 gunmen attacked a temple.',
      published: '2021-06-01',
      want: [{ start: '2021-01-01' }, { start: '2020-12-03', rule: 'date.chrono' }],
    },
    {
      name: '"two days later" counts from the last day the text gave',
      text: 'A bomber struck on August 26. Two days later a drone strike killed two planners.',
      published: '2021-11-04',
      want: [{ start: '2021-08-26' }, { start: '2021-08-28', rule: 'date.later' }],
    },
    {
      name: 'the day of a saying steps back when the sentence dates the event',
      text: 'McKenzie said on Friday that the strike carried out in Kabul on August 29 killed ten civilians.',
      published: '2021-09-17',
      want: [{ start: '2021-08-29', rule: 'date.chrono' }],
    },
    {
      name: 'a saying day alone stays (the event policy bounds the event by it)',
      text: 'On October 14, Radio Free Europe said that an IED had killed three.',
      published: '2021-10-20',
      want: [{ start: '2021-10-14', rule: 'date.chrono' }],
    },
    {
      name: 'date.past-weekday: a bare weekday is the one on or before publication (a Wednesday report)',
      text: 'A bomb exploded in a mosque on Friday.',
      published: '2021-09-01',
      want: [{ start: '2021-08-27', rule: 'date.past-weekday' }],
    },
    {
      name: 'date.past-weekday: the publication day itself stays',
      text: 'A bomb exploded in a mosque on Wednesday.',
      published: '2021-09-01',
      want: [{ start: '2021-09-01', rule: 'date.chrono' }],
    },
    {
      name: 'date.days-after: "came a day after" dates the new incident before the dated one',
      text: 'A car bomb hit the prison on August 2. The attack came a day after police killed a commander.',
      published: '2020-08-03',
      want: [{ start: '2020-08-02' }, { start: '2020-08-01', rule: 'date.days-after' }],
    },
    {
      name: 'date.days-after: a sentence opening with "two days after" dates it after the dated one',
      text: 'A bomber struck on August 26. Two days after the attack, a drone strike killed two planners.',
      published: '2021-11-04',
      want: [{ start: '2021-08-26' }, { start: '2021-08-28', rule: 'date.days-after' }],
    },
    {
      name: 'date.days-after: mid-sentence it may name an older incident, so it gives no date',
      text: 'A strike hit a car on August 29. They said a plot was ready, three days after the bombing.',
      published: '2021-09-17',
      want: [{ start: '2021-08-29' }],
    },
    {
      name: 'date.anchor-incident: a saying’s date is no anchor for "the same day"',
      text: 'On May 12 gunmen killed 24 people. An envoy said two days later that ISKP did it. The same day a bomber struck a funeral.',
      published: '2020-06-01',
      want: [{ start: '2020-05-12' }, { start: '2020-05-14' }, { start: '2020-05-12', rule: 'date.later' }],
    },
    {
      name: 'date.since: a "since" phrase dates a state, not an incident',
      text: 'The Taliban, who have controlled Kabul since Aug 15, condemned the bombing on August 26.',
      published: '2021-08-27',
      want: [{ start: '2021-08-26' }],
    },
    {
      name: 'date.since-when: a "since" date followed by a "when" clause dates the incident told there',
      text: 'It was the deadliest attack since January, when a bomber killed 80 people.',
      published: '2023-07-31',
      want: [{ start: '2023-01-01', end: '2023-01-31', rule: 'date.past-month' }],
    },
    {
      name: 'date.last-year: a yearless day followed by "last year" is in the year before publication',
      text: 'On October 26 last year, a gunman killed 13 worshippers.',
      published: '2023-08-14',
      want: [{ start: '2022-10-26', end: '2022-10-26', rule: 'date.last-year' }],
    },
    {
      name: 'date.last-year: a month too, even one chrono would put before publication',
      text: 'In March last year gunmen attacked a school.',
      published: '2023-08-14',
      want: [{ start: '2022-03-01', end: '2022-03-31', rule: 'date.last-year' }],
    },
    {
      name: 'a part of a month replaces chrono’s whole month',
      text: 'ISKP claimed bomb attacks in mid-September.',
      published: '2021-10-14',
      want: [{ start: '2021-09-11', end: '2021-09-20', rule: 'date.part-of-month' }],
    },
    {
      name: 'date.part-of-day-of: "on the evening of June 9" is June 9, not the evening of publication',
      text: 'Gunmen fired on a bus on the evening of June 9.',
      published: '2024-06-20',
      want: [{ start: '2024-06-09', end: '2024-06-09', rule: 'date.chrono' }],
    },
    {
      name: 'date.part-of-day-of: "on the morning of 16 June" too',
      text: 'Inmates seized two guards on the morning of 16 June.',
      published: '2024-06-17',
      want: [{ start: '2024-06-16', end: '2024-06-16', rule: 'date.chrono' }],
    },
  ])('$name', ({ text, published, want }) => {
    const got = datesOf(text, published);
    expect(got).toHaveLength(want.length);
    for (const [i, w] of want.entries()) expect(got[i]).toMatchObject(w);
  });
});

describe('dates stage: no publication date', () => {
  it.each([
    { text: 'On 3 January 1990 a bomb exploded in Lima.', want: ['1990-01-03'] },
    // relative dates have nothing to count from, however far they reach
    { text: 'Three years later the mayor of Lima was killed.', want: [] },
    { text: 'The army declared that in 10 years the war would end.', want: [] },
    { text: 'Ten years ago, in March, a bomb exploded in Lima.', want: [] },
    // a yearless day keeps no year it was not given
    { text: 'On April 6 the mayor declared a curfew.', want: [] },
  ])('$text', ({ text, want }) => {
    expect(datesOf(text, null).map((d) => d.start)).toEqual(want);
  });
});
