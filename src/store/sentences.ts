/**
 * Splits a document into sentences with offsets, for full-text search. Deliberately simple: a
 * sentence ends at . ! ? (plus closing quotes/brackets) before whitespace and a capital, digit or
 * quote, or at a blank line. Common abbreviations ("Mr.", "Gen.", "U.S.") do not end a sentence.
 */
export interface SentenceSpan {
  idx: number;
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'col',
  'lt',
  'capt',
  'sgt',
  'st',
  'no',
  'vs',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'u.s',
  'u.n',
  'e.g',
  'i.e',
]);

const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|\n\s*\n/gu;

/** `splitSentences('One. Two.')` → `[{idx:0,start:0,end:4,text:'One.'}, {idx:1,start:5,end:9,text:'Two.'}]` */
export function splitSentences(text: string): SentenceSpan[] {
  const cuts: number[] = [];
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index ?? 0;
    const before =
      text
        .slice(Math.max(0, at - 5), at)
        .match(/([\p{L}.]+)$/u)?.[1]
        ?.toLowerCase() ?? '';
    if (m[0].startsWith('.') && ABBREVIATIONS.has(before.replace(/^\./, ''))) continue;
    cuts.push(at + m[0].length);
  }
  cuts.push(text.length);
  const spans: SentenceSpan[] = [];
  let from = 0;
  for (const cut of cuts) {
    const raw = text.slice(from, cut);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) spans.push({ idx: spans.length, start: from + lead, end: from + lead + body.length, text: body });
    from = cut;
  }
  return spans;
}
