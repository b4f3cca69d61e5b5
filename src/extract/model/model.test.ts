import { describe, expect, it } from 'vitest';
import { featureKey, relevanceBucket, TEMPLATES } from './features.js';
import { documentFeatures, relevance, relevanceFromJson, relevanceOfTokens } from './relevance.js';
import { fromJson, keyParts, tag } from './tagger.js';
import { wordClass } from './word-class.js';

describe('feature keys', () => {
  it.each([
    ['w-1w', 'the', 'bomb', 'w-1w=the bomb'],
    ['w', 'bomb', '', 'w=bomb'],
    ['cw-1', '', 'by', 'cw-1= by'],
    ['b', '', '', 'b='],
    ['w', '=', '', 'w=='],
  ])('featureKey(%j, %j, %j) → %j and back', (template, a, b, key) => {
    expect(featureKey(template, a, b)).toBe(key);
    expect(keyParts(key)).toEqual([template, a, b]);
  });

  it('has one entry per template name', () => {
    expect(new Set(TEMPLATES.map((t) => t.name)).size).toBe(TEMPLATES.length);
  });

  it.each([
    [0, '0'],
    [0.39, '1'],
    [0.999, '4'],
    [1, '4'],
  ])('relevanceBucket(%d) → %j', (p, bucket) => {
    expect(relevanceBucket(p)).toBe(bucket);
  });
});

/** A two-template model by hand: the word "guerrillas" starts a PerpInd span, "urban" leans that way too. */
const index = (name: string) => TEMPLATES.findIndex((t) => t.name === name);
const partsFor = (word: string) => {
  const parts = TEMPLATES.flatMap(() => ['', '']);
  parts[2 * index('w')] = word;
  return parts;
};
const model = fromJson({
  labels: ['O', 'B-PerpInd', 'I-PerpInd'],
  weights: {
    'b=': [0, 5],
    'w=guerrillas': [1, 6, 2, 6],
    'w=urban': [1, 3],
    'p=B-PerpInd': [2, 1],
  },
});

describe('tagger', () => {
  it.each([
    [['the', 'guerrillas', 'fled'], 0, ['O', 'B-PerpInd', 'O']],
    // with the "O" score lowered, weaker evidence starts a span, and the span continues
    [['urban', 'guerrillas'], 0, ['O', 'B-PerpInd']],
    [['urban', 'guerrillas'], 3, ['B-PerpInd', 'I-PerpInd']],
  ])('%j with bias %d → %j', (words, bias, labels) => {
    expect(tag(model, words.map(partsFor), bias)).toEqual(labels);
  });

  it('a role bias starts spans of that role only', () => {
    const biased = fromJson({
      labels: ['O', 'B-PerpInd', 'I-PerpInd'],
      weights: { 'b=': [0, 5], 'w=urban': [1, 3] },
      roleBias: { PerpInd: 3 },
    });
    expect(tag(biased, ['urban', 'x'].map(partsFor))).toEqual(['B-PerpInd', 'O']);
  });

  it('never continues a span it did not start', () => {
    const eager = fromJson({ labels: ['O', 'B-Victim', 'I-Victim'], weights: { 'w=x': [2, 100] } });
    expect(tag(eager, [partsFor('x')])).toEqual(['O']);
  });
});

describe('wordClass', () => {
  it.each([
    ['antonio', 'first'],
    ['rodriguez', 'last'],
    ['houses', 'common'],
    ['betancur', 'unk'],
    ['12', ''],
    [',', ''],
  ])('%j → %j', (word, cls) => {
    expect(wordClass(word)).toBe(cls);
  });
});

describe('relevance', () => {
  it.each([
    [
      ['a', 'bomb', 'exploded', '.', 'bomb'],
      ['w=a', 'w=bomb', 'b=a|bomb', 'w=exploded', 'b=bomb|exploded'],
    ],
    [['12', 'killed'], ['w=killed']],
  ])('documentFeatures(%j) → %j', (words, features) => {
    expect(documentFeatures(words)).toEqual(features);
  });

  it.each([
    [['the', 'bomb', 'exploded'], true],
    [['the', 'talks', 'resumed'], false],
  ])('%j relevant: %s', (words, relevant) => {
    const m = relevanceFromJson({ bias: -1, threshold: 0.5, weights: { 'w=bomb': 3, 'w=talks': -2 } });
    expect(relevance(m, documentFeatures(words)) >= m.threshold).toBe(relevant);
  });

  it.each([[['a', 'car', 'bomb', 'and', 'a', 'car', 'bomb']], [['car', '.', 'bomb']], [[]]])(
    'relevanceOfTokens(%j) agrees with relevance(documentFeatures)',
    (words) => {
      const m = relevanceFromJson({
        bias: -0.5,
        threshold: 0.5,
        weights: { 'w=bomb': 1, 'w=car': 0.5, 'b=car|bomb': 2 },
      });
      const tokens = words.map((norm, k) => ({ start: k, end: k + 1, norm, sentence: 0 }));
      expect(relevanceOfTokens(m, tokens)).toBeCloseTo(relevance(m, documentFeatures(words)), 12);
    },
  );
});
