/**
 * Policy `perp.blame-frame`: who a sentence blames for an incident is its perpetrator in the MUC-4
 * keys. Single-case wire text names the perpetrators of many incidents only in a sentence of
 * accusation or responsibility, often without a trigger word ("the crime"), which the tagger then
 * never reads:
 * - rule `perp.blamed-for`: "the archbishop blamed the salvadoran army for the murder of six jesuits";
 * - rule `perp.accused-of`: "the m-19 accused the colombian intelligence services of assassinating …";
 * - rule `perp.responsible-for`: "armed forces elements are responsible for the killing of six uca
 *   priests", "we hold alfredo cristiani's government and the armed forces high command responsible
 *   for this new terrorist attack";
 * - rule `perp.blamed-on`: "the attack … has been blamed on colombian guerrillas", "authorities
 *   attribute the attacks to drug traffickers";
 * - rule `perp.involved-in`: "the military men involved in the jesuits' murder", "two soldiers were
 *   involved in the massacre";
 * - rule `perp.blamed-named`: any frame above whose phrase is no body noun but a group the knowledge base
 *   names (an armed group, a cartel, a security force: "the fmln is responsible for these attacks", "the
 *   government accused the fmln of murdering …"), as the organisation. The head nouns decide first.
 * An incident word must follow the frame (or, for "blamed on", precede it), no denial may stand just
 * before it ("declined blaming any group", "no evidence that those groups are responsible"), and each
 * phrase joined by "and" fills the role when its head names an armed or state body or its people.
 * People of a body ("members of the armed forces", "armed forces elements") name the body as well:
 * the keys file the people as individual perpetrators and the body as the organisation.
 *
 * Measured on MUC-4 (template F1) in wire text only, the blamed phrases given to the nearest incident as
 * tagged fillers: dev 47.1 → 48.4 (PerpInd 35.6 → 39.4, PerpOrg 44.4 → 46.1, other roles unchanged), the
 * held-out fifth of train with the fold-trained tagger 42.1 → 42.5 (PerpInd 38.4 → 38.5, PerpOrg 38.2 →
 * 39.9), train 53.6 → 53.6 (the tagger has seen train). Over the train texts the frames name 46 phrases in
 * 36 documents; 28 of the 42 in documents with a key are one of its perpetrators (dev: 11 of 12).
 * Variants, each against the rule as it stood: the phrase kept whole at "and", dev 48.4 → 48.2, fifth
 * 42.5 → 42.2; the body not added for its people, dev 48.0 → 47.9, fifth 42.5 → 42.1; without
 * `perp.involved-in`, dev 48.1 → 48.0, fifth 42.5 → 42.5 (its phrases: 9 keys in 11 on train);
 * "carried out / perpetrated / committed / ordered by X" after an incident word, dev 48.0 → 48.0, fifth
 * 42.5 → 42.4 (1 key in 13 added fillers on train); "the soldiers accused of murdering …", dev and fifth
 * unchanged (two phrases on train); "actions", "acts", "incidents", "violence" as incident words, no change.
 *
 * `perp.blamed-named`, against the rules above: dev 48.8 → 49.0 (PerpOrg 46.2 → 47.7, Target 44.3 → 44.1),
 * fifth 42.6 → 42.6, train 54.1 → 54.1, bench:gold 0.760 → 0.760. It finds a named group in 6 train documents,
 * 5 of which the tagger had tagged already; new fillers in 1 train and 1 dev document (TST2-MUC4-0024).
 * Measured and rejected: the blamed or tagged organisation named in a sentence that points back at
 * incidents with a plural ("these attacks", "the bombings") given to every incident told up to that
 * sentence, not only the nearest: dev 49.0 → 49.0 (PerpOrg 47.7 → 47.5: in TST2-MUC4-0024 it reaches an
 * incident the keys do not hold), fifth 42.6 → 42.6 (it never fires there), train PerpOrg 44.6 → 45.0
 * (4 documents); to incidents after the sentence too, or without the pointing-back determiner: dev 48.8
 * and 48.3, train 54.0 and 53.9; with "actions", "acts", "incidents" as plurals: dev PerpOrg 46.9.
 */
import type { Token, TokenSpan } from '../annotated.js';
import { phraseAfter, phraseBefore } from '../chunk.js';
import { ARMED_GROUP_HEADS } from '../lexicons/nouns.js';
import { STOPWORDS } from '../lexicons/stopwords.js';

export const BLAME_FRAMES = {
  blamedFor: 'perp.blamed-for',
  accusedOf: 'perp.accused-of',
  responsibleFor: 'perp.responsible-for',
  blamedOn: 'perp.blamed-on',
  involvedIn: 'perp.involved-in',
  namedGroup: 'perp.blamed-named',
} as const;

const BLAME_RULES: ReadonlySet<string> = new Set(Object.values(BLAME_FRAMES));
/** Whether a rule id is one of this policy's frames. `isBlameRule('perp.blamed-for')` → true. */
export const isBlameRule = (rule: string): boolean => BLAME_RULES.has(rule);

/** Nouns (and gerunds after "accused … of") that name an incident. */
const INCIDENT_WORDS: ReadonlySet<string> = new Set(
  `murder murders killing killings massacre massacres assassination assassinations attack attacks crime crimes
bombing bombings kidnapping kidnappings death deaths execution executions explosion explosions abduction abductions
disappearance disappearances murdering assassinating massacring abducting attacking perpetrating committing`.split(
    /\s+/,
  ),
);
/** Words that may stand before the incident word: "for the (jesuits') murders", "for this new terrorist attack". */
const BEFORE_INCIDENT: ReadonlySet<string> = new Set(
  `the this these that those his her their its new latest recent last such terrorist dynamite bomb car car-bomb
brutal cowardly vile criminal two three four five six seven eight nine ten jesuits jesuits' priests' ' " ( ) s`.split(
    /\s+/,
  ),
);
/** How many words may stand between a frame's end and its incident word. */
const INCIDENT_REACH = 5;

/** Heads of a body the keys file as a perpetrator organisation (PerpOrg) rather than as people. */
const ORG_HEADS: ReadonlySet<string> = new Set(
  `army forces force police guard military government front movement cartel cartels mafia mafias battalion brigade
corps regime detachment command`.split(/\s+/),
);
/** Heads a blamed phrase may end in beside ARMED_GROUP_HEADS and ORG_HEADS. */
const MORE_HEADS: ReadonlySet<string> = new Set(
  'officers elements bands gangs groups group organizations services sectors squads'.split(' '),
);

/** Verbs whose object is blamed, and the word that opens the incident after it. */
interface ObjectFrame {
  until: string;
  rule: string;
}
const objectFrames = (verbs: string, frame: ObjectFrame) =>
  verbs.split(' ').map((w): [string, ObjectFrame] => [w, frame]);
const OBJECT_FRAMES: ReadonlyMap<string, ObjectFrame> = new Map([
  ...objectFrames('blamed blames blaming blame', { until: 'for', rule: BLAME_FRAMES.blamedFor }),
  ...objectFrames('accused accuses accusing accuse', { until: 'of', rule: BLAME_FRAMES.accusedOf }),
  // "hold X responsible for"
  ...objectFrames('hold holds held holding', { until: 'responsible', rule: BLAME_FRAMES.responsibleFor }),
]);
/** Function words an object may hold: "the government and the armed forces", "members of the army". */
const OBJECT_INSIDE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'and', 'its', 'their', 'some']);
/** How far after the verb the word that ends its object may stand ("blamed the leftist army of national liberation (eln) guerrillas for"). */
const OBJECT_REACH = 14;
/** How far after "attribute" its "to" may stand ("attributing the attack on up leader jaramillo ossa to"). */
const ATTRIBUTE_REACH = 8;
/** Words between a subject and "responsible": "is directly responsible", "were allegedly responsible". */
const BE_WORDS = /^(is|are|was|were|be|been|being)$/;
const BE_ADVERBS = /^(directly|mainly|solely|also|allegedly|primarily|fully)$/;
/** Words between a subject and "involved in": "who were allegedly involved", "might be involved". */
const INVOLVED_AUX =
  /^(who|were|was|are|is|be|been|being|could|may|might|have|has|had|allegedly|reportedly|directly|indirectly)$/;

/** Words that deny the blame when they stand shortly before the frame. */
const DOUBT: ReadonlySet<string> = new Set([
  'no',
  'not',
  "n't",
  'never',
  'declined',
  'denied',
  'denies',
  'deny',
  'rejected',
]);
const DOUBT_REACH = 6;
/** Words a blamed phrase never starts with: "any group", "those groups". */
const NOT_BLAMED: ReadonlySet<string> = new Set(['any', 'those', 'whoever', 'anyone', 'someone']);
/** Words that open a clause inside a chunked phrase: "(find) out whether the drug trafficking bands (were …)". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'whether out believe believes think thinks know knows said says'.split(' '),
);
const ARTICLE = /^(the|a|an)$/;

/**
 * Rule `perp.accuser-not-perp`: who blames or accuses is not the perpetrator. The tagger reads the
 * subject of "the fmln blamed the salvadoran army for the crime", "a communique by the fmln accused the
 * armed forces of …" as a perpetrator too; a perpetrator tagged in the sentence before the verb of an
 * object frame (`perp.blamed-for`, `perp.accused-of`, "hold X responsible for") goes. The frames that
 * name the perpetrator as their subject ("X is responsible for", "X involved in") keep it.
 * Measured on MUC-4 (template F1): dev 49.8 → 49.8 (no tagged accuser in dev), the held-out fifth of
 * train 44.4 → 44.5, train 55.6 → 55.7 (5 wrong perpetrator fillers gone in 3 documents, no right one
 * lost), bench:gold 0.776 → 0.776.
 */
export const ACCUSER_NOT_PERP = { id: 'perp.accuser-not-perp' } as const;

/** The words before an object frame's verb in its sentence [from, to): where its accuser stands. */
export interface AccuserSpan extends TokenSpan {
  sentence: number;
}

/** Whether a filler of sentence `sentence` lies inside an accuser span. */
export const isAccuser = (a: AccuserSpan, r: TokenSpan & { sentence: number }): boolean =>
  a.sentence === r.sentence && r.from >= a.from && r.to <= a.to;

export interface BlamedSpan {
  span: TokenSpan;
  rule: string;
  /** the phrase names a body (PerpOrg) rather than people (PerpInd) */
  organisation: boolean;
  /** for "X blamed / accused / holds Y …": the verb's token, before which X, the accuser, stands */
  accuserBefore?: number;
}

const norm = (tokens: readonly Token[], i: number) => tokens[i]?.norm ?? '';

/** Whether a denial stands among the DOUBT_REACH words before `i`. */
function doubted(tokens: readonly Token[], i: number, floor: number): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - DOUBT_REACH); k--) if (DOUBT.has(norm(tokens, k))) return true;
  return false;
}

/** Whether an incident word follows at `i`, after at most INCIDENT_REACH - 1 determiners or modifiers. */
function incidentAt(tokens: readonly Token[], i: number, ceil: number): boolean {
  for (let k = i; k < Math.min(ceil, i + INCIDENT_REACH); k++) {
    if (INCIDENT_WORDS.has(norm(tokens, k))) return true;
    if (!BEFORE_INCIDENT.has(norm(tokens, k)) && !/^\d+$/.test(norm(tokens, k))) return false;
  }
  return false;
}

/** Whether an incident word stands among the eight words before `i`, in its clause (the subject of "was blamed on"). */
function incidentBefore(tokens: readonly Token[], i: number, floor: number): boolean {
  for (let k = i - 1; k >= Math.max(floor, i - 8); k--) {
    if (INCIDENT_WORDS.has(norm(tokens, k))) return true;
    if (/^[.;:]$/.test(norm(tokens, k))) return false;
  }
  return false;
}

/** The body inside a phrase of its people [f, k): after its "of", or before its head ("armed forces elements"). */
function bodyOf(tokens: readonly Token[], f: number, k: number, ofAt: number): TokenSpan | null {
  if (ofAt < 0) return k - f >= 2 && ORG_HEADS.has(norm(tokens, k - 2)) ? { from: f, to: k - 1 } : null;
  let from = ofAt + 1;
  while (from < k && ARTICLE.test(norm(tokens, from))) from++;
  return from < k && ORG_HEADS.has(norm(tokens, k - 1)) ? { from, to: k } : null;
}

/**
 * Whether a blamed phrase (after its article) is exactly a name the knowledge base gives a group ("fmln",
 * "extraditables"): the frames' head nouns never read a name. The events stage answers from its names layer.
 */
export type NamedGroupAt = (span: TokenSpan) => boolean;
const noNames: NamedGroupAt = () => false;
/** Knowledge-base categories of the groups a frame may blame by name (`perp.group-of-members` reads them too). */
export const BLAMED_CATEGORIES: ReadonlySet<string> = new Set(['armed_group', 'state_security', 'criminal']);

/** One part of a blamed phrase [from, k): from after its last article or clause opener, if its head names an actor. */
function actorPart(tokens: readonly Token[], from: number, k: number, rule: string, named: NamedGroupAt): BlamedSpan[] {
  let f = from;
  for (let j = from; j < k && norm(tokens, j) !== 'of'; j++)
    if (CLAUSE_OPENERS.has(norm(tokens, j)) || ARTICLE.test(norm(tokens, j))) f = j + 1;
  if (f >= k || NOT_BLAMED.has(norm(tokens, f))) return [];
  let ofAt = -1;
  for (let j = f + 1; j < k && ofAt < 0; j++) if (norm(tokens, j) === 'of') ofAt = j;
  // ("members of the armed forces": the head stands before "of")
  const head = norm(tokens, ofAt > 0 ? ofAt - 1 : k - 1);
  if (ORG_HEADS.has(head)) return [{ span: { from: f, to: k }, rule, organisation: true }];
  if (!ARMED_GROUP_HEADS.has(head) && !MORE_HEADS.has(head))
    return named({ from: f, to: k })
      ? [{ span: { from: f, to: k }, rule: BLAME_FRAMES.namedGroup, organisation: true }]
      : [];
  const body = bodyOf(tokens, f, k, ofAt);
  return [
    { span: { from: f, to: k }, rule, organisation: false },
    ...(body ? [{ span: body, rule, organisation: true }] : []),
  ];
}

/** The parts of a blamed phrase, split at "and", that name actors. */
function actorParts(tokens: readonly Token[], span: TokenSpan | null, rule: string, named: NamedGroupAt): BlamedSpan[] {
  if (!span) return [];
  const out: BlamedSpan[] = [];
  let from = span.from;
  for (let k = span.from; k <= span.to; k++) {
    if (k < span.to && norm(tokens, k) !== 'and') continue;
    out.push(...actorPart(tokens, from, k, rule, named));
    from = k + 1;
  }
  return out;
}

/** The phrase from `start`, with one more joined by "and": "colombian guerrillas and drug trafficking gangs". */
function conjoined(tokens: Token[], start: number, ceil: number): TokenSpan | null {
  const first = phraseAfter(tokens, start, ceil);
  if (!first) return null;
  const next = norm(tokens, first.to) === 'and' ? phraseAfter(tokens, first.to + 1, ceil) : null;
  return { from: first.from, to: next?.to ?? first.to };
}

/** "blamed X for <incident>", "accused X of <incident>", "hold X responsible for <incident>": the object X. */
function objectFrame(tokens: readonly Token[], i: number, ceil: number): TokenSpan | null {
  const frame = OBJECT_FRAMES.get(norm(tokens, i));
  if (!frame) return null;
  // ("accusing members of the armed forces of this crime": the "of" an incident follows)
  for (let k = i + 2; k < Math.min(ceil, i + OBJECT_REACH); k++) {
    const w = norm(tokens, k);
    if (w !== frame.until) {
      // (the object is a noun phrase: "accused the drug cartels of being responsible for …" names none)
      if (!/^[\p{L}\p{N}'()-]/u.test(w) || (STOPWORDS.has(w) && !OBJECT_INSIDE.has(w))) return null;
      continue;
    }
    if (frame.until === 'responsible')
      return norm(tokens, k + 1) === 'for' && incidentAt(tokens, k + 2, ceil) ? { from: i + 1, to: k } : null;
    if (incidentAt(tokens, k + 1, ceil)) return { from: i + 1, to: k };
  }
  return null;
}

/** "X is (directly) responsible for <incident>": where the words before "responsible" that link it to X start. */
function responsibleSubjectEnd(tokens: readonly Token[], i: number, floor: number, ceil: number): number | null {
  if (norm(tokens, i) !== 'responsible' || norm(tokens, i + 1) !== 'for' || !incidentAt(tokens, i + 2, ceil))
    return null;
  let j = i;
  while (j > floor && BE_ADVERBS.test(norm(tokens, j - 1))) j--;
  return BE_WORDS.test(norm(tokens, j - 1)) ? j - 1 : null;
}

/** "X (who were) involved in <incident>": where the words before "involved" that link it to X start. */
function involvedSubjectEnd(tokens: readonly Token[], i: number, floor: number, ceil: number): number | null {
  if (!/^(involved|implicated)$/.test(norm(tokens, i)) || norm(tokens, i + 1) !== 'in') return null;
  if (!incidentAt(tokens, i + 2, ceil)) return null;
  let j = i;
  while (j > floor && INVOLVED_AUX.test(norm(tokens, j - 1))) j--;
  return j;
}

/** "<incident> … blamed on X", "<incident> attributed to X", "attribute <incident> to X": where X starts. */
function blamedOnStart(tokens: readonly Token[], i: number, floor: number, ceil: number): number | null {
  const w = norm(tokens, i);
  if ((w === 'blamed' || w === 'attributed') && norm(tokens, i + 1) === (w === 'blamed' ? 'on' : 'to'))
    return incidentBefore(tokens, i, floor) ? i + 2 : null;
  if (!/^(attribute|attributes|attributed|attributing)$/.test(w) || !incidentAt(tokens, i + 1, ceil)) return null;
  for (let k = i + 1; k <= Math.min(ceil - 1, i + ATTRIBUTE_REACH); k++) if (norm(tokens, k) === 'to') return k + 1;
  return null;
}

/** Words a frame starts at (objectFrame, responsibleSubjectEnd, involvedSubjectEnd, blamedOnStart read no
 * other word at `i`): most tokens are none, and checking one set is cheaper than asking every frame. */
const FRAME_STARTS: ReadonlySet<string> = new Set([
  ...OBJECT_FRAMES.keys(),
  'responsible',
  'involved',
  'implicated',
  'blamed',
  'attribute',
  'attributes',
  'attributed',
  'attributing',
]);

/**
 * The phrases a sentence [floor, ceil) blames for an incident, in text order.
 * `blamedSpans(tokens of "he blamed the salvadoran army for the crime", 0, n)` → "salvadoran army" (organisation).
 */
export function blamedSpans(tokens: Token[], floor: number, ceil: number, named: NamedGroupAt = noNames): BlamedSpan[] {
  const out: BlamedSpan[] = [];
  for (let i = floor; i < ceil; i++) {
    if (!FRAME_STARTS.has(norm(tokens, i))) continue;
    const object = objectFrame(tokens, i, ceil);
    const rule = OBJECT_FRAMES.get(norm(tokens, i))?.rule;
    if (object && rule) {
      if (!doubted(tokens, i, floor))
        out.push(...actorParts(tokens, object, rule, named).map((b) => ({ ...b, accuserBefore: i })));
      continue;
    }
    const responsible = responsibleSubjectEnd(tokens, i, floor, ceil);
    const involved = responsible === null ? involvedSubjectEnd(tokens, i, floor, ceil) : null;
    const subjectEnd = responsible ?? involved;
    if (subjectEnd !== null) {
      const frame = responsible !== null ? BLAME_FRAMES.responsibleFor : BLAME_FRAMES.involvedIn;
      if (!doubted(tokens, subjectEnd, floor))
        out.push(...actorParts(tokens, phraseBefore(tokens, subjectEnd, floor), frame, named));
      continue;
    }
    const start = blamedOnStart(tokens, i, floor, ceil);
    if (start !== null && !doubted(tokens, i, floor))
      out.push(...actorParts(tokens, conjoined(tokens, start, ceil), BLAME_FRAMES.blamedOn, named));
  }
  return out;
}
