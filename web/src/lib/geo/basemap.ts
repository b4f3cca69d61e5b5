/**
 * The offline basemap: world countries from Natural Earth (public domain) as packaged by
 * world-atlas (ISC), converted from TopoJSON once and cached. Optional province (admin1) shapes are
 * read from `/geo/admin1.geojson` when the deployment provides that file.
 */
import type { FeatureCollection, Geometry } from 'geojson';

let countries: Promise<FeatureCollection> | null = null;

export function loadCountries(): Promise<FeatureCollection> {
  countries ??= Promise.all([import('world-atlas/countries-50m.json'), import('topojson-client')]).then(
    ([atlas, topo]) => {
      const topology = (atlas.default ?? atlas) as unknown as Parameters<typeof topo.feature>[0];
      const object = (topology as unknown as { objects: Record<string, unknown> }).objects.countries;
      return topo.feature(topology, object as Parameters<typeof topo.feature>[1]) as unknown as FeatureCollection;
    },
  );
  return countries;
}

export type Admin1Collection = FeatureCollection<Geometry, { name: string; country?: string; alt?: string }>;
let admin1: Promise<Admin1Collection | null> | null = null;

/** Province shapes, or null when this deployment has none (the map then lists provinces instead). */
export function loadAdmin1(): Promise<Admin1Collection | null> {
  admin1 ??= fetch('/geo/admin1.geojson')
    .then((r) =>
      r.ok && r.headers.get('content-type')?.includes('json') ? (r.json() as Promise<Admin1Collection>) : null,
    )
    .catch(() => null);
  return admin1;
}
