import { describe, expect, it } from 'vitest';
import { layer } from './annotated.js';
import { assemble } from './assemble.js';
import { simpleNormalize, tableKnowledge } from './knowledge-port.js';
import { matchNgrams, wordPrefixes } from './ngrams.js';
import { segmentStage } from './stages/segment.js';

describe('wordPrefixes', () => {
  it.each([
    { keys: ['kunar province'], prefixes: ['kunar'] },
    {
      keys: ['islamic state khorasan province', 'islamic emirate'],
      prefixes: ['islamic', 'islamic state', 'islamic state khorasan'],
    },
    { keys: ['kabul'], prefixes: [] },
  ])('$keys → $prefixes', ({ keys, prefixes }) => {
    expect([...wordPrefixes(keys)].sort()).toEqual(prefixes.sort());
  });
});

describe('matchNgrams', () => {
  const keys = new Set(['islamic state', 'islamic state khorasan province', 'kabul', 'bank of kabul']);
  const prefixes = wordPrefixes(keys);
  const doc = assemble([segmentStage]).run(
    'Islamic State Khorasan Province fighters hit the Bank of Kabul and left Kabul. The Islamic State said so.',
    { title: null, author: null, published: null, publisher: null, url: null },
    { knowledge: tableKnowledge({}) },
  );
  const scan = (startsKey?: (k: string) => boolean) =>
    matchNgrams(
      doc,
      layer(doc, 'tokens'),
      layer(doc, 'sentences'),
      4,
      simpleNormalize,
      (k) => (keys.has(k) ? k : undefined),
      startsKey,
    ).map((h) => h.key);

  it('finds the longest name at each position, never starting or ending on a stopword', () => {
    expect(scan()).toEqual(['islamic state khorasan province', 'bank of kabul', 'kabul', 'islamic state']);
  });

  it('stops early where no name can continue, with the same hits', () => {
    expect(scan((k) => keys.has(k) || prefixes.has(k))).toEqual(scan());
  });
});
