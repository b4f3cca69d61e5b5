/**
 * Casualty figures: a count before a casualty word ("at least six soldiers were killed",
 * "a police chief was killed") or right after it ("killing 12 people", "an IED killed a
 * district police chief").
 */
import type { CasualtyMention, Token } from '../annotated.js';
import { layer } from '../annotated.js';
import { COMPANION_NOUNS, OWN_DEAD_WORDS } from '../lexicons/actor-heads.js';
import { VAGUE } from '../lexicons/numbers.js';
import { wordMap } from '../lexicons/word-table.js';
import { type CountReading, readCount } from '../numbers.js';
import { defineStage } from '../stage.js';

type Kind = CasualtyMention['kind'];
const CASUALTY_WORDS: ReadonlyMap<string, Kind> = wordMap({
  killed: 'killed',
  dead: 'killed',
  died: 'killed',
  killing: 'killed',
  slain: 'killed',
  murdered: 'killed',
  deaths: 'killed',
  massacred: 'killed',
  executed: 'killed',
  lives: 'killed',
  // rule `cas.martyred`: "eight soldiers were martyred", the word of Pakistani and Afghan statements
  martyred: 'killed',
  wounded: 'injured',
  injured: 'injured',
  hurt: 'injured',
  wounding: 'injured',
  injuring: 'injured',
  kidnapped: 'kidnapped',
  abducted: 'kidnapped',
  kidnapping: 'kidnapped',
  hostage: 'kidnapped',
  arrested: 'arrested',
  detained: 'arrested',
  captured: 'arrested',
  apprehended: 'arrested',
  arresting: 'arrested',
});
/** Active verbs of killing, whose object is the person counted ("killing the police chief"). */
const KILL_VERBS = new Set(['killed', 'killing', 'kills', 'kill', 'murdered', 'assassinated', 'martyred', 'martyring']);
/** Words allowed between a count and the casualty word after it. */
const GLUE = new Set(
  'were was have has had been are is reportedly allegedly also people persons others civilians'.split(' '),
);
const STOP = /^(and|or|but|in|on|at|by|with|after|before|during|when|while|,|;|\.|:|\(|\)|said|says|that|of|to|from)$/;

/** "hundreds of passengers", "dozens of people": a vague quantity's "of" does not end the count's phrase. */
const quantityOf = (tokens: Token[], i: number) => tokens[i]?.norm === 'of' && VAGUE.has(tokens[i - 1]?.norm ?? '');

function countBefore(tokens: Token[], k: number, start: number) {
  let best = null;
  let aside: { from: number; to: number } | null = null;
  let floor = Math.max(start, k - 7);
  for (let i = k - 1; i >= floor; i--) {
    const open: number = aside ? -1 : asideOpening(tokens, i, start);
    if (open >= 0) {
      aside = { from: open, to: i + 1 };
      floor = Math.max(start, floor - (i + 1 - open));
      i = open;
      continue;
    }
    const r = readCount(tokens, i, k);
    if (!r) {
      if (STOP.test(tokens[i]?.norm ?? '') && !quantityOf(tokens, i)) break;
      continue;
    }
    const outside = (j: number) => !aside || j < aside.from || j >= aside.to;
    const between: string[] = [];
    for (let j = r.to; j < k; j++) if (outside(j)) between.push(tokens[j]?.norm ?? '');
    if (between.length > 4 || between.some((b, j) => STOP.test(b) && !quantityOf(tokens, r.to + j))) continue;
    if (between.every((b) => GLUE.has(b) || /^\p{L}+$/u.test(b)) && !(r.count.min === 1 && between.length === 0))
      best = r;
  }
  return best;
}

/** Words that open an aside about who the counted were: ", among them civilians," ", nine of them Chinese,". */
const ASIDE_LEADS = new Set(['among', 'including', 'most', 'mostly', 'many', 'all', 'some', 'half', 'mainly', 'over']);
/** How long such an aside may be. */
const ASIDE_REACH = 14;
/**
 * Rule `cas.aside`: "At least 21 people, among them civilians, prisoners and police, have been
 * killed", "Thirteen people, nine of them Chinese nationals, were killed": the count stands before
 * an aside between commas. For the comma at `close`, the index of the comma that opens the aside, or -1.
 */
function asideOpening(tokens: Token[], close: number, start: number): number {
  if (tokens[close]?.norm !== ',') return -1;
  for (let j = close - 1; j >= Math.max(start, close - ASIDE_REACH); j--) {
    if (tokens[j]?.norm !== ',') continue;
    const lead = tokens[j + 1]?.norm ?? '';
    const counted = readCount(tokens, j + 1, close);
    if (ASIDE_LEADS.has(lead) || (counted && tokens[counted.to]?.norm === 'of')) return j;
  }
  return -1;
}

/** Nouns for one person by office: "killing the Taliban's police chief" killed one. */
const ONE_PERSON_TITLES = new Set(
  'chief commander governor mayor leader official officer judge director spokesman minister imam cleric prosecutor deputy head'.split(
    ' ',
  ),
);
/** How far after "the" a title may stand ("the Taliban's district police chief"). */
const TITLE_REACH = 4;
/**
 * Rule `cas.the-one`: "killing the Taliban's police chief for Shigal district": one person named by
 * an office after "the" or a possessive, right after the casualty word.
 */
function oneTitled(tokens: Token[], k: number, end: number): CountReading | null {
  if (!/^(the|his|her|its|their)$/.test(tokens[k + 1]?.norm ?? '')) return null;
  for (let i = k + 2; i < Math.min(end, k + 2 + TITLE_REACH); i++) {
    const w = tokens[i]?.norm ?? '';
    if (ONE_PERSON_TITLES.has(w)) return { count: { min: 1, max: 1 }, from: k + 1, to: i + 1, rule: 'cas.the-one' };
    if (STOP.test(w) || !/^\p{L}[\p{L}'’-]*$/u.test(w)) return null;
  }
  return null;
}

function countAfter(tokens: Token[], k: number, end: number) {
  if (KILL_VERBS.has(tokens[k]?.norm ?? '')) {
    const one = oneTitled(tokens, k, end);
    if (one) return withCoordinated(tokens, one, end);
  }
  // rule `cas.lives-of`: "claimed the lives of 14 soldiers"
  if (tokens[k]?.norm === 'lives' && tokens[k + 1]?.norm === 'of') {
    const r = readCount(tokens, k + 2, end);
    if (r && !NOT_PEOPLE.has(tokens[r.to]?.norm ?? ''))
      return withCoordinated(tokens, { ...r, rule: `cas.lives-of+${r.rule}` }, end);
  }
  for (let i = k + 1; i < Math.min(end, k + 3); i++) {
    const r = readCount(tokens, i, end);
    // "held 30 people hostage for a day": a time, not the people counted
    if (r && NOT_PEOPLE.has(tokens[r.to]?.norm ?? '')) return null;
    if (r) return withCoordinated(tokens, r, end);
    if (STOP.test(tokens[i]?.norm ?? '')) return null;
  }
  return null;
}

/** Words after a count that make it a time or a measure, not people ("and 3 hours later"). */
const NOT_PEOPLE = new Set(
  'hours hour days day weeks week months month years year minutes km kilometres kilometers miles metres meters kg tons tonnes rounds percent times'.split(
    ' ',
  ),
);

/**
 * Rule `cas.and-count`: a toll told by group is one toll, "killing 13 US service members and at
 * least 60 Afghans" → at least 73. The second count must follow "and" within five words of the
 * first and count people, not hours; a verb after "and" ("and wounding 20") starts another figure.
 */
function withCoordinated(tokens: Token[], first: CountReading, end: number): CountReading {
  for (let i = first.to; i < Math.min(end, first.to + 6); i++) {
    const w = tokens[i]?.norm ?? '';
    if (w !== 'and') {
      if (STOP.test(w) || readCount(tokens, i, end)) return first;
      continue;
    }
    // rule `cas.and-possessive-count`: "the district governor and his two bodyguards"
    const possessive = /^(his|her|their|its)$/.test(tokens[i + 1]?.norm ?? '') ? 1 : 0;
    const second = readCount(tokens, i + 1 + possessive, end) ?? oneMore(tokens, i + 1, end);
    if (!second || NOT_PEOPLE.has(tokens[second.to]?.norm ?? '') || CASUALTY_WORDS.get(tokens[second.to]?.norm ?? ''))
      return first;
    const { min: a, max: aMax } = first.count;
    const { min: b, max: bMax } = second.count;
    return {
      count: { min: a + b, max: aMax !== null && bMax !== null ? aMax + bMax : null },
      from: first.from,
      to: second.to,
      rule: `${first.rule}+cas.and-count+${second.rule}`,
    };
  }
  return first;
}

const ONE_MORE_LEADS = new Set(['their', 'his', 'her', 'its', 'a', 'an', 'one']);
/**
 * Rule `cas.and-one-more`: "five Chinese nationals and their Pakistani driver": after "and", one
 * person named by a companion noun (with up to two words before it) counts one more.
 */
function oneMore(tokens: Token[], start: number, end: number): CountReading | null {
  if (!ONE_MORE_LEADS.has(tokens[start]?.norm ?? '')) return null;
  for (let i = start + 1; i < Math.min(end, start + 4); i++) {
    const w = tokens[i]?.norm ?? '';
    if (COMPANION_NOUNS.has(w)) return { count: { min: 1, max: 1 }, from: start, to: i + 1, rule: 'cas.and-one-more' };
    if (!/^\p{L}+$/u.test(w)) return null;
  }
  return null;
}

/**
 * Rule `cas.with-others`: a named person and a count of others, "arrested Abdullah Orakzai …
 * together with 19 other members" (or "along with 19 associates") → 20. Read when no count follows
 * the casualty word itself.
 */
function countWithOthers(tokens: Token[], k: number, end: number): CountReading | null {
  for (let i = k + 1; i < end - 2; i++) {
    const w = tokens[i]?.norm ?? '';
    if (CASUALTY_WORDS.get(w)) return null;
    const lead = (w === 'together' || w === 'along') && tokens[i + 1]?.norm === 'with' ? 2 : 0;
    if (!lead) continue;
    const r = readCount(tokens, i + lead, end);
    // "19 other members", "19 others", "19 associates" — not "3 tons of explosives"
    const next = tokens[r?.to ?? -1]?.norm ?? '';
    const people =
      next === 'other' ||
      next === 'others' ||
      (/^\p{L}+s$/u.test(next) && !NOT_PEOPLE.has(next) && tokens[(r?.to ?? 0) + 1]?.norm !== 'of');
    if (!r || !people) return null;
    const { min, max } = r.count;
    return {
      count: { min: min + 1, max: max === null ? null : max + 1 },
      from: i,
      to: r.to + 1,
      rule: 'cas.with-others',
    };
  }
  return null;
}

/** How far after a count its noun may stand ("33 armed attackers"). */
const NOUN_REACH = 3;
/**
 * Rule `cas.attackers-own`: "all 33 attackers had been killed", "killing eight gunmen": the count
 * is of the attackers themselves, which the victims' toll of their attack leaves out.
 */
function countsAttackers(tokens: Token[], reading: CountReading, k: number): boolean {
  const end = reading.to < k ? k : reading.to + NOUN_REACH;
  for (let i = reading.to; i < Math.min(end, reading.to + NOUN_REACH); i++) {
    const w = tokens[i]?.norm ?? '';
    if (OWN_DEAD_WORDS.has(w)) return true;
    if (STOP.test(w)) return false;
  }
  return false;
}

/** Participles that open a reduced relative clause about the people counted: "Three men suspected of …". */
const REDUCED_RELATIVE = new Set(['suspected', 'accused', 'linked', 'wanted', 'believed', 'thought', 'allegedly']);
/** How far before the passive verb the counted subject may stand. */
const RELATIVE_REACH = 14;
/**
 * Rule `cas.reduced-relative`: "Three men suspected of planning the attack were arrested", "two
 * militants linked to the group were killed": a passive casualty word whose subject carries a
 * reduced relative clause counts the subject's figure, at the start of its clause (no comma between).
 */
function reducedRelativeCount(tokens: Token[], k: number, start: number): CountReading | null {
  if (!/^(was|were|been)$/.test(tokens[k - 1]?.norm ?? '')) return null;
  let i = k - 1;
  while (i > start && i > k - RELATIVE_REACH && !/^[,;:]$/.test(tokens[i - 1]?.norm ?? '')) i--;
  if (/^(the|a|an)$/.test(tokens[i]?.norm ?? '')) i++;
  const r = readCount(tokens, i, k);
  if (!r || NOT_PEOPLE.has(tokens[r.to]?.norm ?? '')) return null;
  // the count, at most two words of its noun, then the participle
  for (let j = r.to; j < Math.min(k, r.to + 3); j++)
    if (REDUCED_RELATIVE.has(tokens[j]?.norm ?? '')) return { ...r, rule: `cas.reduced-relative+${r.rule}` };
  return null;
}

/** Verbs that give a toll its figure: "the death toll rose to 95", "the toll stood at 84". */
const TOLL_VERBS = new Set(['rose', 'risen', 'rises', 'climbed', 'reached', 'stood', 'stands', 'increased', 'jumped']);
/** How far after "toll" its verb may stand ("the death toll from a suicide bombing inside a mosque in … rose to 95"). */
const TOLL_REACH = 20;
/** Rule `cas.toll-figure`: the figure a death toll rose to or stood at. */
function tollFigure(tokens: Token[], k: number, end: number): CountReading | null {
  for (let i = k + 1; i < Math.min(end, k + TOLL_REACH); i++) {
    if (!TOLL_VERBS.has(tokens[i]?.norm ?? '')) continue;
    if (!/^(to|at)$/.test(tokens[i + 1]?.norm ?? '')) return null;
    const r = readCount(tokens, i + 2, end);
    return r && !NOT_PEOPLE.has(tokens[r.to]?.norm ?? '') ? { ...r, rule: `cas.toll-figure+${r.rule}` } : null;
  }
  return null;
}

export const casualtiesStage = defineStage({
  id: 'casualties',
  requires: ['sentences', 'tokens'],
  assigns: ['casualties'],
  run: (doc) => {
    const tokens = layer(doc, 'tokens');
    const casualties: CasualtyMention[] = [];
    for (const s of layer(doc, 'sentences')) {
      for (let k = s.firstToken; k < s.endToken; k++) {
        const kind = CASUALTY_WORDS.get(tokens[k]?.norm ?? '');
        if (!kind) {
          const toll = tokens[k]?.norm === 'toll' ? tollFigure(tokens, k, s.endToken) : null;
          if (toll)
            casualties.push({
              sentence: s.index,
              from: k,
              to: toll.to,
              kind: 'killed',
              count: toll.count,
              rule: toll.rule,
            });
          continue;
        }
        // an active verb counts its object ("killed six"); otherwise the count precedes ("six were killed")
        const after = countAfter(tokens, k, s.endToken) ?? countWithOthers(tokens, k, s.endToken);
        const reading = after ?? countBefore(tokens, k, s.firstToken) ?? reducedRelativeCount(tokens, k, s.firstToken);
        if (!reading) continue;
        const rule = `cas.${after ? 'after' : 'before'}+${reading.rule}`;
        // (a reduced relative's own words may name another event: "suspected of planning the attack")
        const from = reading.rule.startsWith('cas.reduced-relative') ? k : Math.min(reading.from, k);
        const to = Math.max(k + 1, reading.to);
        const mention: CasualtyMention = { sentence: s.index, from, to, kind, count: reading.count, rule };
        if (countsAttackers(tokens, reading, k)) mention.attackers = true;
        // rule `cas.also-adds`: "Four paramilitary soldiers also died": a further group, added to the toll
        if (tokens[k - 1]?.norm === 'also' && !after) mention.also = true;
        casualties.push(mention);
      }
    }
    return { layers: { casualties } };
  },
});
