/**
 * The dictionary class of a lower-case word, from word-classes.json (built from the compromise
 * lexicon by scripts/build-word-classes.ts): "first" (a first name), "last" (a surname), "common"
 * (another English word), "unk" (a word no dictionary list has: often a Spanish surname or a
 * place), or "" (not a word). MUC-4 text is lower-case: these classes stand in for capitals.
 * `wordClass('antonio')` → "first"; `wordClass('roldan')` → "unk"; `wordClass('houses')` → "common".
 */
import { readFileSync } from 'node:fs';
import { projectPath } from '../../project-path.js';

let classes: Map<string, string> | undefined;
function load(): Map<string, string> {
  const json = JSON.parse(readFileSync(projectPath('src', 'extract', 'model', 'word-classes.json'), 'utf8')) as Record<
    'first' | 'last' | 'common',
    string[]
  >;
  const map = new Map<string, string>();
  for (const cls of ['common', 'last', 'first'] as const) for (const w of json[cls]) map.set(w, cls);
  return map;
}

export function wordClass(word: string): string {
  classes ??= load();
  const found = classes.get(word);
  if (found) return found;
  return /^\p{L}[\p{L}'-]*$/u.test(word) ? 'unk' : '';
}
