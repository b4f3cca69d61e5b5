#!/usr/bin/env node
// Extraction time against document size (1, 2 and 5 MB of report prose), to show it grows linearly.
// usage: npm run bench:large   (prints figures; not a test)
import { register } from 'tsx/esm/api';

register();
const { extract } = await import('../src/extract/index.ts');
const meta = { title: null, author: null, published: '2021-05-05', publisher: 'Bench', url: null };
const para =
  'Gunmen killed three soldiers in Kabul on 3 May 2021, police said. The weather was fine and the markets were open. ';
extract({ text: para, meta }); // load the knowledge first
for (const mb of [1, 2, 5]) {
  const text = para.repeat(Math.ceil((mb * 1_000_000) / para.length));
  const t0 = performance.now();
  const r = extract({ text, meta });
  const s = (performance.now() - t0) / 1000;
  console.log(`${mb} MB: ${s.toFixed(1)} s (${(mb / s).toFixed(2)} MB/s), ${r.events.length} events`);
}
