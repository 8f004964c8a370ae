import type { Geometry, Position } from 'geojson';

/** Rounds every position and drops the consecutive duplicates rounding creates. */
export function roundGeometry<G extends Geometry>(geometry: G, decimals: number): G {
  const walk = (c: unknown): unknown => {
    if (!Array.isArray(c)) return c;
    if (typeof c[0] === 'number') return (c as Position).map((v) => round(v, decimals));
    const mapped = c.map(walk);
    if (Array.isArray(mapped[0]) && typeof (mapped[0] as unknown[])[0] === 'number') {
      return (mapped as Position[]).filter((p, i, all) => i === 0 || p[0] !== all[i - 1]![0] || p[1] !== all[i - 1]![1]);
    }
    return mapped;
  };
  if (geometry.type === 'GeometryCollection') return geometry;
  return { ...geometry, coordinates: walk(geometry.coordinates) } as G;
}

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}
