/**
 * People named in mixed-case text: a run of capitalised words counts as a person's name only
 * when a cue stands next to it (a title or honorific before it, an appositive or a speech verb
 * after it). Later capitalised mentions of the surname point to the same person. Text without
 * lower case or without capitals (MUC-4 wires) yields no person here: capitals carry no signal.
 */
import type { AnnotatedDoc, NameMention, Sentence, Token } from '../annotated.js';
import type { ActorEntry } from '../knowledge-port.js';
import { ARRESTING_HEADS } from '../lexicons/actor-heads.js';
import { FACILITY_HEADS } from '../lexicons/nouns.js';
import {
  APPOSITIVE_HEADS,
  HONORIFICS,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  PERSON_SPEECH_VERBS,
  PERSON_TITLES,
} from '../lexicons/person-cues.js';

// Three stages ask this of the same document; answer once per text.
let lastText: string | null = null;
let lastAnswer = false;

/** Does the text use letter case as written English does (some capitals, mostly lower case)? */
export function isMixedCase(text: string): boolean {
  if (text !== lastText) {
    lastAnswer = letterCaseIsMixed(text);
    lastText = text;
  }
  return lastAnswer;
}

const UPPER = /^\p{Lu}$/u;
const LOWER = /^\p{Ll}$/u;

function letterCaseIsMixed(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text; // the opening tells the house style
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 65 && c <= 90) upper++;
      else if (c >= 97 && c <= 122) lower++;
      continue;
    }
    // counted one code point at a time, as the /u regexes \p{Lu} and \p{Ll} would (not one match array per letter)
    const cp = sample.codePointAt(i) ?? c;
    const ch = String.fromCodePoint(cp);
    if (ch.length === 2) i++;
    if (UPPER.test(ch)) upper++;
    else if (LOWER.test(ch)) lower++;
  }
  return upper > 0 && lower > 0 && upper < lower * 0.5;
}

/** "Khogyani", "McKenzie", "O'Neill", "Al-Zawahiri"; not "NDS" (an acronym) nor "it". */
const CAPITALISED = /^\p{Lu}[\p{Ll}\p{M}'’]+(?:\p{Lu}[\p{Ll}\p{M}]+)?(?:-\p{Lu}?[\p{Ll}\p{M}'’]+)*$/u;
export const personId = (name: string) =>
  `person:${name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')}`;

/** A person entry for a name as written; an honorific is dropped when two words remain. */
export function personEntry(written: string, aliases: string[] = []): ActorEntry {
  const words = written.split(/\s+/);
  const bare = words.length > 2 && HONORIFICS.has(words[0]?.toLowerCase() ?? '') ? words.slice(1) : words;
  const name = bare.join(' ');
  return { id: personId(name), name, kind: 'person', category: 'person', country: null, aliases };
}

const INSTITUTION_HEADS = new Set([...FACILITY_HEADS, ...ARRESTING_HEADS, 'council', 'committee', 'party', 'group']);

interface Run {
  from: number;
  to: number;
}

function nameRuns(doc: AnnotatedDoc, tokens: Token[], s: Sentence, taken: Set<number>): Run[] {
  const runs: Run[] = [];
  const word = (i: number) => {
    const t = tokens[i];
    return t ? doc.text.slice(t.start, t.end) : '';
  };
  const isName = (i: number) =>
    !taken.has(i) &&
    CAPITALISED.test(word(i)) &&
    !NOT_NAME_WORDS.has(tokens[i]?.norm ?? '') &&
    !PERSON_TITLES.has(tokens[i]?.norm ?? '');
  for (let i = s.firstToken; i < s.endToken; i++) {
    if (!isName(i)) continue;
    let j = i + 1;
    while (j < s.endToken && j - i < 5) {
      if (isName(j)) j++;
      else if (NAME_PARTICLES.has(word(j).split('-')[0] ?? '') && isName(j + 1)) j += 2;
      else if (/^(ul|ud|al)-\p{Lu}/u.test(word(j))) j++;
      else break;
    }
    // "the Orakzai tribal area": a determiner before the words makes them a modifier, not a name
    if (tokens[i - 1]?.norm !== 'the') runs.push({ from: i, to: j });
    i = j - 1;
  }
  return runs;
}

/** The cue that makes a run a person's name, as a rule id, or null. */
function cueOf(tokens: Token[], run: Run, ceil: number): string | null {
  const norm = (i: number) => tokens[i]?.norm ?? '';
  const length = run.to - run.from;
  if (HONORIFICS.has(norm(run.from)) && length >= 2) return 'person.honorific';
  if (PERSON_TITLES.has(norm(run.from - 1))) return 'person.title';
  // rule `person.appositive-before`: "his assistant, Ilya Polikarpov, died": a full name set off
  // after a role noun
  const role = norm(run.from - 2);
  if (norm(run.from - 1) === ',' && length >= 2 && (APPOSITIVE_HEADS.has(role) || PERSON_TITLES.has(role)))
    return 'person.appositive-before';
  if (norm(run.to) === ',') {
    for (let k = run.to + 1; k < Math.min(ceil, run.to + 5); k++) {
      if (APPOSITIVE_HEADS.has(norm(k)) || PERSON_TITLES.has(norm(k)) || norm(k) === 'alias')
        return 'person.appositive';
      if (norm(k) === ',') break;
    }
  }
  if (length >= 2 && PERSON_SPEECH_VERBS.has(norm(run.to))) return 'person.speech';
  return null;
}

/**
 * `findPersons(doc, tokens, sentences, taken)` → name mentions of people; `taken` holds token
 * indexes already claimed by the actor KB, news sources or places.
 */
export function findPersons(
  doc: AnnotatedDoc,
  tokens: Token[],
  sentences: Sentence[],
  taken: Set<number>,
  seeds: ActorEntry[] = [],
): NameMention[] {
  if (!isMixedCase(doc.text)) return [];
  const text = (r: Run) => doc.text.slice(tokens[r.from]?.start ?? 0, tokens[r.to - 1]?.end ?? 0);
  const found: NameMention[] = [];
  const runsBySentence = sentences.map((s) => nameRuns(doc, tokens, s, taken));
  const people = new Map<string, ActorEntry>();
  // people the text taught by an alias: their name and each alias lead to the same entry
  const known = new Map<string, ActorEntry>();
  for (const p of seeds) for (const n of [p.name, ...p.aliases]) known.set(personEntry(n).id, p);
  // rule `person.surname-first`: "Haqqani, the minister for refugees, …" after "Khalil Haqqani": a
  // one-word name that is the last word of a longer name the document gives is that person (the
  // repeat pass below), not a person of its own
  const lastWords = new Set<string>();
  for (const s of sentences)
    for (const run of runsBySentence[s.index] ?? [])
      if (run.to - run.from >= 2) lastWords.add(tokens[run.to - 1]?.norm ?? '');
  for (const s of sentences)
    for (const run of runsBySentence[s.index] ?? []) {
      if (run.to - run.from === 1 && lastWords.has(tokens[run.from]?.norm ?? '')) continue;
      const rule = cueOf(tokens, run, s.endToken);
      // "Lady Reading Hospital said": a name ending in an institution's noun is no person
      if (!rule || INSTITUTION_HEADS.has(tokens[run.to - 1]?.norm ?? '')) continue;
      const entry = personEntry(text(run));
      const actor = known.get(entry.id) ?? people.get(entry.id) ?? entry;
      people.set(actor.id, actor);
      found.push({ sentence: s.index, ...run, actor, rule });
    }
  // the surname alone, written again later or earlier, is the same person ("Khogyani said")
  const bySurname = new Map<string, ActorEntry>();
  for (const p of [...seeds, ...people.values()])
    for (const n of [p.name, ...(seeds.includes(p) ? p.aliases : [])]) {
      const last = n.split(/\s+/).at(-1)?.toLowerCase() ?? '';
      if (n.includes(' ') && last.length >= 4 && !bySurname.has(last)) bySurname.set(last, p);
    }
  const seen = new Set(found.map((m) => m.from));
  for (const s of sentences)
    for (const run of runsBySentence[s.index] ?? []) {
      if (seen.has(run.from)) continue;
      const id = personEntry(text(run)).id;
      const whole = known.get(id) ?? people.get(id);
      const last = tokens[run.to - 1]?.norm ?? '';
      const actor = whole ?? (run.to - run.from <= 2 ? bySurname.get(last) : undefined);
      if (actor) found.push({ sentence: s.index, ...run, actor, rule: 'person.repeat' });
    }
  return found.sort((a, b) => a.from - b.from);
}
