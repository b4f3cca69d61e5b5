/**
 * When two event drafts tell one event. Policy `merge.v1`: same event class, and either close
 * together (at most MAX_GAP sentences apart) or sharing a named actor, and no two different
 * places at the same precision.
 */
export interface MergeView {
  eventClass: string;
  firstSentence: number;
  lastSentence: number;
  namedActors: string[];
  places: string[];
  /** "country|province" of the sub-national places named */
  regions: string[];
  /** the draft tells a plan or forecast */
  hypothetical: boolean;
  /** the days or months the draft's sentences date an incident in, as "start/end" (ISO days) */
  days: string[];
}

export const MAX_GAP = 2;

const DAY_MS = 86_400_000;
/**
 * Two "start/end" date ranges at most a day apart: a siege that began on Sunday evening and was
 * still going on Monday is one incident.
 */
function closeDates(a: string, b: string): boolean {
  const [as = '', ae = ''] = a.split('/');
  const [bs = '', be = ''] = b.split('/');
  return Date.parse(as) - Date.parse(be) <= DAY_MS && Date.parse(bs) - Date.parse(ae) <= DAY_MS;
}

/** `shouldMerge(bombingInSentence1, killingInSentence2)` → true. */
export function shouldMerge(a: MergeView, b: MergeView): boolean {
  if (a.eventClass !== b.eventClass) return false;
  // rule `merge.realis`: "we expect ISKP to try rocket fire" is no part of the attack told before it
  if (b.hypothetical && !a.hypothetical) return false;
  if (a.places.length && b.places.length && !a.places.some((p) => b.places.includes(p))) return false;
  // rule `merge.other-province`: an incident in another province is another incident ("in Kabul …
  // The same day a suicide bomber struck a funeral in Nangarhar")
  if (a.regions.length && b.regions.length && !a.regions.some((r) => b.regions.includes(r))) return false;
  // rule `merge.other-day`: "On October 24 a bomber … On November 2 gunmen …" are two incidents;
  // so are "in March 2017" and "on Tuesday"
  if (a.days.length && b.days.length && !a.days.some((d) => b.days.some((e) => closeDates(d, e)))) return false;
  if (b.firstSentence - a.lastSentence <= MAX_GAP) return true;
  return a.namedActors.some((n) => b.namedActors.includes(n));
}
