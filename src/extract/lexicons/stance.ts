/**
 * Cues of who tells a sentence and how sure it sounds; each cue is a rule id. A certainty cue
 * counts only inside the clause that governs the event's trigger and before it ("Uzbekistan
 * rejected a claim that rockets were fired" → denied), never anywhere in the sentence.
 */
import type { Certainty } from '../../domain/index.js';

export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says say reported reports told tells announced stated claimed claims added noted confirmed according alleged denied quoted'.split(
    ' ',
  ),
);

/**
 * Speech verbs that name who speaks (not "denied", nor "claimed" — a claim of responsibility
 * makes a claimant; a claimed fact is a cue, see CLAIMED_FACT). Rule `attr.warned`: "Analysts
 * warned that the affiliate could strike …": who warns of an attack tells the forecast.
 */
export const ATTRIBUTING_VERBS: ReadonlySet<string> = new Set(
  'said says say reported reports told tells announced stated added noted confirmed quoted wrote tweeted warned'.split(
    ' ',
  ),
);

export interface CertaintyCue {
  id: string;
  certainty: Certainty;
  /** word sequences (normalised tokens); `*` matches any one word. */
  phrases: readonly string[];
  /**
   * how many tokens before the trigger the cue may end; Infinity = anywhere earlier in the clause.
   * A cue with a short reach may also follow the trigger that closely ("a bomb allegedly exploded").
   */
  reach: number;
}

/** Checked in this order; the first cue found in the trigger's clause wins. */
export const CERTAINTY_CUES: readonly CertaintyCue[] = [
  {
    id: 'cert.denied',
    certainty: 'denied',
    phrases: ['denied', 'denies', 'deny', 'rejected', 'rejects', 'dismissed', 'refuted', 'no evidence'],
    reach: Number.POSITIVE_INFINITY,
  },
  { id: 'cert.denied.negation', certainty: 'denied', phrases: ['did not', "didn't", 'never'], reach: 2 },
  {
    id: 'cert.hypothetical',
    certainty: 'hypothetical',
    phrases: [
      'plan to',
      'plans to',
      'planned to',
      'planning to',
      'planning',
      'plotted',
      'plotting',
      'preparing',
      'would',
      'could',
      'might',
      'may',
      'expect',
      'expects',
      'expected',
      'feared',
      'fears',
      'threatened',
      'threatens',
      'try to',
      'tried to',
      'attempt to',
      'attempts',
      'foiled',
      'thwarted',
      'if',
      'should',
      // "still has the capacity to mount attacks", "is capable of striking": a capability, not an act
      'capacity to',
      'capable of',
      'ability to',
    ],
    reach: Number.POSITIVE_INFINITY,
  },
  {
    id: 'cert.alleged',
    certainty: 'alleged',
    phrases: ['allegedly', 'alleged', 'suspected of', 'accused of', 'presumably'],
    reach: 3,
  },
  {
    id: 'cert.claimed',
    certainty: 'claimed',
    phrases: [
      'claimed to have',
      'claims to have',
      'claimed it had',
      'claimed that',
      'claimed about',
      'claimed more than',
      'claimed at least',
      'claimed over',
    ],
    reach: Number.POSITIVE_INFINITY,
  },
];

/** Words that open a new clause: a cue before one of them governs nothing after it. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', 'but', 'however', 'while', 'whereas', 'although']);

/** Words after "claimed" that make it a claim of fact, whose claimant is the source ("ISKP claimed about 500 killed"). */
/** Verbs by which a group claims an attack or a toll ("ISKP claimed the attack", "ISKP has claimed 500 killed"). */
export const CLAIM_VERBS: readonly (readonly string[])[] = [['claimed'], ['claims'], ['claim'], ['has', 'claimed']];

export const CLAIMED_FACT = new Set(['that', 'to', 'it', 'about', 'more', 'at', 'over']);
