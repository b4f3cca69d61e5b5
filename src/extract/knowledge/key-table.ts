/**
 * A hash table from strings to small integers (entry numbers), in one typed array: for the
 * gazetteer's ~200,000 keys and word prefixes. It builds several times faster than a Map of the
 * same keys, and a word that is no key — most words of a text — costs one probe of adjacent
 * slots instead of a walk through a Map bucket and the key strings it holds.
 */

/** FNV-1a over UTF-16 code units, then a murmur3 finaliser so that the low bits spread well. */
export function hashKey(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}

export interface KeyTable {
  /** the entry of `key`, or -1 */
  find(key: string): number;
  /** the entry of `key`, added (numbered in order from 0) when new */
  intern(key: string): number;
  readonly size: number;
  /** the keys, by entry number */
  readonly keys: readonly string[];
}

/**
 * `keyTable(4)`: a table for about 4 keys (it grows as needed). Open addressing with linear
 * probing; each slot holds a key's hash and its entry number + 1 (0 = empty).
 * @example const t = keyTable(2); t.intern('kabul'); t.find('kabul') // → 0; t.find('kunar') // → -1
 */
export function keyTable(expected: number): KeyTable {
  let capacity = 16;
  while (capacity < expected * 2) capacity *= 2;
  let slots = new Int32Array(capacity * 2);
  let mask = capacity - 1;
  const keys: string[] = [];

  const slotOf = (key: string, h: number): number => {
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const entry = slots[i * 2 + 1] ?? 0;
      if (entry === 0 || (slots[i * 2] === h && keys[entry - 1] === key)) return i;
    }
  };
  const grow = () => {
    capacity *= 2;
    mask = capacity - 1;
    slots = new Int32Array(capacity * 2);
    for (let e = 0; e < keys.length; e++) {
      const h = hashKey(keys[e] ?? '');
      let i = h & mask;
      while (slots[i * 2 + 1] !== 0) i = (i + 1) & mask;
      slots[i * 2] = h;
      slots[i * 2 + 1] = e + 1;
    }
  };

  return {
    find(key) {
      const i = slotOf(key, hashKey(key));
      return (slots[i * 2 + 1] ?? 0) - 1;
    },
    intern(key) {
      const h = hashKey(key);
      const i = slotOf(key, h);
      const found = slots[i * 2 + 1] ?? 0;
      if (found !== 0) return found - 1;
      keys.push(key);
      slots[i * 2] = h;
      slots[i * 2 + 1] = keys.length;
      if (keys.length * 2 > capacity) grow();
      return keys.length - 1;
    },
    get size() {
      return keys.length;
    },
    keys,
  };
}
