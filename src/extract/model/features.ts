/**
 * Token features for the learned role tagger: the word, its neighbours, its shape, and the
 * nearest event trigger on either side within its sentence.
 */
import type { Sentence, Token, Trigger } from '../annotated.js';

const WINDOW = 6;

/** For each token, the type class of the nearest trigger to its left and right in the sentence ("" if none). */
export function triggerContext(
  tokens: Token[],
  sentences: Sentence[],
  triggers: Trigger[],
): { left: string[]; right: string[] } {
  const left = new Array<string>(tokens.length).fill('');
  const right = new Array<string>(tokens.length).fill('');
  const at = new Map<number, string>();
  for (const t of triggers) for (let i = t.from; i < t.to; i++) at.set(i, `${t.type}:${t.form}`);
  for (const s of sentences) {
    let last = '';
    let lastAt = -99;
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (i - lastAt <= WINDOW) left[i] = last;
      const here = at.get(i);
      if (here) {
        last = here;
        lastAt = i;
      }
    }
    last = '';
    lastAt = 1e9;
    for (let i = s.endToken - 1; i >= s.firstToken; i--) {
      if (lastAt - i <= WINDOW) right[i] = last;
      const here = at.get(i);
      if (here) {
        last = here;
        lastAt = i;
      }
    }
  }
  return { left, right };
}

const shape = (w: string) =>
  /^\d+$/.test(w) ? 'D' : /\d/.test(w) ? 'dx' : /^\p{L}+$/u.test(w) ? 'a' : /\p{L}/u.test(w) ? 'ax' : 'p';

/** The feature strings of token i (the previous label is added by the tagger). */
export function tokenFeatures(
  tokens: Token[],
  i: number,
  sentence: Sentence,
  ctx: { left: string[]; right: string[] },
): string[] {
  const w = (k: number) => {
    const j = i + k;
    return j < sentence.firstToken ? '<s>' : j >= sentence.endToken ? '</s>' : (tokens[j]?.norm ?? '');
  };
  const w0 = w(0);
  return [
    'b',
    `w=${w0}`,
    `w-1=${w(-1)}`,
    `w+1=${w(1)}`,
    `w-2=${w(-2)}`,
    `w+2=${w(2)}`,
    `w-1w=${w(-1)}|${w0}`,
    `ww+1=${w0}|${w(1)}`,
    `s3=${w0.slice(-3)}`,
    `sh=${shape(w0)}`,
    `tl=${ctx.left[i]}`,
    `tr=${ctx.right[i]}`,
    `tlw=${ctx.left[i]}|${w0}`,
    `trw=${ctx.right[i]}|${w0}`,
    `sent=${Math.min(sentence.index, 4)}`,
  ];
}
