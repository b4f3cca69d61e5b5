import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../domain/index.js';
import { findSpanDates } from './date-spans.js';

const aug26: EventDate = { start: '2021-08-26', end: '2021-08-26', precision: 'day', text: 'August 26' };

describe('findSpanDates', () => {
  it.each([
    {
      text: 'attacks in mid-September',
      published: '2021-10-14',
      rule: 'date.part-of-month',
      start: '2021-09-11',
      end: '2021-09-20',
    },
    {
      text: 'in early March 2017',
      published: '2021-10-14',
      rule: 'date.part-of-month',
      start: '2017-03-01',
      end: '2017-03-10',
    },
    {
      text: 'late November',
      published: '2021-10-14',
      rule: 'date.part-of-month',
      start: '2020-11-21',
      end: '2020-11-30',
    },
    {
      text: 'should talks begin this summer',
      published: '2020-06-02',
      rule: 'date.season',
      start: '2020-06-01',
      end: '2020-08-31',
    },
    {
      text: 'attacks over the winter',
      published: '2020-11-25',
      rule: 'date.season',
      start: '2020-12-01',
      end: '2021-02-28',
    },
    { text: 'this winter', published: '2021-01-10', rule: 'date.season', start: '2020-12-01', end: '2021-02-28' },
    {
      text: 'within the next year',
      published: '2021-11-04',
      rule: 'date.within-next',
      start: '2021-11-04',
      end: '2022-11-04',
    },
    {
      text: 'in six attacks in ten weeks',
      published: '2021-11-04',
      rule: 'date.span-past',
      start: '2021-08-26',
      end: '2021-11-04',
    },
    {
      text: 'within a span of 10 weeks',
      published: '2021-11-04',
      rule: 'date.span-past',
      start: '2021-08-26',
      end: '2021-11-04',
    },
    {
      text: 'Two days later the US said',
      published: '2021-11-04',
      rule: 'date.later',
      start: '2021-08-28',
      end: '2021-08-28',
    },
    {
      text: 'a week later a bomber struck',
      published: '2021-11-04',
      rule: 'date.later',
      start: '2021-09-02',
      end: '2021-09-02',
    },
    {
      text: 'Hours later a bomber struck',
      published: '2021-11-04',
      rule: 'date.later',
      start: '2021-08-26',
      end: '2021-08-26',
    },
    {
      text: 'The same day a bomber struck',
      published: '2021-11-04',
      rule: 'date.later',
      start: '2021-08-26',
      end: '2021-08-26',
    },
    {
      text: 'officials later said they had arrested a man',
      published: '2021-11-04',
      rule: 'date.later-vague',
      start: '2021-08-26',
      end: '2021-11-04',
    },
  ])('$text (published $published) → $start..$end by $rule', ({ text, published, rule, start, end }) => {
    const [hit] = findSpanDates(text, { published, anchor: aug26 });
    expect(hit?.rule).toBe(rule);
    expect(hit?.date).toMatchObject({ start, end });
  });

  const nov1: EventDate = { ...aug26, start: '2021-11-01', end: '2021-11-01' };
  it.each<{ text: string; anchor: EventDate | null; why: string }>([
    { text: 'two days later', anchor: null, why: 'no earlier day to count from' },
    { text: 'in one week', anchor: aug26, why: 'a single unit is too vague for a past span' },
    { text: 'he died later that day', anchor: aug26, why: '"later that day" is left to chrono' },
    { text: 'a later attack', anchor: null, why: 'no earlier date to start from' },
    { text: 'ten days later', anchor: nov1, why: 'it would fall after publication' },
  ])('$text gives nothing: $why', ({ text, anchor }) => {
    expect(findSpanDates(text, { published: '2021-11-04', anchor })).toEqual([]);
  });
});
