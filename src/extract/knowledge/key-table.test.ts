import { describe, expect, it } from 'vitest';
import { keyTable } from './key-table.js';

describe('keyTable', () => {
  it.each([
    { keys: ['kabul', 'kunar', 'kabul'], find: 'kabul', entry: 0 },
    { keys: ['kabul', 'kunar'], find: 'kunar', entry: 1 },
    { keys: ['kabul', 'kunar'], find: 'kandahar', entry: -1 },
    { keys: ['', 'a'], find: '', entry: 0 },
    { keys: ['mazar e sharif'], find: 'mazar e', entry: -1 },
  ])('$keys: find($find) → $entry', ({ keys, find, entry }) => {
    const table = keyTable(1);
    for (const k of keys) table.intern(k);
    expect(table.find(find)).toBe(entry);
  });

  it('numbers keys in order of arrival and keeps them through growth', () => {
    const table = keyTable(1);
    const words = Array.from({ length: 5000 }, (_, i) => `place ${i}`);
    expect(words.map((w) => table.intern(w))).toEqual(words.map((_, i) => i));
    expect(words.map((w) => table.find(w))).toEqual(words.map((_, i) => i));
    expect(table.size).toBe(5000);
    expect(table.keys[4999]).toBe('place 4999');
    expect(table.find('place 5000')).toBe(-1);
  });
});
