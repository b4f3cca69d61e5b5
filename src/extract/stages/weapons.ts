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

export const weaponsStage = defineStage({
  id: 'weapons',
  requires: ['sentences', 'tokens'],
  assigns: ['weapons'],
  run: (doc) => {
    const tokens = layer(doc, 'tokens');
    const skip = loadUnreliable();
    const weapons = findWeapons(doc.text, tokens, layer(doc, 'sentences')).filter(
      (w) => !skip.has(spanWords(tokens, w)),
    );
    return { layers: { weapons } };
  },
});
