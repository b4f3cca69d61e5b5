import { describe, expect, it } from 'vitest';
import type { CompactEvent } from '../../../../src/server/features/analysis/schema.js';
import { escapeHtml, nextDay, toTimeline } from './timeline-items.js';

const ev = (id: string, date: CompactEvent['date'], actor = 'Group A'): CompactEvent => ({
  id,
  type: 'attack.explosive',
  date,
  place: {
    name: '<b>Kabul</b>',
    admin2: null,
    admin1: null,
    country: 'AF',
    lat: 1,
    lon: 1,
    precision: 'point',
    text: '',
  },
  actors: [{ entity: 'e1', name: actor, role: 'perpetrator' }],
  killed: 1,
  status: 'proposed',
});

describe('timeline items', () => {
  it('draws a day as a point and a month as a range over the whole month', () => {
    const { items } = toTimeline(
      [
        ev('a', { start: '2024-03-02', end: '2024-03-02', precision: 'day', text: '' }),
        ev('b', { start: '2024-03-01', end: '2024-03-31', precision: 'month', text: '' }),
      ],
      'actor',
    );
    expect(items[0]).toMatchObject({ type: 'point', start: '2024-03-02' });
    expect(items[0]).not.toHaveProperty('end');
    expect(items[1]).toMatchObject({ type: 'range', start: '2024-03-01', end: '2024-04-01' });
  });

  it('leaves undated events out and counts them', () => {
    const out = toTimeline([ev('a', null)], 'type');
    expect(out.items).toHaveLength(0);
    expect(out.undated).toBe(1);
  });

  it('groups by actor or type, folding small groups into Other', () => {
    const d = { start: '2024-01-01', end: '2024-01-01', precision: 'day' as const, text: '' };
    const events = [ev('a', d, 'A'), ev('b', d, 'A'), ev('c', d, 'B'), ev('d', d, 'C')];
    expect(toTimeline(events, 'actor', 2).groups.map((g) => g.id)).toEqual(['A', 'B', 'Other']);
    expect(toTimeline(events, 'type').groups.map((g) => g.id)).toEqual(['Bombing / IED']);
  });

  it('escapes text, since vis-timeline renders content as HTML', () => {
    const { items } = toTimeline(
      [ev('a', { start: '2024-01-01', end: '2024-01-01', precision: 'day', text: '' })],
      'type',
    );
    expect(items[0]?.content).toContain('&lt;b&gt;Kabul&lt;/b&gt;');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });

  it.each([
    ['2024-01-31', '2024-02-01'],
    ['2024-02-28', '2024-02-29'],
    ['2024-12-31', '2025-01-01'],
  ])('the day after %s is %s', (day, next) => expect(nextDay(day)).toBe(next));
});
