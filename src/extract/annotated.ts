/**
 * The one document every stage reads and annotates. Each layer is written by exactly one stage
 * (see pipeline.ts); all offsets are UTF-16 offsets into the original `text`.
 */
import type {
  ActorKind,
  Certainty,
  Count,
  DocumentMeta,
  EventDate,
  EventTypeCode,
  ExtractedEntity,
  ExtractedEvent,
  ExtractedRelation,
  Role,
} from '../domain/index.js';
import type { ActorEntry, PlaceEntry, SourceEntry } from './knowledge-port.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** tokens [firstToken, endToken) belong to this sentence. */
  firstToken: number;
  endToken: number;
}

export interface Token {
  start: number;
  end: number;
  /** lower-cased, accent-folded form used by every lexicon. */
  norm: string;
  sentence: number;
}

/** A run of tokens [from, to) in one sentence. */
export interface TokenSpan {
  from: number;
  to: number;
}

export interface DateMention extends TokenSpan {
  sentence: number;
  date: EventDate;
  rule: string;
}

export interface PlaceMention extends TokenSpan {
  sentence: number;
  place: PlaceEntry;
  /** a larger area named right after it ("Asadabad, Kunar province"). */
  within: PlaceEntry[];
  rule: string;
}

export interface NameMention extends TokenSpan {
  sentence: number;
  actor: ActorEntry;
  rule: string;
}

export interface SourceMention extends TokenSpan {
  sentence: number;
  source: SourceEntry;
}

/** An alias the text itself teaches ("Abdullah Orakzai, alias Aslam Farooqi"). */
export interface LearnedAlias {
  name: string;
  alias: string;
  rule: string;
}

export interface Trigger extends TokenSpan {
  id: string;
  sentence: number;
  type: EventTypeCode;
  /** verb triggers take subject/object arguments; noun triggers take "of"/"by" arguments. */
  form: 'verb' | 'passive' | 'noun' | 'participle';
  rule: string;
}

export interface CasualtyMention extends TokenSpan {
  sentence: number;
  kind: 'killed' | 'injured' | 'arrested' | 'kidnapped';
  count: Count;
  rule: string;
  /** the figure counts the attackers themselves ("all 33 attackers were killed"): no victims' toll */
  attackers?: true;
  /** "four soldiers also died": a further group, added to the toll rather than another reading of it */
  also?: true;
}

export interface Argument extends TokenSpan {
  trigger: string;
  sentence: number;
  role: Role;
  kind: ActorKind;
  mention: string;
  /** an actor-KB entry when the words name one. */
  actor: ActorEntry | null;
  rule: string;
}

export interface WeaponMention extends TokenSpan {
  sentence: number;
  mention: string;
  rule: string;
}

/** Who tells a sentence, and how sure the sentence sounds. */
export interface SentenceStance {
  sentence: number;
  source: string | null;
  via: string | null;
  certainty: Certainty;
  rules: string[];
  /** certainty per trigger of the sentence, from the cues of the clause that governs it. */
  byTrigger: Record<string, { certainty: Certainty; rule: string | null }>;
}

/** A role filler the learned tagger marked (MUC-4 roles). */
export interface LearnedRole extends TokenSpan {
  sentence: number;
  role: 'PerpInd' | 'PerpOrg' | 'Target' | 'Victim' | 'Weapon';
  mention: string;
  /** the policies that changed the tagged filler (its mention may come from elsewhere in the text). */
  rules?: string[];
}

export interface Layers {
  sentences: Sentence[];
  tokens: Token[];
  dates: DateMention[];
  places: PlaceMention[];
  names: NameMention[];
  sources: SourceMention[];
  aliases: LearnedAlias[];
  triggers: Trigger[];
  casualties: CasualtyMention[];
  arguments: Argument[];
  weapons: WeaponMention[];
  stances: SentenceStance[];
  learnedRoles: LearnedRole[];
  events: ExtractedEvent[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
  /** actors named only in a relation, not in any event. */
  relationEntities: ExtractedEntity[];
}
export type LayerName = keyof Layers;

export interface AnnotatedDoc {
  /** the original text: every offset points here. */
  readonly text: string;
  /** the text with control characters blanked, same length as `text`. */
  readonly clean: string;
  readonly meta: DocumentMeta;
  readonly layers: Partial<Layers>;
  readonly warnings: readonly string[];
}

/** A layer a stage declared it requires; the pipeline checked at assembly that some stage assigns it. */
export function layer<K extends LayerName>(doc: AnnotatedDoc, name: K): Layers[K] {
  const value = doc.layers[name];
  if (value === undefined) throw new Error(`layer "${name}" was read before any stage assigned it`);
  return value as Layers[K];
}

/** The words of a token span as written. */
export const spanText = (doc: AnnotatedDoc, tokens: Token[], span: TokenSpan): string => {
  const first = tokens[span.from];
  const last = tokens[span.to - 1];
  return first && last ? doc.text.slice(first.start, last.end) : '';
};

/** The normalised words of a token span, space-separated: "the eln guerrillas" for its tokens. */
export const spanWords = (tokens: readonly Token[], span: TokenSpan): string =>
  tokens
    .slice(span.from, span.to)
    .map((t) => t.norm)
    .join(' ');

/**
 * A named actor as an argument of `trigger`: the role some rule gives it, the words as written.
 * `nameArgument(text, tokens, name, trigger, 'victim', 'arg.among-the-dead')`.
 */
export function nameArgument(
  text: string,
  tokens: Token[],
  name: NameMention,
  trigger: Trigger,
  role: Argument['role'],
  rule: string,
): Argument {
  return {
    trigger: trigger.id,
    sentence: name.sentence,
    from: name.from,
    to: name.to,
    role,
    kind: name.actor.kind,
    mention: text.slice(tokens[name.from]?.start ?? 0, tokens[name.to - 1]?.end ?? 0),
    actor: name.actor,
    rule,
  };
}

/** `groupBy(triggers, (t) => t.sentence)` → Map sentence → its triggers, in input order. */
export const groupBy = <T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> => {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
};

const bySentenceCache = new WeakMap<readonly { sentence: number }[], Map<number, { sentence: number }[]>>();

/**
 * The mentions of a layer that sit in one sentence, from an index built once per layer: stages that
 * ask this for every sentence stay linear in the length of the document (a filter over the whole
 * layer per sentence made a 2 MB report take 85 s instead of 7).
 * @example inSentence(layer(doc, 'names'), 3) // → the names of sentence 3, in text order
 */
export function inSentence<T extends { sentence: number }>(items: readonly T[], sentence: number): readonly T[] {
  let index = bySentenceCache.get(items);
  if (!index) {
    index = groupBy<{ sentence: number }, number>(items, (m) => m.sentence);
    bySentenceCache.set(items, index);
  }
  return (index.get(sentence) ?? []) as unknown as readonly T[];
}
