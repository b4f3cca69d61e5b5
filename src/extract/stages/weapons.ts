/**
 * Weapons named in a sentence, longest match first ("car bomb" before "bomb"). Words that the
 * MUC-4 train keys almost never take as an incident's weapon ("rifles" in reports of seized
 * arms caches, "mines" of the mining kind) are left out: model/weapons.json lists them, rebuilt
 * by scripts/train-weapons.ts.
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../../project-path.js';
import { layer, type Sentence, spanWords, type Token, type WeaponMention } from '../annotated.js';
import { WEAPON_WORDS } from '../lexicons/nouns.js';
import { defineStage } from '../stage.js';

const WEAPONS = new Set(WEAPON_WORDS);
const MAX_WORDS = Math.max(...WEAPON_WORDS.map((w) => w.split(' ').length));
/** most tokens start no weapon name: they are skipped before any phrase is built. */
const FIRST_WORDS = new Set(WEAPON_WORDS.map((w) => w.split(' ')[0] ?? w));

let unreliable: Set<string> | undefined;
const loadUnreliable = (): Set<string> => {
  unreliable ??= new Set(
    (
      JSON.parse(readFileSync(projectPath('src', 'extract', 'model', 'weapons.json'), 'utf8')) as {
        unreliable: string[];
      }
    ).unreliable,
  );
  return unreliable;
};

/** Every lexicon match, as written: `findWeapons(text, tokens, sentences)[0]?.mention` → "car bomb". */
export function findWeapons(text: string, tokens: Token[], sentences: Sentence[]): WeaponMention[] {
  const weapons: WeaponMention[] = [];
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      if (!FIRST_WORDS.has(tokens[i]?.norm ?? '')) continue;
      let words = '';
      const candidates: string[] = [];
      for (let n = 1; n <= Math.min(MAX_WORDS, s.endToken - i); n++) {
        words = n === 1 ? (tokens[i]?.norm ?? '') : `${words} ${tokens[i + n - 1]?.norm ?? ''}`;
        candidates.push(words);
      }
      for (let n = candidates.length; n >= 1; n--) {
        if (!WEAPONS.has(candidates[n - 1] ?? '')) continue;
        const mention = text.slice(tokens[i]?.start ?? 0, tokens[i + n - 1]?.end ?? 0);
        weapons.push({ sentence: s.index, from: i, to: i + n, mention, rule: 'weapon.lexicon' });
        i += n - 1;
        break;
      }
    }
  }
  return weapons;
}

/**
 * Rule `weapon.not-the-arm`: a weapon word that names people or talk about arms is no weapon used:
 * before a noun of people who handle arms or of talk about them ("the bomb squad", "explosives
 * experts", "bomb threats"), or after one ("an expert in explosives", "specializing in explosives").
 * Such a word was the weapon of no MUC-4 key where it fired (dev 2 weapons, train 3, all wrong).
 * MUC-4 (template F1): dev 49.92 → 50.01, the held-out fifth with the fold-trained tagger 45.08 →
 * 45.08, train 55.78 → 55.81; bench:gold 0.776 → 0.776. (Before "fire" — "machinegun fire", "rifle
 * fire" — the weapon is used: left alone.)
 */
export const NOT_THE_ARM = {
  id: 'weapon.not-the-arm',
  after: new Set(
    'squad squads expert experts technician technicians specialist specialists disposal threat threats scare scares hoax'.split(
      ' ',
    ),
  ),
  before: new Set('expert experts specialist specialists specializing specialized'.split(' ')),
} as const;

/** Whether the weapon mention at tokens [from, to) is a modifier or complement of a word of handling (`weapon.not-the-arm`). */
export function notTheArm(tokens: readonly Token[], from: number, to: number): boolean {
  if (NOT_THE_ARM.after.has(tokens[to]?.norm ?? '')) return true;
  return tokens[from - 1]?.norm === 'in' && NOT_THE_ARM.before.has(tokens[from - 2]?.norm ?? '');
}

export const weaponsStage = defineStage({
  id: 'weapons',
  requires: ['sentences', 'tokens'],
  assigns: ['weapons'],
  run: (doc) => {
    const tokens = layer(doc, 'tokens');
    const skip = loadUnreliable();
    const weapons = findWeapons(doc.text, tokens, layer(doc, 'sentences')).filter(
      (w) => !skip.has(spanWords(tokens, w)) && !notTheArm(tokens, w.from, w.to),
    );
    return { layers: { weapons } };
  },
});
