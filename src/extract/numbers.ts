/**
 * Reading a count at a token: "at least six" → {6, null}; "about 500" → {500, 500};
 * "more than a thousand" → {1000, null}; "dozens" → {12, null}; "a" (police chief) → {1, 1}.
 */
import type { Count } from '../domain/index.js';
import type { Token } from './annotated.js';
import { MODIFIERS, MULTIPLIERS, UNITS, VAGUE } from './lexicons/numbers.js';

export interface CountReading {
  count: Count;
  from: number;
  to: number;
  rule: string;
}

function figure(tokens: Token[], i: number, end: number): { value: number; to: number } | null {
  let value = 0;
  let current = 0;
  let j = i;
  let seen = false;
  while (j < end) {
    const w = tokens[j]?.norm ?? '';
    if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(w)) {
      current += Number(w.replace(/,/g, ''));
    } else if (UNITS.has(w) && !(seen && (w === 'a' || w === 'an'))) {
      current += UNITS.get(w) ?? 0;
    } else if (MULTIPLIERS.has(w) && seen) {
      const m = MULTIPLIERS.get(w) ?? 1;
      if (m >= 1000) {
        value += (current || 1) * m;
        current = 0;
      } else current = (current || 1) * m;
    } else if (w === 'and' && seen && tokens[j + 1]?.norm && UNITS.has(tokens[j + 1]?.norm ?? '')) {
      // "two hundred and five"
    } else if (w === '-' && seen) {
      // "twenty-five" is one token, but "twenty - five" is not
    } else break;
    seen = true;
    j++;
  }
  if (!seen) return null;
  return { value: value + current, to: j };
}

/** `readCount(tokens, i, end)` reads a count starting exactly at token i, or returns null. */
export function readCount(tokens: Token[], i: number, end: number): CountReading | null {
  const w = tokens[i]?.norm ?? '';
  const vague = VAGUE.get(w);
  if (vague) return { count: { min: vague.min, max: null }, from: i, to: i + 1, rule: vague.id };
  for (const mod of MODIFIERS) {
    if (!mod.words.every((m, k) => tokens[i + k]?.norm === m)) continue;
    const start = i + mod.words.length;
    const inner = readCount(tokens, start, end);
    if (!inner || inner.rule.startsWith('num.vague')) continue;
    const min = inner.count.min;
    return { count: { min, max: mod.open ? null : min }, from: i, to: inner.to, rule: mod.id };
  }
  const f = figure(tokens, i, end);
  if (!f) return null;
  return { count: { min: f.value, max: f.value }, from: i, to: f.to, rule: 'num.figure' };
}
