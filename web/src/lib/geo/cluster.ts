/**
 * Grid clustering of map points in screen space: points whose projected positions fall in the same
 * cell become one cluster at their mean position. Cheap enough to redo on every zoom for 10,000 points.
 */
export interface ClusterPoint {
  id: string;
  lat: number;
  lon: number;
}

export interface Cluster<P extends ClusterPoint> {
  lat: number;
  lon: number;
  members: P[];
}

/**
 * @param project maps lat/lon to pixels at the current zoom (Leaflet's `map.project`).
 * @example clusterPoints(points, (lat, lon) => ({ x: lon * 10, y: lat * 10 }), 60)
 */
export function clusterPoints<P extends ClusterPoint>(
  points: P[],
  project: (lat: number, lon: number) => { x: number; y: number },
  cellPx = 60,
): Cluster<P>[] {
  const cells = new Map<string, Cluster<P> & { sumLat: number; sumLon: number }>();
  for (const p of points) {
    const { x, y } = project(p.lat, p.lon);
    const key = `${Math.floor(x / cellPx)}:${Math.floor(y / cellPx)}`;
    const cell = cells.get(key) ?? { lat: 0, lon: 0, members: [], sumLat: 0, sumLon: 0 };
    cell.members.push(p);
    cell.sumLat += p.lat;
    cell.sumLon += p.lon;
    cells.set(key, cell);
  }
  return [...cells.values()].map((c) => ({
    lat: c.sumLat / c.members.length,
    lon: c.sumLon / c.members.length,
    members: c.members,
  }));
}
