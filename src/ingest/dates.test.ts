import { describe, expect, it } from 'vitest';
import { parseDay } from './dates.js';

describe('parseDay', () => {
  it.each([
    ['2024-03-04', '2024-03-04'],
    ['2024-03-04T23:30:00-05:00', '2024-03-04'],
    ['Mon, 04 Mar 2024 02:00:00 +0500', '2024-03-04'],
    ['March 3rd, 2024', '2024-03-03'],
    ['Sept. 9, 2023', '2023-09-09'],
    ['12 January 2024', '2024-01-12'],
    ['D:20240301120000Z', '2024-03-01'],
    ['2024/3/7', '2024-03-07'],
    ['2024-02-30', null],
    ['yesterday', null],
    ['', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(parseDay(input)).toBe(expected);
  });
});
