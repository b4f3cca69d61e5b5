/**
 * Builds src/extract/model/word-classes.json from the compromise lexicon: which single words are
 * first names, which surnames, which other everyday English words. The role tagger reads the class
 * of each token (model/word-class.ts): MUC-4 text is lower-case, so "antonio roldan betancur" is
 * told from "the houses" only by its words — a first name, then words no English dictionary has.
 * Loading compromise itself takes a second; the extracted lists take milliseconds.
 * usage: npx tsx scripts/build-word-classes.ts
 */
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const FIRST = new Set(['MaleName', 'FemaleName', 'FirstName']);
const LAST = new Set(['LastName']);
const first: string[] = [];
const last: string[] = [];
const common: string[] = [];
for (const [word, tag] of Object.entries(lexicon)) {
  if (!/^[a-z][a-z'-]*$/.test(word)) continue;
  const tags = [tag].flat();
  if (tags.some((t) => FIRST.has(t))) first.push(word);
  else if (tags.some((t) => LAST.has(t))) last.push(word);
  else common.push(word);
}
const out = { first: first.sort(), last: last.sort(), common: common.sort() };
writeFileSync('src/extract/model/word-classes.json', `${JSON.stringify(out)}\n`);
console.log(`first names ${first.length}, surnames ${last.length}, common words ${common.length}`);
