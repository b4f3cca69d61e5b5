import { describe, expect, it } from 'vitest';
import { activityBins } from './activity.js';

const on = (...days: string[]) =>
  days.map((start) => ({ date: { start, end: start, precision: 'day' as const, text: '' } }));

describe('activityBins', () => {
  it('counts per month with empty months in between', () => {
    expect(activityBins(on('2024-03-02', '2024-05-10', '2024-05-11'))).toEqual([
      { label: '2024-03', count: 1 },
      { label: '2024-04', count: 0 },
      { label: '2024-05', count: 2 },
    ]);
  });
  it('counts per year over long spans', () => {
    const bins = activityBins(on('2010-01-01', '2020-06-01'));
    expect(bins).toHaveLength(11);
    expect(bins[0]).toEqual({ label: '2010', count: 1 });
  });
  it('crosses the year boundary', () => {
    expect(activityBins(on('2023-12-01', '2024-01-01')).map((b) => b.label)).toEqual(['2023-12', '2024-01']);
  });
  it('is empty without dates', () => {
    expect(activityBins([{ date: null }])).toEqual([]);
  });
});
