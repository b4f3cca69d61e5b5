/** Cues of who tells a sentence and how sure it sounds; each cue is a rule id. */
import type { Certainty } from '../../domain/index.js';

export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says reported reports told announced stated claimed claims added noted confirmed according alleged denied quoted'.split(
    ' ',
  ),
);

export const CERTAINTY_CUES: readonly { id: string; pattern: RegExp; certainty: Certainty }[] = [
  {
    id: 'cert.denied',
    pattern: /\b(denied|denies|deny|did not|didn't|no one was|never happened|false)\b/,
    certainty: 'denied',
  },
  {
    id: 'cert.hypothetical',
    pattern:
      /\b(plann(ed|ing)|plot(ted)?|would|could|might|may have|threaten(ed|s)?|feared|foiled|thwarted|attempt(ed)? to|intended|if)\b/,
    certainty: 'hypothetical',
  },
  { id: 'cert.claimed', pattern: /\b(claimed|claims|claim)\b/, certainty: 'claimed' },
  {
    id: 'cert.alleged',
    pattern: /\b(allegedly|alleged|suspected|presumed|presumably|accused)\b/,
    certainty: 'alleged',
  },
  {
    id: 'cert.reported',
    pattern: /\b(said|says|reported|reports|according to|told|announced|stated|sources)\b/,
    certainty: 'reported',
  },
];
