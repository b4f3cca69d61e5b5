/**
 * Prints how long the knowledge base takes to load and how much memory it holds, with entry counts.
 *   npx tsx scripts/knowledge-stats.mjs
 */
import { statSync } from 'node:fs';
import { getActorKb, getGazetteer, getSources, NATIONALITIES } from '../src/extract/knowledge/index.ts';

const gazetteerFile = new URL('../src/extract/knowledge/data/gazetteer.json', import.meta.url);
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;

global.gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const gazetteer = getGazetteer();
const loadedMs = performance.now() - started;
const actors = getActorKb();
const sources = getSources();
global.gc?.();
const { heapUsed, rss } = process.memoryUsage();

console.log(`gazetteer.json      ${mb(statSync(gazetteerFile).size)} on disk`);
console.log(`gazetteer load      ${loadedMs.toFixed(0)} ms (limit 400)`);
console.log(`memory held         heap +${mb(heapUsed - heapBefore)}, rss +${mb(rss - rssBefore)} (limit 150 MB)`);
console.log(`gazetteer           maxWords ${gazetteer.maxWords}; "konar" → ${gazetteer.lookup('konar')[0]?.name}`);
console.log(
  `actors              ${actors.all().length} entries, maxWords ${actors.maxWords}, collisions ${actors.collisions.length}`,
);
console.log(
  `sources             ${sources.all().length} entries, maxWords ${sources.maxWords}, collisions ${sources.collisions.length}`,
);
console.log(`nationalities       ${Object.keys(NATIONALITIES).length} demonyms`);
