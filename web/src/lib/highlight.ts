/**
 * Cuts a text into plain and highlighted segments from (possibly overlapping) spans, so a view can
 * render the document as text nodes only, never as HTML.
 */
export interface Span<T> {
  start: number;
  end: number;
  mark: T;
}

export interface Segment<T> {
  text: string;
  start: number;
  /** every span covering this segment, outermost first. */
  marks: T[];
}

/**
 * @example segmentText('ab cd', [{ start: 3, end: 5, mark: 'x' }])
 * // → [{ text: 'ab ', start: 0, marks: [] }, { text: 'cd', start: 3, marks: ['x'] }]
 */
export function segmentText<T>(text: string, spans: Span<T>[]): Segment<T>[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const marks = valid
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .map((s) => s.mark);
    segments.push({ text: text.slice(start, end), start, marks });
  }
  return segments;
}

/**
 * Finds each occurrence of the given words inside a span of the text (case-insensitive), e.g.
 * the actor and place mentions inside an evidence sentence.
 * @example findMentions('Gunmen hit Kabul', 0, 16, ['kabul']) // → [{ start: 11, end: 16, word: 'kabul' }]
 */
export function findMentions(
  text: string,
  from: number,
  to: number,
  words: string[],
): { start: number; end: number; word: string }[] {
  const slice = text.slice(from, to).toLowerCase();
  const found: { start: number; end: number; word: string }[] = [];
  for (const word of new Set(words.filter((w) => w.trim().length > 1))) {
    const needle = word.toLowerCase();
    let at = slice.indexOf(needle);
    while (at >= 0) {
      found.push({ start: from + at, end: from + at + needle.length, word });
      at = slice.indexOf(needle, at + needle.length);
    }
  }
  return found;
}
