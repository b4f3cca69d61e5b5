/** A merge view for tests (policies/merge-events.ts): one draft's facts, none set unless a test sets them. */
import type { MergeView } from './policies/merge-events.js';

/** A one-sentence draft's merge view of class `eventClass` at `sentence`, with `extra` fields. */
export const mergeView = (eventClass: string, sentence: number, extra: Partial<MergeView> = {}): MergeView => ({
  eventClass,
  firstSentence: sentence,
  lastSentence: sentence,
  namedActors: [],
  places: [],
  regions: [],
  days: [],
  hypothetical: false,
  hostage: false,
  definite: false,
  ...extra,
});
