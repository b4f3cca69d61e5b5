/**
 * Pure scoring of extracted events against the hand-annotated gold set (data/gold): alignment of
 * predicted to gold events, then field-level precision/recall/F1 counted as slots (MUC style).
 * No I/O here; bench/gold.mjs reads files and runs the CLI.
 *
 *   const counts = scoreDocument(goldDoc.events, result.events);
 *   metrics(counts).micro.f1  // → 0.73
 */
import { ACTOR_ALIASES } from './name-aliases.mjs';

/** "Islamic State-Khorasan (IS-K)" → "islamic state khorasan is k": lower case, no accents or punctuation. */
export function normalise(text) {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(the|province|district|city)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const aliasKey = new Map(ACTOR_ALIASES.flatMap((row) => row.names.map((n) => [normalise(n), row.key])));
/** `canonicalName('Pakistani Taliban')` → "ttp"; unknown names come back normalised. */
export function canonicalName(name) {
  const plain = normalise(String(name ?? '').replace(/\([^)]*\)/g, ' '));
  return aliasKey.get(plain) ?? plain;
}

/** Same source if the canonical names are equal or one contains the other as whole words. */
export function sameSource(a, b) {
  const x = canonicalName(a);
  const y = canonicalName(b);
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

const tokens = (text) =>
  new Set(
    normalise(text)
      .split(' ')
      .filter((t) => t.length > 2),
  );
/** Overlap coefficient of the word sets of two evidence texts, 0..1. */
export function evidenceOverlap(goldText, predTexts) {
  const a = tokens(goldText);
  const b = tokens(predTexts.join(' '));
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / Math.min(a.size, b.size);
}

const eventClass = (type) => String(type).split('.')[0];
const predEvidence = (p) => (p.evidence ?? []).map((e) => e.text);
const datesOverlap = (g, p) => Boolean(g.date && p.date && p.date.start <= g.date.end && p.date.end >= g.date.start);
const samePlace = (g, p) => Boolean(g.place && p.place && normalise(g.place.name) === normalise(p.place.name));

/** How well a predicted event fits a gold one; null when they cannot be the same event. */
export function pairScore(g, p) {
  if (eventClass(g.type) !== eventClass(p.type)) return null;
  const overlap = evidenceOverlap(g.evidence_text, predEvidence(p));
  const dates = datesOverlap(g, p);
  if (overlap < 0.3 && !dates) return null;
  return 1 + 2 * overlap + (dates ? 1 : 0) + (samePlace(g, p) ? 0.5 : 0);
}

/**
 * Greedy one-to-one alignment, best pairs first.
 * `alignEvents(gold, pred).pairs` → [[goldIndex, predIndex], …]
 */
export function alignEvents(goldEvents, predEvents) {
  const candidates = [];
  goldEvents.forEach((g, gi) => {
    predEvents.forEach((p, pi) => {
      const score = pairScore(g, p);
      if (score !== null) candidates.push({ gi, pi, score });
    });
  });
  candidates.sort((a, b) => b.score - a.score || a.gi - b.gi || a.pi - b.pi);
  const usedGold = new Set();
  const usedPred = new Set();
  const pairs = [];
  for (const c of candidates) {
    if (usedGold.has(c.gi) || usedPred.has(c.pi)) continue;
    usedGold.add(c.gi);
    usedPred.add(c.pi);
    pairs.push([c.gi, c.pi]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return {
    pairs,
    unmatchedGold: goldEvents.map((_, i) => i).filter((i) => !usedGold.has(i)),
    unmatchedPred: predEvents.map((_, i) => i).filter((i) => !usedPred.has(i)),
  };
}

/** Counts of one field: true positives, false positives (spurious or wrong), false negatives (missed or wrong). */
const zero = () => ({ tp: 0, fp: 0, fn: 0 });

/** Matches slot values one to one; returns the number of predicted values that equal a gold one. */
function matchSlots(goldValues, predValues, same) {
  const free = [...predValues];
  let tp = 0;
  for (const g of goldValues) {
    const i = free.findIndex((p) => same(g, p));
    if (i >= 0) {
      free.splice(i, 1);
      tp++;
    }
  }
  return tp;
}

/**
 * Scores one document: aligns, then counts slots per field. Unaligned events count all their slots
 * as missed (gold) or spurious (predicted).
 * `scoreDocument(gold.events, result.events, FIELDS).detection` → {tp: 3, fp: 1, fn: 0}
 */
export function scoreDocument(goldEvents, predEvents, fields) {
  const { pairs, unmatchedGold, unmatchedPred } = alignEvents(goldEvents, predEvents);
  const counts = Object.fromEntries(fields.map((f) => [f.id, zero()]));
  for (const f of fields) {
    const c = counts[f.id];
    for (const [gi, pi] of pairs) {
      const g = f.gold(goldEvents[gi]);
      const p = f.pred(predEvents[pi]);
      const tp = matchSlots(g, p, f.same);
      c.tp += tp;
      c.fn += g.length - tp;
      c.fp += p.length - tp;
    }
    for (const gi of unmatchedGold) c.fn += f.gold(goldEvents[gi]).length;
    for (const pi of unmatchedPred) c.fp += f.pred(predEvents[pi]).length;
  }
  return counts;
}

/** Adds per-field counts of several documents. */
export function addCounts(total, counts) {
  const sum = { ...total };
  for (const [id, c] of Object.entries(counts)) {
    const t = sum[id] ?? zero();
    sum[id] = { tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn };
  }
  return sum;
}

const ratio = (a, b) => (b === 0 ? null : a / b);
/** P/R/F1 from counts; null where there was nothing to measure. `prf({tp: 1, fp: 1, fn: 0}).f1` → 0.667 */
export function prf({ tp, fp, fn }) {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 =
    precision === null || recall === null || precision + recall === 0
      ? tp + fp + fn === 0
        ? null
        : 0
      : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

/** Per-field P/R/F1 and the micro total over all fields. */
export function metrics(counts) {
  const fields = Object.fromEntries(Object.entries(counts).map(([id, c]) => [id, prf(c)]));
  const all = Object.values(counts).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), zero());
  return { fields, micro: prf(all) };
}

/** A gold document's events in the shape `vigil extract --json` prints, to score gold against itself. */
export function goldAsPrediction(goldEvents) {
  return goldEvents.map((e, i) => ({
    id: `gold-${i}`,
    type: e.type,
    date: e.date,
    place: e.place ? { ...e.place, lat: null, lon: null } : null,
    actors: e.actors.map((a) => ({ ...a, entity: null })),
    weapons: e.weapons,
    casualties: e.casualties,
    certainty: e.certainty,
    attribution: e.attribution,
    evidence: [{ text: e.evidence_text, start: 0, end: e.evidence_text.length }],
    confidence: 1,
    rules: [],
  }));
}
