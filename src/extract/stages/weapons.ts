/** Weapons named in a sentence, longest match first ("car bomb" before "bomb"). */
import { layer, type WeaponMention } from '../annotated.js';
import { WEAPON_WORDS } from '../lexicons/nouns.js';
import { defineStage } from '../stage.js';

const WEAPONS = new Set(WEAPON_WORDS);
const MAX_WORDS = Math.max(...WEAPON_WORDS.map((w) => w.split(' ').length));

export const weaponsStage = defineStage({
  id: 'weapons',
  requires: ['sentences', 'tokens'],
  assigns: ['weapons'],
  run: (doc) => {
    const tokens = layer(doc, 'tokens');
    const weapons: WeaponMention[] = [];
    for (const s of layer(doc, 'sentences')) {
      for (let i = s.firstToken; i < s.endToken; i++) {
        for (let n = Math.min(MAX_WORDS, s.endToken - i); n >= 1; n--) {
          const words = tokens
            .slice(i, i + n)
            .map((t) => t.norm)
            .join(' ');
          if (!WEAPONS.has(words)) continue;
          const mention = doc.text.slice(tokens[i]?.start ?? 0, tokens[i + n - 1]?.end ?? 0);
          weapons.push({ sentence: s.index, from: i, to: i + n, mention, rule: 'weapon.lexicon' });
          i += n - 1;
          break;
        }
      }
    }
    return { layers: { weapons } };
  },
});
